/// One-line charts for the terminal: one block character per period.
enum Sparkline {
    private static let blocks = Array("▁▂▃▄▅▆▇█")

    /// `values` scaled from `low` (▁) to `high` (█); `·` where `missing` is true.
    static func render(_ values: [Double], low: Double, high: Double, missing: [Bool] = []) -> String {
        let span = high - low
        return String(
            values.enumerated().map { i, v in
                if missing.indices.contains(i), missing[i] { return "·" }
                let t = span > 0 ? (min(max(v, low), high) - low) / span : 0.5
                return blocks[min(blocks.count - 1, Int(t * Double(blocks.count - 1) + 0.5))]
            })
    }

    /// Counts scaled from 0 to their maximum; blank for 0.
    static func counts(_ values: [Int]) -> String {
        let top = Double(values.max() ?? 0)
        guard top > 0 else { return String(repeating: " ", count: values.count) }
        return String(values.map { $0 == 0 ? " " : blocks[min(blocks.count - 1, Int(Double($0) / top * Double(blocks.count - 1) + 0.5))] })
    }
}
