import DyadCoder
import DyadInterop
import DyadStore
import DyadText
import Foundation
import Testing

@Suite("Export")
struct ExportTests {
    static let event = CodedEvent(
        id: "doc-1-0", doc: "kerry.txt", sentence: "Kerry\tvisited Sochi.", sentenceIndex: 0, offsets: [0, 20],
        date: Day(iso: "2015-05-12"), datePrecision: "day", docDate: Day(iso: "2015-05-12"), source: "USAGOV", target: "RUS",
        sourceText: "John Kerry", targetText: "Russia", sourceLevel: .minister, targetLevel: nil, code: "042", root: "04",
        quadClass: 1, goldstein: 1.9, ploverType: "CONSULT", ploverMode: "visit", factuality: .asserted,
        contexts: ["arms-control"])
    static let organisation = CodedEvent(
        id: "17", doc: "nato.txt", sentence: "NATO expelled Russian diplomats.", sentenceIndex: 2, offsets: [40, 72],
        date: Day(iso: "2021-10-06"), datePrecision: "day", docDate: nil, source: "NATO", target: "RUSGOVSPY", sourceText: "NATO",
        targetText: "Russian diplomats", sourceLevel: nil, targetLevel: .diplomat, code: "1663", root: "16", quadClass: 4,
        goldstein: -5.0, ploverType: "SANCTION", ploverMode: "expel", factuality: .asserted, contexts: [])

    @Test("gdelt: 58 tab-separated fields in GDELT 1.0 order, no header")
    func gdelt() {
        var writer = EventWriter(format: .gdelt)
        let lines = writer.lines([ExportTests.event, ExportTests.organisation])
        #expect(lines.count == 2)
        let f = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(f.count == 58)
        #expect(f[1] == "20150512")
        #expect(f[2] == "201505")
        #expect(f[3] == "2015")
        #expect(f[5] == "USAGOV")
        #expect(f[6] == "JOHN KERRY")
        #expect(f[7] == "USA")
        #expect(f[12] == "GOV")
        #expect(f[15] == "RUS")
        #expect(f[17] == "RUS")
        #expect(f[25] == "1")
        #expect(f[26] == "042")
        #expect(f[27] == "042")
        #expect(f[28] == "04")
        #expect(f[29] == "1")
        #expect(f[30] == "1.9")
        #expect(f[56] == "20150512")
        #expect(f[57] == "kerry.txt")
        #expect(Int64(f[0]) != nil)
        let g = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(g[0] == "17")
        #expect(g[5] == "NATO")
        #expect(g[7] == "")
        #expect(g[8] == "NAT")
        #expect(g[15] == "RUSGOVSPY")
        #expect(g[22] == "GOV")
        #expect(g[23] == "SPY")
        #expect(g[25] == "0")
        #expect(g[27] == "166")
    }

    @Test("phoenix: 26 tab-separated fields, actors split into entity, role and attributes")
    func phoenix() {
        var writer = EventWriter(format: .phoenix)
        let f = writer.lines([ExportTests.organisation])[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(f.count == 26)
        #expect(Array(f[0..<5]) == ["17", "20211006", "2021", "10", "06"])
        #expect(Array(f[5..<13]) == ["NATO", "NATO", "", "", "RUSGOVSPY", "RUS", "GOV", "SPY"])
        #expect(Array(f[13..<17]) == ["1663", "16", "3", "-5.0"])
        #expect(f[23] == "nato.txt_2")
        #expect(f[24] == "nato.txt")
        var again = EventWriter(format: .phoenix)
        let issues = again.lines([ExportTests.event])[0].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(issues[17] == "ARMS_CONTROL,1")
        #expect(issues[15] == "1")
    }

    @Test("plover: the manual's JSON record, with dyad's own fields under 'dyad'")
    func plover() throws {
        var writer = EventWriter(format: .plover)
        let line = try #require(writer.lines([ExportTests.event]).first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "doc-1-0")
        #expect(object["date"] as? String == "2015-05-12")
        #expect(object["event"] as? [String] == ["CONSULT"])
        #expect(object["mode"] as? [String] == ["visit"])
        #expect(object["context"] as? [String] == ["arms-control"])
        #expect(object["quad_code"] as? Int == 1)
        let actor = try #require((object["actor"] as? [[String: Any]])?.first)
        #expect(actor["code"] as? String == "USA")
        #expect(actor["sector"] as? String == "GOV")
        #expect(actor["entity_text"] as? String == "John Kerry")
        let recipient = try #require((object["recipient"] as? [[String: Any]])?.first)
        #expect(recipient["code"] as? String == "RUS")
        #expect(recipient["sector"] == nil)
        let dyad = try #require(object["dyad"] as? [String: Any])
        #expect(dyad["code"] as? String == "042")
        #expect(dyad["factuality"] as? String == "asserted")
        #expect(!line.contains("\n"))
    }

    @Test("exported gdelt and phoenix rows import back to the same events")
    func roundTrip() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for format in [EventFormat.gdelt, .phoenix] {
            var writer = EventWriter(format: format)
            let path = dir.appendingPathComponent("\(format).tsv").path
            try writer.lines([ExportTests.event, ExportTests.organisation]).map { $0 + "\n" }.joined()
                .write(toFile: path, atomically: true, encoding: .utf8)
            let store = try SQLiteStore(path: dir.appendingPathComponent("\(format).sqlite").path)
            let importer = EventImporter(store: store, format: format == .gdelt ? .gdelt : .phoenix, lexicon: Fixture.lexicon)
            var problems: [ImportProblem] = []
            importer.onProblem = { problems.append($0) }
            try importer.importFiles([path])
            #expect(problems.filter { $0.severity == .error }.isEmpty, "\(format): \(problems)")
            let events = try store.events(matching: EventFilter()).map {
                "\($0.event.source) \($0.event.code) \($0.event.target) \($0.event.date!)"
            }
            // dyad keeps one sector after the country: RUSGOVSPY comes back as RUSGOV.
            #expect(events.sorted() == ["NATO 1663 RUSGOV 2021-10-06", "USAGOV 042 RUS 2015-05-12"], "\(format)")
        }
    }

    @Test("every format is accepted on the command line")
    func formats() {
        #expect(Set(EventFormat.allCases.map(\.rawValue)).isSuperset(of: ["gdelt", "phoenix", "csv", "jsonl", "plover"]))
    }
}
