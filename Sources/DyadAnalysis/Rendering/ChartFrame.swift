/// The plotting area shared by the SVG charts: size, margins, scales, axes and the opening
/// and closing tags. Charts are drawn by dyad itself; no scripts, no external resources.
struct ChartFrame {
    var width = 760.0
    var height = 220.0
    var left = 48.0, right = 12.0, top = 12.0, bottom = 28.0
    /// Number of slots along x (one per period).
    var slots: Int
    var yMin: Double
    var yMax: Double

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }
    var slotWidth: Double { plotWidth / Double(max(slots, 1)) }

    /// The x of the centre of slot `i`.
    func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * slotWidth }
    /// The x of the left edge of slot `i`.
    func slotStart(_ i: Int) -> Double { left + Double(i) * slotWidth }
    /// The y of value `v`, clamped to the plot.
    func y(_ v: Double) -> Double {
        let span = yMax - yMin
        let t = span > 0 ? (min(max(v, yMin), yMax) - yMin) / span : 0.5
        return top + (1 - t) * plotHeight
    }

    func open(title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\"><title>\(HTMLText.escape(title))</title>"
    }

    let close = "</svg>"

    /// Horizontal grid lines with value labels, and at most `maxLabels` period labels.
    func axes(yTicks: [Double], xLabels: [String], maxLabels: Int = 12, format: (Double) -> String) -> String {
        var s = ""
        for v in yTicks {
            s += "<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(v)))\" y2=\"\(n(y(v)))\" class=\"grid\"/>"
            s += "<text x=\"\(n(left - 4))\" y=\"\(n(y(v) + 4))\" class=\"tick\" text-anchor=\"end\">\(HTMLText.escape(format(v)))</text>"
        }
        let step = max(1, Int((Double(xLabels.count) / Double(maxLabels)).rounded(.up)))
        for i in stride(from: 0, to: xLabels.count, by: step) {
            s += "<text x=\"\(n(x(i)))\" y=\"\(n(height - 8))\" class=\"tick\" text-anchor=\"middle\">\(HTMLText.escape(xLabels[i]))</text>"
        }
        return s
    }

    /// A number for an SVG attribute: one decimal, no exponent.
    func n(_ v: Double) -> String { Format.fixed(v.isFinite ? v : 0, digits: 1) }

    /// Colour keys under a chart.
    static func legend(_ items: [(name: String, color: String)]) -> String {
        let keys = items.map { "<span class=\"key\"><i style=\"background:\($0.color)\"></i>\(HTMLText.escape($0.name))</span>" }
        return "<div class=\"legend\">\(keys.joined())</div>"
    }
}
