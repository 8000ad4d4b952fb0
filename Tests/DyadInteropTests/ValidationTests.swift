import DyadEval
import DyadInterop
import DyadText
import Foundation
import Testing

@Suite("Validation records as gold files")
struct ValidationTests {
    func summary(_ sentences: [GoldSentence]) -> [String] {
        sentences.map { s in
            "\(s.doc) \(s.date ?? "-") [\(s.events.map { "\($0.source) \($0.code) \($0.target)" }.joined(separator: ", "))] \(s.text)"
        }
    }

    @Test("PETRARCH XML: codings, noevents, errors, paired codes, agents without country, <Stop>")
    func petrarch() throws {
        let sentences = try GoldReader.read(Fixture.path("validation/petrarch.xml"))
        #expect(
            summary(sentences) == [
                "DYAD-001 2013-05-12 [GONGOV 042 ARN] Aragorn visited Arnor.",
                "DYAD-002 2013-05-13 [] The weather in Gondor was fine & sunny.",
                "DYAD-003 2013-05-14 [] Boxing championship results.",
                "DYAD-004 2013-05-15 [ARN 1663 GON,  043 NATO] Arnor expelled the envoy from Gondor.",
            ])
        #expect(sentences.map(\.line) == [10, 18, 22, 26])
        #expect(sentences.allSatisfy { $0.events.allSatisfy { $0.factuality == .asserted } })
    }

    @Test("TABARI text: headers, multi-line text, {---}, options, dates after events, -{…} stops checking")
    func tabari() throws {
        let sentences = try GoldReader.read(Fixture.path("validation/tabari.text"))
        #expect(
            summary(sentences) == [
                "DYAD-T1 2013-05-12 [ARN 1663 GON] Arnor expelled the envoy from Gondor on Tuesday.",
                "DYAD-T2 2013-05-12 [] Arnor could expel Gondor diplomats.",
                "DYAD-T3 2013-05-13 [GON 190 ARN, ARN 190 GON] Gondor attacked Arnor and Arnor attacked Gondor.",
            ])
        #expect(sentences.map(\.line) == [1, 8, 12])
    }

    @Test("formats are told by extension or content")
    func sniffing() {
        #expect(GoldReader.kind(path: "a.jsonl", text: "<x>") == .jsonl)
        #expect(GoldReader.kind(path: "a.xml", text: "") == .petrarchXML)
        #expect(GoldReader.kind(path: "records", text: "\n  <Validation>") == .petrarchXML)
        #expect(GoldReader.kind(path: "Validate.txt", text: "150512  DYAD-03\nText\n") == .tabari)
        #expect(GoldReader.kind(path: "gold.txt", text: "{\"doc\": \"a\"}") == .jsonl)
        #expect(GoldReader.isGoldFile("x/PETR.UnitTest.records.xml"))
    }

    @Test(
        "a broken record is an error naming the file and line",
        arguments: [
            ("validation/broken.xml", ":6: sentence DYAD-002 has no <Text>"),
            ("validation/broken.text", ":1: expected '{ SRC / TGT / CODE }', found '{ ARN / GON }'"),
        ])
    func broken(_ file: String, _ message: String) throws {
        let error = try #require(throws: InputError.self) { try GoldReader.read(Fixture.path(file)) }
        #expect(error.description == Fixture.path(file) + message)
    }
}
