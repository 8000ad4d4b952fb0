import DyadCoder
import DyadLexicon
import DyadText
import Foundation
import Testing

@Suite("Writing events as JSON")
struct EventJSONTests {
    /// Events written through the fast writer must match `JSONEncoder` byte for byte.
    static func encoded(_ event: CodedEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(event), as: UTF8.self)
    }

    static func event(sentence: String, date: Day?, level: ActorLevel?, goldstein: Double) -> CodedEvent {
        CodedEvent(
            id: "doc/1#0.0", doc: "doc/1", sentence: sentence, sentenceIndex: 0, offsets: [0, sentence.utf8.count], date: date,
            datePrecision: "day", docDate: date, source: "USAGOV", target: "RUS", sourceText: "the \"U.S.\"", targetText: "Moscow",
            sourceLevel: level, targetLevel: nil, code: "042", root: "04", quadClass: 1, goldstein: goldstein, ploverType: "CONSULT",
            ploverMode: "visit", factuality: .asserted, contexts: ["syria", "arms\\control"])
    }

    @Test("the coded events of the corpus are written as JSONEncoder writes them")
    func codedEvents() {
        let text = "Secretary of State Rex Tillerson flew to Moscow on April 11, 2017. Britain expelled 23 Russian diplomats."
        let events = TestLexicon.coder.code(Document(id: "a", date: Day(iso: "2017-04-12"), text: text)).events
        #expect(!events.isEmpty)
        for event in events { #expect(event.jsonLine == EventJSONTests.encoded(event)) }
    }

    @Test("quotes, backslashes, control characters, non-ASCII text and numbers are written alike")
    func escaping() {
        var controls = ""
        for byte in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(byte))) }
        let sentences = ["plain", "", "quote \" and \\ slash / \u{7F}", controls, "Kyiv’s “envoy” — é 😀 \u{2028}"]
        let variants: [(Day?, ActorLevel?)] = [(Day(iso: "2017-04-11"), .head), (nil, nil)]
        for sentence in sentences {
            for goldstein in [1.9, -10, 0, 3.4, -0.3, 7] {
                for (date, level) in variants {
                    let event = EventJSONTests.event(sentence: sentence, date: date, level: level, goldstein: goldstein)
                    #expect(event.jsonLine == EventJSONTests.encoded(event))
                }
            }
        }
    }
}
