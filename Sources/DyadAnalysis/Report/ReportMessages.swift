/// The notes a report carries for its reader: why something is empty or missing.
struct ReportMessages {
    let report: RelationReport

    var all: [String] {
        let r = report, input = r.input, unit = r.options.period.noun
        var out: [String] = []
        if input.read == 0 { return ["No events in the input."] }
        if input.namingA == 0 { out.append("No event names \(r.actorA) (no actor code starts with \(r.actorA)).") }
        if input.namingB == 0 { out.append("No event names \(r.actorB) (no actor code starts with \(r.actorB)).") }
        if input.dyad == 0, input.namingA > 0, input.namingB > 0 {
            var why = "No \(r.options.allFactualities ? "" : "asserted ")events between \(r.actorA) and \(r.actorB)"
            var skipped: [String] = []
            if input.notAsserted > 0 { skipped.append("\(input.notAsserted) not asserted (see --all-factualities)") }
            if input.outsideDates > 0 { skipped.append("\(input.outsideDates) outside the dates") }
            if input.undated > 0 { skipped.append("\(input.undated) undated") }
            if !skipped.isEmpty { why += "; events naming them were skipped: " + skipped.joined(separator: ", ") }
            out.append(why + ".")
        }
        guard input.dyad > 0 else { return out }
        let empty = r.series.both.filter(\.isEmpty).count
        if empty > 0 {
            out.append(
                "\(empty) of \(r.periods.count) \(unit)s have no \(r.actorA)–\(r.actorB) events: 0 (neutral) in the series, stability and regressions, no weight in phase detection."
            )
        }
        if 2 * empty > r.periods.count, r.options.period != .quarter {
            out.append("Most \(unit)s are empty: a longer --period gives steadier figures.")
        }
        if r.periods.count < 2 * r.options.minimumPhaseLength {
            out.append(
                "Only \(r.periods.count) \(unit)\(r.periods.count == 1 ? "" : "s"): too few to find phase changes (need \(2 * r.options.minimumPhaseLength)), so the span is one phase."
            )
        }
        if r.stability == nil { out.append("Stability needs at least 3 \(unit)s.") }
        if r.predictability == nil {
            let need = PredictabilityReport.minimumTraining + PredictabilityReport.minimumForecasts
            out.append("Predictability needs at least \(need) \(unit)s.")
        }
        return out + r.reciprocity.messages
    }
}
