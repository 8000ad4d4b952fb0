import DyadAnalysis
import DyadCoder
import Testing

@Suite("Rendering")
struct RenderingTests {
    typealias F = Fixture

    static func report() throws -> RelationReport {
        var events = PhaseTests.simulate(months: 24, seed: 2) { $0 < 12 ? 0.6 : -0.6 }
        events.append(
            F.event(
                "2015-03-05", "USAGOV", "RUSGOV", code: "042", goldstein: 1.9, contexts: ["arms <control>"],
                sourceLevel: "minister", targetLevel: "minister"))
        events.append(
            F.event(
                "2016-01-06", "RUS", "USA", code: "161", goldstein: -4,
                sentence: "Lavrov said \"<script>alert('x')</script>\" & left."))
        events.append(F.event("2016-01-20", "USA", "RUS", code: "161", goldstein: -4, sentence: "Washington expelled diplomats."))
        events.append(F.event("2015-05-05", "UKR", "RUS", goldstein: -9))
        return try F.report(events)
    }

    @Test("the HTML page is self-contained, escapes text and draws SVG charts")
    func html() throws {
        let html = HTMLRenderer().render(try Self.report())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 >= 5)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;") && html.contains("&amp; left"))
        #expect(html.contains("arms &lt;control&gt;"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("https://"))
        #expect(html.contains("escalation") && html.contains("Tit-for-tat"))
    }

    @Test("the terminal report puts phases first and cites sentences and ids")
    func terminal() throws {
        let r = try Self.report()
        let text = TerminalRenderer().render(r)
        let order = ["PHASES", "STABILITY AND PREDICTABILITY", "RECIPROCITY", "CHANNELS", "AGENDA", "THIRD PARTIES"]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(text.contains("ESCALATION") && text.contains("COOPERATION"))
        #expect(text.contains("“Washington expelled diplomats.”"))
        #expect(text.contains("dyad events --id"))
        let marking = try #require(r.phases?.phases.last?.markingEvents.first)
        #expect(text.contains("[\(marking.id)]"))
    }

    @Test("escaping covers every special character")
    func escape() {
        #expect(HTMLText.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }
}
