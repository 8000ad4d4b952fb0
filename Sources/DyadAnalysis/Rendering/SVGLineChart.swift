/// A line chart of per-period values with optional shaded bands (phases, normal range).
struct SVGLineChart {
    struct Line {
        var name: String
        var values: [Double]
        var color: String
        var dashed = false
        /// Periods without data: the line breaks there.
        var missing: [Bool] = []
    }

    /// A shaded stretch of periods (`first...last`), such as a phase.
    struct Band {
        var periods: ClosedRange<Int>
        var color: String
        var label: String
    }

    var title: String
    var lines: [Line]
    var bands: [Band] = []
    /// Horizontal dashed reference lines (value, label), such as the normal range.
    var references: [(value: Double, label: String)] = []
    var xLabels: [String]
    var yMin: Double
    var yMax: Double
    var yTicks: [Double]

    func render() -> String {
        let frame = ChartFrame(slots: xLabels.count, yMin: yMin, yMax: yMax)
        var s = frame.open(title: title)
        for band in bands {
            let x0 = frame.slotStart(band.periods.lowerBound), x1 = frame.slotStart(band.periods.upperBound + 1)
            s +=
                "<rect x=\"\(frame.n(x0))\" y=\"\(frame.n(frame.top))\" width=\"\(frame.n(x1 - x0))\" height=\"\(frame.n(frame.plotHeight))\" fill=\"\(band.color)\"><title>\(HTMLText.escape(band.label))</title></rect>"
            if x1 - x0 > 7 * Double(band.label.count) + 6 {
                s += "<text x=\"\(frame.n(x0 + 3))\" y=\"\(frame.n(frame.top + 11))\" class=\"band\">\(HTMLText.escape(band.label))</text>"
            }
        }
        s += frame.axes(yTicks: yTicks, xLabels: xLabels) { Format.signed($0, digits: 1) }
        for (value, label) in references {
            let y = frame.n(frame.y(value))
            s +=
                "<line x1=\"\(frame.n(frame.left))\" x2=\"\(frame.n(frame.width - frame.right))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#888\" stroke-dasharray=\"2 3\"><title>\(HTMLText.escape(label))</title></line>"
        }
        for line in lines {
            s += draw(line, frame)
        }
        return s + frame.close + legend
    }

    /// The line as polylines over its runs of present values; lone values as dots.
    private func draw(_ line: Line, _ frame: ChartFrame) -> String {
        var runs: [[Int]] = [[]]
        for i in line.values.indices {
            if line.missing.indices.contains(i), line.missing[i] {
                if !runs[runs.count - 1].isEmpty { runs.append([]) }
            } else {
                runs[runs.count - 1].append(i)
            }
        }
        let dash = line.dashed ? " stroke-dasharray=\"4 3\"" : ""
        let name = "<title>\(HTMLText.escape(line.name))</title>"
        return runs.filter { !$0.isEmpty }.map { run in
            if run.count == 1 {
                return
                    "<circle cx=\"\(frame.n(frame.x(run[0])))\" cy=\"\(frame.n(frame.y(line.values[run[0]])))\" r=\"2.5\" fill=\"\(line.color)\">\(name)</circle>"
            }
            let points = run.map { "\(frame.n(frame.x($0))),\(frame.n(frame.y(line.values[$0])))" }
            return
                "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"1.8\"\(dash) points=\"\(points.joined(separator: " "))\">\(name)</polyline>"
        }.joined()
    }

    private var legend: String { ChartFrame.legend(lines.map { ($0.name, $0.color) }) }
}
