import DyadAnalysis
import DyadStore
import DyadText

/// `/relation`: the report of `dyad relation` (phases chart, stability, reciprocity,
/// QuadClass bars, channels, agenda, third parties) with every figure linked to its events,
/// then the events themselves, each linked to its document.
enum RelationPage {
    /// The most events listed under the report.
    static let eventLimit = 200
    /// The most tit-for-tat pairs listed.
    static let pairLimit = 100

    static func render(query: RelationQuery, report: RelationReport?, events: [StoredEvent]) -> String {
        let options = query.options
        guard let report else {
            return Layout.page(
                title: "Relation", body: "<h1>Relation between two actors</h1>" + form(a: query.a, b: query.b, options: options))
        }
        let (a, b) = (report.actorA, report.actorB)
        var s = form(a: a, b: b, options: options)
        s += HTMLRenderer().sections(shortened(report), links: links(a: a, b: b, options: options))
        s += phaseLinks(report, a: a, b: b, options: options)
        s += "<h2 id=\"events\">Events between \(e(a)) and \(e(b))</h2>"
        s += EventTable.render(Array(events.prefix(eventLimit)))
        let all = URLQuery.url("/events", eventFilter(a: a, b: b, options: options, from: options.from, to: options.to))
        if events.count > eventLimit {
            s += "<p>The first \(eventLimit) are shown: <a href=\"\(e(all))\">all events between \(e(a)) and \(e(b))</a>.</p>"
        }
        let json = URLQuery.url("/api/v1/relation", query.parameters.items)
        s += "<p class=\"sub\">This report as JSON: <a href=\"\(e(json))\">\(e(json))</a></p>"
        return Layout.page(title: "\(a) ↔ \(b)", body: s)
    }

    /// The report with at most ``pairLimit`` tit-for-tat pairs, and a note saying so: a busy
    /// dyad can have thousands, which no one reads on a page (the JSON has them all).
    static func shortened(_ report: RelationReport) -> RelationReport {
        let pairs = report.reciprocity.pairs
        guard pairs.count > pairLimit else { return report }
        var report = report
        report.reciprocity.pairs = Array(pairs.prefix(pairLimit))
        report.messages.append(
            "\(pairs.count) tit-for-tat pairs were found; the first \(pairLimit) are listed here, all of them in the JSON report.")
        return report
    }

    /// The form that chooses actors and options.
    static func form(a: String?, b: String?, options: RelationOptions?) -> String {
        let options = options ?? RelationOptions()
        var s = "<form class=\"filters\" action=\"/relation\" method=\"get\">"
        s += Layout.field("a", "Actor A", value: a, placeholder: "USA", size: 8)
        s += Layout.field("b", "Actor B", value: b, placeholder: "RUS", size: 8)
        s += Layout.select("period", "Period", options: PeriodUnit.allCases.map(\.rawValue), selected: options.period.rawValue)
        s += Layout.field("from", "From", value: options.from?.description, placeholder: "YYYY-MM-DD")
        s += Layout.field("to", "To", value: options.to?.description, placeholder: "YYYY-MM-DD")
        s += Layout.select("count", "Count", options: CountMode.allCases.map(\.rawValue), selected: options.count.rawValue)
        s +=
            "<label><span><input type=\"checkbox\" name=\"all_factualities\" value=\"true\"\(options.allFactualities ? " checked" : "")> all factualities</span></label>"
        return s + "<button type=\"submit\">Show relation</button></form>"
    }

    /// Links from the report's periods and phases to their events.
    static func links(a: String, b: String, options: RelationOptions) -> ReportLinks {
        ReportLinks(
            events: { ids in Links.events(ids: ids) },
            period: { report, i in
                let cell = report.series.both[i]
                guard !cell.isEmpty else { return nil }
                if cell.eventIds.count == cell.events, cell.events <= 200 { return Links.events(ids: cell.eventIds) }
                let period = report.periods[i]
                return URLQuery.url("/events", eventFilter(a: a, b: b, options: options, from: period.start, to: period.end))
            },
            phase: { report, i in
                guard let phase = report.phases?.phases[i] else { return nil }
                return URLQuery.url("/events", eventFilter(a: a, b: b, options: options, from: phase.start, to: phase.end))
            })
    }

    /// The `/events` parameters for the dyad's events between two days.
    static func eventFilter(a: String, b: String, options: RelationOptions, from: Day?, to: Day?) -> [(name: String, value: String)] {
        var items = [("dyad", "\(a),\(b)")]
        if let from { items.append(("from", from.description)) }
        if let to { items.append(("to", to.description)) }
        if options.allFactualities { items.append(("factuality", "any")) }
        return items
    }

    /// Each phase with a link to its events.
    private static func phaseLinks(_ report: RelationReport, a: String, b: String, options: RelationOptions) -> String {
        guard let phases = report.phases?.phases, !phases.isEmpty else { return "" }
        let links = links(a: a, b: b, options: options)
        var s = "<h2>Events of each phase</h2><ul class=\"plain\">"
        for (i, phase) in phases.enumerated() {
            let label = "<span class=\"tag\" style=\"background:\(HTMLRenderer.color(of: phase.label))\">\(e(phase.label.rawValue))</span>"
            let link = links.phase(report, i).map { "<a href=\"\(e($0))\">\(phase.events) events</a>" } ?? "\(phase.events) events"
            s += "<li>\(i + 1). \(label) \(phase.start) – \(phase.end): \(link)</li>"
        }
        return s + "</ul>"
    }
}
