/// Renders a ``RelationReport`` as one self-contained HTML page: inline CSS and SVG charts
/// drawn here (net cooperation with phase bands, QuadClass bars, channels, agenda, third
/// parties); no scripts, fonts or anything else fetched from elsewhere. All text is escaped.
public struct HTMLRenderer: Sendable {
    /// Colours for categories in stacked bars and extra lines.
    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f"]
    /// Most categories drawn in a stacked bar chart before the rest become "other".
    static let maxCategories = 6

    /// A renderer.
    public init() {}

    /// The page.
    public func render(_ report: RelationReport) -> String {
        let r = report
        let title = "\(r.actorA) ↔ \(r.actorB): relationship report"
        var body = "<h1>\(e(title))</h1>"
        let span = r.periods.first.map { "\($0.label) to \(r.periods.last!.label)" } ?? "no dates"
        body +=
            "<p class=\"sub\">\(e(span)) · \(r.periods.count) \(e(r.options.period.noun))s · \(r.input.dyad) \(r.options.allFactualities ? "events" : "asserted events") between them · \(r.input.thirdParty) with third parties</p>"
        if !r.messages.isEmpty {
            body += "<ul class=\"notes\">" + r.messages.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
        }
        if r.hasDyadEvents {
            body += phases(r) + stability(r) + reciprocity(r) + quadClasses(r) + channels(r) + agenda(r)
        }
        body += thirdParties(r)
        body +=
            "<p class=\"sub\">Evidence: the JSON report (<code>--format json</code>) lists the event ids behind every figure; see an event with <code>dyad events --id ID</code>.</p>"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title><style>\(Self.css)</style></head>
            <body>\(body)</body></html>
            """
    }

    private func phases(_ r: RelationReport) -> String {
        let labels = r.periods.map(\.label)
        let bands = (r.phases?.phases ?? []).map {
            SVGLineChart.Band(
                periods: $0.firstPeriod...$0.lastPeriod, color: Self.phaseColor($0.label),
                label: $0.label.rawValue)
        }
        let references =
            r.stability.map {
                [($0.normalLow, "normal range: low end"), ($0.normalHigh, "normal range: high end")]
            } ?? []
        let isNet = r.options.phaseMeasure == .netCooperation
        let measure = r.options.phaseMeasure
        let chart = SVGLineChart(
            title: "\(measure.rawValue) per \(r.options.period.noun)",
            lines: [
                line("\(r.actorA) ↔ \(r.actorB)", r.series.both, measure, color: "#222"),
                line("\(r.actorA) → \(r.actorB)", r.series.aToB, measure, color: Self.palette[0], dashed: true),
                line("\(r.actorB) → \(r.actorA)", r.series.bToA, measure, color: Self.palette[2], dashed: true),
            ],
            bands: bands, references: references, xLabels: labels, yMin: isNet ? -1 : -10, yMax: isNet ? 1 : 10,
            yTicks: isNet ? [-1, -0.5, 0, 0.5, 1] : [-10, -5, 0, 5, 10])
        var s = "<h2>Phases</h2>" + chart.render()
        guard let report = r.phases else { return s }
        s +=
            "<p class=\"sub\">\(e(report.method)).</p><table><tr><th>#</th><th>phase</th><th>dates</th><th>level</th><th>trend</th><th>why</th><th>marked by</th></tr>"
        for (i, p) in report.phases.enumerated() {
            s +=
                "<tr><td>\(i + 1)</td><td><span class=\"tag\" style=\"background:\(Self.phaseColor(p.label))\">\(e(p.label.rawValue))</span></td>"
            s += "<td>\(p.start) – \(p.end)<br><small>\(p.periods) \(e(r.options.period.noun))s, \(p.events) events</small></td>"
            s +=
                "<td>\(e(Format.signed(p.level)))</td><td>\(e(Format.signed(p.trend, digits: 3)))</td><td><small>\(e(p.reason))</small></td>"
            s += "<td>\(p.markingEvents.map(evidence).joined())</td></tr>"
        }
        return s + "</table>"
    }

    private func stability(_ r: RelationReport) -> String {
        var rows: [(String, String, String)] = []
        if let st = r.stability {
            rows.append(("Volatility", Format.fixed(st.volatility), st.volatilityMeaning))
            rows.append(
                (
                    "Normal range",
                    "\(Format.signed(st.normalLow)) to \(Format.signed(st.normalHigh)), \(Format.percent(st.shareInside)) inside",
                    st.rangeMeaning
                ))
        }
        if let p = r.predictability {
            rows.append(
                (
                    "One-step forecast",
                    "AR(1) RMSE \(Format.fixed(p.arRMSE)), MAE \(Format.fixed(p.arMAE)); naive RMSE \(Format.fixed(p.naiveRMSE)), MAE \(Format.fixed(p.naiveMAE))",
                    p.meaning
                ))
        }
        guard !rows.isEmpty else { return "<h2>Stability and predictability</h2><p>Too few periods.</p>" }
        return "<h2>Stability and predictability</h2><table>"
            + rows.map { "<tr><th>\(e($0.0))</th><td>\(e($0.1))</td><td>\(e($0.2))</td></tr>" }.joined() + "</table>"
    }

    /// A chart line of `measure` over `cells`, broken at empty periods.
    func line(_ name: String, _ cells: [SeriesCell], _ measure: SeriesMeasure, color: String, dashed: Bool = false)
        -> SVGLineChart.Line
    {
        .init(name: name, values: cells.map(measure.value(of:)), color: color, dashed: dashed, missing: cells.map(\.isEmpty))
    }

    /// An event as evidence: date, actors, code, sentence and id.
    func evidence(_ ev: EventRef) -> String {
        "<div class=\"ev\"><b>\(ev.date)</b> \(e(ev.source)) → \(e(ev.target)) <code>\(e(ev.code))</code> (\(e(Format.signed(ev.goldstein, digits: 1))))<br><q>\(e(ev.sentence))</q> <small>id \(e(ev.id))</small></div>"
    }

    func e(_ s: String) -> String { HTMLText.escape(s) }

    static func phaseColor(_ label: PhaseLabel) -> String {
        switch label {
        case .escalation: "rgba(214,39,40,0.22)"
        case .confrontation: "rgba(214,39,40,0.12)"
        case .coldPeace: "rgba(127,127,127,0.14)"
        case .thaw: "rgba(237,201,72,0.25)"
        case .rapprochement: "rgba(44,160,44,0.16)"
        case .cooperation: "rgba(44,160,44,0.26)"
        }
    }

    static let css = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:900px;color:#222;padding:0 1em}
        h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ddd}
        .sub{color:#666}.notes{background:#fff8e1;padding:.6em 1.6em;border-radius:4px}
        table{border-collapse:collapse;width:100%;margin:.6em 0}td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
        svg{width:100%;height:auto;display:block}.grid{stroke:#e6e6e6}.tick{font-size:10px;fill:#777}.band{font-size:10px;fill:#555}
        .legend{font-size:12px;color:#555;margin:.2em 0 .8em}.key{margin-right:1em;white-space:nowrap}.key i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
        .tag{padding:1px 6px;border-radius:3px}.ev{margin:.2em 0 .5em}q{color:#333}small{color:#888}
        """
}
