/// Renders a ``RelationReport`` as plain text for a terminal: phases first (labels, dates,
/// level and the sentences of the events that mark them), then stability and predictability
/// with their meanings, reciprocity, channels, agenda, third parties, the series, and notes.
public struct TerminalRenderer: Sendable {
    /// Longest sentence shown before it is cut with "…".
    public var sentenceLength = 160
    /// Most tit-for-tat pairs, channels, issues or series rows listed.
    public var listLimit = 12

    /// A renderer with the default limits.
    public init() {}

    /// The report as text, lines separated by "\n".
    public func render(_ report: RelationReport) -> String {
        var out = TextLines()
        header(report, &out)
        if report.hasDyadEvents {
            phases(report, &out)
            stability(report, &out)
            reciprocity(report, &out)
            channels(report, &out)
            agenda(report, &out)
        }
        thirdParties(report, &out)
        if report.hasDyadEvents { series(report, &out) }
        if !report.messages.isEmpty {
            out.section("NOTES")
            for m in report.messages { out.line("  - " + m) }
        }
        out.blank()
        out.line("Evidence: --format json lists the event ids behind every figure; see an event with `dyad events --id ID`.")
        return out.text
    }

    private func header(_ r: RelationReport, _ out: inout TextLines) {
        let which = r.options.allFactualities ? "events of any factuality" : "asserted events"
        let counted = r.options.count == .mentions ? ", counting mentions" : ""
        guard let first = r.periods.first, let last = r.periods.last else {
            out.line("\(r.actorA) ↔ \(r.actorB)   no \(which) to report")
            return
        }
        out.line(
            "\(r.actorA) ↔ \(r.actorB)   \(first.label) to \(last.label)   \(r.periods.count) \(r.options.period.noun)s   \(r.input.dyad) \(which)\(counted)"
        )
        guard r.hasDyadEvents else { return }
        let both = r.series.both
        out.line(
            "net cooperation (−1 … +1, · = no events): "
                + Sparkline.render(
                    both.map(\.netCooperation), low: -1, high: 1, missing: both.map(\.isEmpty)))
    }

    private func phases(_ r: RelationReport, _ out: inout TextLines) {
        guard let report = r.phases else { return }
        out.section("PHASES")
        out.line("  " + report.method)
        let unit = r.options.period.noun
        for (i, phase) in report.phases.enumerated() {
            out.blank()
            out.line(
                "  \(i + 1). \(phase.label.rawValue.uppercased())  \(phase.start) – \(phase.end)  (\(phase.periods) \(unit)\(phase.periods == 1 ? "" : "s"), \(phase.events) events)"
            )
            out.line(
                "     level \(Format.signed(phase.level)), trend \(Format.signed(phase.trend, digits: 3))/\(unit)"
                    + (phase.change.map { ", change \(Format.signed($0))" } ?? ""))
            out.line("     why: \(phase.reason)")
            for event in phase.markingEvents { evidence(event, indent: "     ", &out) }
        }
    }

    private func stability(_ r: RelationReport, _ out: inout TextLines) {
        out.section("STABILITY AND PREDICTABILITY")
        if let s = r.stability {
            out.line("  Volatility \(Format.fixed(s.volatility)). \(s.volatilityMeaning)")
            out.line(
                "  Normal range \(Format.signed(s.normalLow)) to \(Format.signed(s.normalHigh)), \(Format.percent(s.shareInside)) inside. \(s.rangeMeaning)"
            )
        } else {
            out.line("  Too few periods for stability figures.")
        }
        if let p = r.predictability {
            out.line(
                "  One-step forecasts (\(p.forecasts)): AR(1) RMSE \(Format.fixed(p.arRMSE)) / MAE \(Format.fixed(p.arMAE)); naive RMSE \(Format.fixed(p.naiveRMSE)) / MAE \(Format.fixed(p.naiveMAE)). \(p.meaning)"
            )
        } else {
            out.line("  Too few periods for forecast errors.")
        }
    }

    private func reciprocity(_ r: RelationReport, _ out: inout TextLines) {
        let rec = r.reciprocity
        out.section("RECIPROCITY")
        for fit in [rec.bReactsToA, rec.aReactsToB].compactMap({ $0 }) {
            out.line(
                "  \(fit.reactor) reacting to \(fit.stimulus): b = \(Format.signed(fit.response)) (se \(Format.fixed(fit.responseStandardError)), 95% CI \(Format.signed(fit.responseInterval[0])) to \(Format.signed(fit.responseInterval[1])), c = \(Format.signed(fit.inertia)), n = \(fit.observations), R² = \(Format.fixed(fit.rSquared)))"
            )
            out.line("    " + fit.meaning)
        }
        for m in rec.messages { out.line("  " + m) }
        out.line("  Tit-for-tat pairs (answer within \(rec.windowDays) days): \(rec.pairs.count)")
        for pair in rec.pairs.prefix(listLimit) {
            out.line(
                "  - \(pair.phrase), \(pair.lagDays) day\(pair.lagDays == 1 ? "" : "s") later\(pair.sameCode ? " (same code)" : "")\(pair.jointReport ? ", one joint act" : "")"
            )
            evidence(pair.move, indent: "      ", &out)
            evidence(pair.answer, indent: "      ", &out)
        }
        if rec.pairs.count > listLimit { out.line("  … \(rec.pairs.count - listLimit) more in --format json") }
    }

    private func channels(_ r: RelationReport, _ out: inout TextLines) {
        out.section("CHANNELS (meetings and calls, CAMEO 040-046, by level)")
        countRows(r.channels.channels, empty: "  No meetings or calls.", &out)
    }

    private func agenda(_ r: RelationReport, _ out: inout TextLines) {
        out.section("AGENDA (share of events per issue)")
        countRows(
            r.agenda.issues + (r.agenda.untagged.total > 0 ? [r.agenda.untagged] : []),
            empty: "  No issue tags.", &out)
    }

    private func countRows(_ rows: [CountSeries], empty: String, _ out: inout TextLines) {
        guard !rows.isEmpty else { out.line(empty); return }
        let width = min(28, rows.map(\.name.count).max() ?? 0)
        for row in rows.prefix(listLimit) {
            out.line(
                "  \(pad(row.name, width))  \(pad(String(row.total), 5, right: true))  \(pad(Format.percent(row.share), 4, right: true))  \(Sparkline.counts(row.cells.map(\.weight)))"
            )
        }
        if rows.count > listLimit { out.line("  … \(rows.count - listLimit) more in --format json") }
    }

    private func thirdParties(_ r: RelationReport, _ out: inout TextLines) {
        out.section("THIRD PARTIES (most engaged with \(r.actorA) or \(r.actorB))")
        guard !r.thirdParties.isEmpty else { out.line("  None."); return }
        for p in r.thirdParties {
            out.line(
                "  \(pad(p.actor, 8)) with \(r.actorA): \(pad(String(p.withAEvents), 4, right: true)) events, net \(Format.signed(p.withANetCooperation))   with \(r.actorB): \(pad(String(p.withBEvents), 4, right: true)) events, net \(Format.signed(p.withBNetCooperation))"
            )
        }
    }

    private func series(_ r: RelationReport, _ out: inout TextLines) {
        out.section("SERIES (both directions; Q1-Q4 = QuadClass counts)")
        out.line("  period       \(r.actorA)→\(r.actorB)  \(r.actorB)→\(r.actorA)    Q1   Q2   Q3   Q4   Goldstein  net")
        let rows = r.periods.indices.filter { !r.series.both[$0].isEmpty }
        for i in rows.suffix(listLimit * 4) {
            let c = r.series.both[i]
            let q = c.quadClass.map { pad(String($0), 4, right: true) }.joined(separator: " ")
            out.line(
                "  \(pad(r.periods[i].label, 10)) \(pad(String(r.series.aToB[i].weight), 7, right: true)) \(pad(String(r.series.bToA[i].weight), 7, right: true))  \(q)  \(pad(Format.signed(c.goldsteinMean), 9, right: true))  \(Format.signed(c.netCooperation))"
            )
        }
        if rows.count > listLimit * 4 { out.line("  (last \(listLimit * 4) of \(rows.count) periods with events)") }
    }

    private func evidence(_ e: EventRef, indent: String, _ out: inout TextLines) {
        out.line("\(indent)\(e.date)  \(e.source) → \(e.target)  \(e.code) (\(Format.signed(e.goldstein, digits: 1)))  [\(e.id)]")
        out.line("\(indent)  “\(cut(e.sentence))”")
    }

    private func cut(_ s: String) -> String { s.count > sentenceLength ? s.prefix(sentenceLength - 1) + "…" : s }

    private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}

/// Lines of text being built.
struct TextLines {
    private(set) var lines: [String] = []
    mutating func line(_ s: String) { lines.append(s) }
    mutating func blank() { lines.append("") }
    mutating func section(_ title: String) { blank(); line(title) }
    var text: String { lines.joined(separator: "\n") }
}
