import Foundation

/// Where the figures of a report link to when the report is served with pages that list
/// events: a period of the charts, a phase, a tit-for-tat pair and every event cited.
///
/// ```swift
/// let links = ReportLinks(
///     events: { ids in "/events?ids=" + ids.joined(separator: ",") },
///     period: { report, i in "/events?ids=" + report.series.both[i].eventIds.joined(separator: ",") },
///     phase: { report, i in nil })
/// let fragment = HTMLRenderer().sections(report, links: links)
/// ```
public struct ReportLinks: Sendable {
    /// The URL of a page showing the events with these ids.
    public var events: @Sendable ([String]) -> String
    /// The URL of a page listing the events of period `index` of the report; nil for none.
    public var period: @Sendable (RelationReport, Int) -> String?
    /// The URL of a page listing the events of phase `index` of the report; nil for none.
    public var phase: @Sendable (RelationReport, Int) -> String?

    /// Links built by these functions.
    public init(
        events: @escaping @Sendable ([String]) -> String,
        period: @escaping @Sendable (RelationReport, Int) -> String?,
        phase: @escaping @Sendable (RelationReport, Int) -> String?
    ) {
        self.events = events
        self.period = period
        self.phase = phase
    }
}

/// Entry points for pages that embed a report rather than show it alone (the web dashboard).
///
/// The fragment is the body of ``render(_:)``, unchanged but for links added when `links`
/// are given: each period column of the phases and QuadClass charts opens that period's
/// events, each phase band opens the phase's, each tit-for-tat pair opens its two events and
/// each cited event id opens the event.
extension HTMLRenderer {
    /// The style sheet ``render(_:)`` puts in its page, for pages that embed ``sections(_:links:)``.
    public static var styleSheet: String { css + linkCSS }

    /// The report as an HTML fragment (everything inside `<body>` of ``render(_:)``), with
    /// links to the events behind its figures.
    public func sections(_ report: RelationReport, links: ReportLinks? = nil) -> String {
        let page = render(report)
        guard let open = page.range(of: "<body>"), let close = page.range(of: "</body>", options: .backwards) else { return page }
        var body = String(page[open.upperBound..<close.lowerBound])
        guard let links else { return body }
        body = insert(chartLinks(report, links, phases: true), intoChartAfter: "<h2>Phases</h2>", in: body)
        body = insert(chartLinks(report, links, phases: false), intoChartAfter: "<h2>Events by QuadClass</h2>", in: body)
        body = linkPairs(report, links, in: body)
        return linkEventIDs(links, in: body)
    }

    /// The background colour of phases labelled `label`, as in the charts and tables.
    public static func color(of label: PhaseLabel) -> String { phaseColor(label) }

    /// CSS for the links drawn over charts.
    static let linkCSS = """
        .hit rect{fill:transparent;cursor:pointer}.hit a:hover rect,.hit a:focus rect{fill:rgba(0,0,0,.07)}
        .pair>a{color:inherit}
        """

    /// Transparent link areas over the period columns of a chart (and its phase bands).
    private func chartLinks(_ r: RelationReport, _ links: ReportLinks, phases: Bool) -> String {
        let frame = ChartFrame(slots: r.periods.count, yMin: 0, yMax: 1)
        let bandHeight = phases ? 14.0 : 0
        var s = "<g class=\"hit\">"
        for (i, period) in r.periods.enumerated() {
            guard let url = links.period(r, i) else { continue }
            let cell = r.series.both[i]
            let label = "\(period.label): \(cell.events) event\(cell.events == 1 ? "" : "s") — show them"
            s +=
                "<a href=\"\(e(url))\"><rect x=\"\(frame.n(frame.slotStart(i)))\" y=\"\(frame.n(frame.top + bandHeight))\" width=\"\(frame.n(frame.slotWidth))\" height=\"\(frame.n(frame.plotHeight - bandHeight))\"><title>\(e(label))</title></rect></a>"
        }
        for (i, phase) in (phases ? r.phases?.phases ?? [] : []).enumerated() {
            guard let url = links.phase(r, i) else { continue }
            let x0 = frame.slotStart(phase.firstPeriod), x1 = frame.slotStart(phase.lastPeriod + 1)
            let label = "\(phase.label.rawValue) \(phase.start) – \(phase.end): \(phase.events) events — show them"
            s +=
                "<a href=\"\(e(url))\"><rect x=\"\(frame.n(x0))\" y=\"\(frame.n(frame.top))\" width=\"\(frame.n(x1 - x0))\" height=\"\(frame.n(bandHeight))\"><title>\(e(label))</title></rect></a>"
        }
        return s + "</g>"
    }

    /// `overlay` put last inside the first chart after `heading`.
    private func insert(_ overlay: String, intoChartAfter heading: String, in body: String) -> String {
        guard let h = body.range(of: heading), let end = body.range(of: "</svg>", range: h.upperBound..<body.endIndex) else { return body }
        var body = body
        body.insert(contentsOf: overlay, at: end.lowerBound)
        return body
    }

    /// Each tit-for-tat pair's phrase made a link to its two events.
    private func linkPairs(_ r: RelationReport, _ links: ReportLinks, in body: String) -> String {
        let marker = "<div class=\"pair\"><b>"
        var out = ""
        var rest = Substring(body)
        for pair in r.reciprocity.pairs {
            guard let start = rest.range(of: marker), let end = rest.range(of: "</b>", range: start.upperBound..<rest.endIndex) else {
                break
            }
            out += rest[..<start.lowerBound]
            out += "<div class=\"pair\"><a href=\"\(e(links.events([pair.move.id, pair.answer.id])))\"><b>"
            out += rest[start.upperBound..<end.upperBound] + "</a>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// Every cited event id (`<small>id 42</small>`) made a link to the event.
    private func linkEventIDs(_ links: ReportLinks, in body: String) -> String {
        let marker = "<small>id "
        var out = ""
        var rest = Substring(body)
        while let start = rest.range(of: marker), let end = rest.range(of: "</small>", range: start.upperBound..<rest.endIndex) {
            let id = String(rest[start.upperBound..<end.lowerBound])
            out += rest[..<start.lowerBound]
            out += "<small><a href=\"\(e(links.events([HTMLText.unescape(id)])))\">id \(id)</a></small>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}

extension HTMLText {
    /// Reverses ``escape(_:)``.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
