import DyadOntology

extension Evaluation {
    /// A report for the terminal: scores overall and per root, the confusion table, and up to
    /// `examples` misses, false events and factuality errors.
    public func report(title: String, examples: Int) -> String {
        func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }
        func row(_ name: String, _ s: Score, width: Int = 10) -> String {
            name.padding(toLength: width, withPad: " ", startingAt: 0)
                + " \(pct(s.precision)) \(pct(s.recall)) \(pct(s.f1))  \(s.truePositives)/\(s.falsePositives)/\(s.falseNegatives)"
        }
        var out = ["\(title): \(documents) documents, \(sentences) sentences (\(nonAssertedSentences) with no asserted event)", ""]
        out.append("scope          P      R     F1   TP/FP/FN")
        out.append(row("overall", overall))
        out.append(row("strict", strict))
        out.append("")
        out.append("root  name                            P      R     F1   TP/FP/FN")
        for root in CAMEOCatalog.roots {
            guard let s = perRoot[root] else { continue }
            let name = (CAMEOCatalog.standard[root]?.name ?? "").lowercased()
            out.append(row("\(root)    \(name.prefix(28))", s, width: 34))
        }
        out.append("")
        out.append("factuality errors (not-asserted gold events coded as asserted): \(factualityErrors.count)")
        for m in factualityErrors.prefix(examples) { out.append("  line \(m.line): \(m.event) — \(m.sentence)") }
        out.append("")
        out.append("confusion of roots (rows gold, columns coded; 'none' = no event):")
        let used = (CAMEOCatalog.roots + ["none"]).filter { r in confusion[r] != nil || confusion.values.contains { $0[r] != nil } }
        out.append("      " + used.map { $0.padding(toLength: 5, withPad: " ", startingAt: 0) }.joined())
        for r in used {
            let cells = used.map { c -> String in
                let n = confusion[r]?[c] ?? 0
                return (n == 0 ? "." : String(n)).padding(toLength: 5, withPad: " ", startingAt: 0)
            }
            out.append(r.padding(toLength: 6, withPad: " ", startingAt: 0) + cells.joined())
        }
        if examples > 0 {
            out.append("")
            out.append("missed (\(misses.count)):")
            for m in misses.prefix(examples) { out.append("  line \(m.line): \(m.event) — \(m.sentence)") }
            out.append("false events (\(falseEvents.count)):")
            for m in falseEvents.prefix(examples) { out.append("  line \(m.line): \(m.event) — \(m.sentence)") }
        }
        return out.joined(separator: "\n")
    }
}
