/// Stacked bars of per-period counts, one colour per category.
struct SVGStackedBarChart {
    struct Category {
        var name: String
        var values: [Int]
        var color: String
    }

    var title: String
    var categories: [Category]
    var xLabels: [String]

    func render() -> String {
        let totals = xLabels.indices.map { i in categories.reduce(0) { $0 + ($1.values.indices.contains(i) ? $1.values[i] : 0) } }
        let top = Double(max(totals.max() ?? 0, 1))
        let frame = ChartFrame(slots: xLabels.count, yMin: 0, yMax: top)
        var s = frame.open(title: title)
        let ticks = [0, top / 2, top].map { ($0).rounded() }
        s += frame.axes(yTicks: Array(Set(ticks)).sorted(), xLabels: xLabels) { Format.fixed($0, digits: 0) }
        let barWidth = max(1, frame.slotWidth * 0.8)
        for i in xLabels.indices {
            var base = 0
            for category in categories where category.values.indices.contains(i) && category.values[i] > 0 {
                let v = category.values[i]
                let y0 = frame.y(Double(base + v)), y1 = frame.y(Double(base))
                s +=
                    "<rect x=\"\(frame.n(frame.x(i) - barWidth / 2))\" y=\"\(frame.n(y0))\" width=\"\(frame.n(barWidth))\" height=\"\(frame.n(y1 - y0))\" fill=\"\(category.color)\"><title>\(HTMLText.escape("\(xLabels[i]) \(category.name): \(v)"))</title></rect>"
                base += v
            }
        }
        return s + frame.close + legend
    }

    private var legend: String { ChartFrame.legend(categories.map { ($0.name, $0.color) }) }
}
