import DyadAnalysis
import DyadCoder
import DyadText
import Foundation
import Testing

@Suite("Empty, tiny and invalid input")
struct EdgeCaseTests {
    typealias F = Fixture

    @Test("no events: a message, no periods, valid JSON")
    func empty() throws {
        let r = try F.report([])
        #expect(r.messages == ["No events in the input."])
        #expect(r.periods.isEmpty && r.phases == nil && r.stability == nil)
        #expect(TerminalRenderer().render(r).contains("No events in the input."))
        #expect(HTMLRenderer().render(r).contains("<svg") == false)
        _ = try r.jsonData()
    }

    @Test("an unknown actor is named in a message")
    func unknownActor() throws {
        let r = try F.report([F.event("2017-01-01", "USA", "CHN")], "USA", "XYZ")
        #expect(r.messages.contains { $0.contains("No event names XYZ") })
        #expect(!r.hasDyadEvents)
        #expect(r.thirdParties.map(\.actor) == ["CHN"])
    }

    @Test("only non-asserted events between them: says so and how to include them")
    func onlyHypothetical() throws {
        let r = try F.report([F.event("2017-01-01", "USA", "RUS", factuality: "hypothetical")])
        #expect(r.messages.contains { $0.contains("No asserted events between USA and RUS") && $0.contains("--all-factualities") })
    }

    @Test("one event: figures, explanations of what is missing, no NaN")
    func single() throws {
        let r = try F.report([F.event("2017-01-01", "USA", "RUS", goldstein: 0, quadClass: 1)])
        #expect(r.periods.count == 1 && r.series.both[0].netCooperation == 0 && !r.series.both[0].isEmpty)
        #expect(r.phases?.phases.count == 1)
        #expect(r.stability == nil && r.predictability == nil)
        #expect(r.messages.contains { $0.contains("too few to find phase changes") })
        #expect(r.messages.contains { $0.contains("Stability needs") })
        let json = String(decoding: try r.jsonData(), as: UTF8.self)
        #expect(!json.lowercased().contains("nan"))
        _ = TerminalRenderer().render(r)
        _ = HTMLRenderer().render(r)
    }

    @Test("events without any date are counted and skipped")
    func undated() throws {
        let data = Data(
            #"{"id":"x","doc":"d","sentence":"s","sentence_index":0,"offsets":[],"date_precision":"none","source":"USA","target":"RUS","source_text":"","target_text":"","code":"040","root":"04","quad_class":1,"goldstein":1,"plover_type":"","plover_mode":"","factuality":"asserted","contexts":[]}"#
                .utf8)
        let event = try JSONDecoder().decode(CodedEvent.self, from: data)
        let r = try F.report([event])
        #expect(r.input.undated == 1 && r.input.dyad == 0)
        #expect(r.messages.contains { $0.contains("1 undated") })
    }

    @Test("bad requests fail with a reason", arguments: [("USA", "USAGOV"), ("", "RUS"), ("usa", "us")])
    func invalid(a: String, b: String) {
        #expect(throws: RelationError.self) { try RelationAnalyzer(events: [], a: a, b: b) }
    }

    @Test("from after to fails")
    func dates() {
        var options = RelationOptions()
        options.from = Day(iso: "2018-01-01")
        options.to = Day(iso: "2017-01-01")
        #expect(throws: RelationError.self) { try RelationAnalyzer(a: "USA", b: "RUS", options: options) }
    }

    @Test("codes are matched case-insensitively and the JSON round-trips")
    func roundTrip() throws {
        let events = [F.event("2017-01-01", "USA", "RUS"), F.event("2017-03-01", "RUS", "USA", code: "163", goldstein: -8)]
        let r = try F.report(events, "usa", " rus")
        #expect(r.actorA == "USA" && r.actorB == "RUS" && r.input.dyad == 2)
        let decoded = try JSONDecoder().decode(RelationReport.self, from: r.jsonData())
        #expect(decoded == r)
    }
}
