import Foundation

/// Changepoints in the mean of a weighted series by PELT (Killick, Fearnhead & Eckley 2012).
///
/// Each value x(t) comes with a weight w(t) ≥ 0 (how much evidence it rests on: the events
/// of its period), and is modelled as a segment mean plus noise of variance σ²/w(t). The cost
/// of a segment is its weighted sum of squared deviations from its weighted mean; a
/// segmentation costs the sum of its segment costs plus `penalty` per segment, and PELT finds
/// the cheapest one with every segment at least `minimumLength` values long. Values of weight 0
/// (periods without events) cost nothing and join the segment before them.
///
/// The default penalty is `3·σ²·ln(n)` (``penalty(for:weights:scale:floor:)``), the leading
/// term of the modified BIC of Zhang & Siegmund (2007), more conservative than BIC's 2·ln(n)
/// so that noise in short series does not make phases; n counts values of positive weight.
/// σ is estimated from the differences between consecutive weighted values
/// (``noiseLevel(of:weights:floor:)``), at least `floor`, so that an almost flat series does
/// not split on tiny wiggles.
public struct ChangepointDetector: Sendable {
    /// Shortest segment, in values.
    public var minimumLength: Int
    /// Cost of one more segment, in weighted squared units of the series.
    public var penalty: Double

    /// A detector with these settings.
    public init(minimumLength: Int, penalty: Double) {
        self.minimumLength = max(1, minimumLength)
        self.penalty = max(0, penalty)
    }

    /// The estimated noise standard deviation per unit weight: the differences between
    /// consecutive values of positive weight, standardised by √(1/w₁ + 1/w₂), have their root
    /// mean square taken without the largest 10% (level shifts) and rescaled for that trimming
    /// under normal noise (÷ 0.789); at least `floor`. Unlike the MAD, it is not fooled by series
    /// that take few distinct values.
    public static func noiseLevel(of x: [Double], weights: [Double], floor: Double) -> Double {
        let observed = x.indices.filter { weights[$0] > 0 }
        guard observed.count > 2 else { return floor }
        let z = zip(observed.dropFirst(), observed).map { (t: Int, s: Int) -> Double in
            let spread: Double = (1 / weights[t] + 1 / weights[s]).squareRoot()
            return abs(x[t] - x[s]) / spread
        }.sorted()
        let trimmed = z.count >= 10 ? z.prefix(z.count - z.count / 10) : z[...]
        let rms = (trimmed.reduce(0) { $0 + $1 * $1 } / Double(trimmed.count)).squareRoot()
        return max(rms / (z.count >= 10 ? 0.789 : 1), floor)
    }

    /// The penalty `scale·3·σ²·ln(n)` for `x`.
    public static func penalty(for x: [Double], weights: [Double], scale: Double, floor: Double) -> Double {
        let sigma = noiseLevel(of: x, weights: weights, floor: floor)
        let n = weights.filter { $0 > 0 }.count
        return scale * 3 * sigma * sigma * log(Double(max(n, 2)))
    }

    /// The segments of `x` (all weights 1).
    public func segments(_ x: [Double]) -> [Range<Int>] {
        segments(x, weights: Array(repeating: 1, count: x.count))
    }

    /// The segments of `x` as consecutive index ranges covering it; one segment when no split
    /// pays for its penalty or `x` is shorter than two minimum segments; none when `x` is empty.
    public func segments(_ x: [Double], weights: [Double]) -> [Range<Int>] {
        let n = x.count
        guard n > 0, weights.count == n else { return [] }
        let m = minimumLength
        guard n >= 2 * m else { return [0..<n] }
        var sw = [0.0], swx = [0.0], swxx = [0.0]
        for (v, w) in zip(x, weights) {
            sw.append(sw.last! + w); swx.append(swx.last! + w * v); swxx.append(swxx.last! + w * v * v)
        }
        func cost(_ s: Int, _ t: Int) -> Double {
            let w = sw[t] - sw[s]
            guard w > 0 else { return 0 }
            let sum = swx[t] - swx[s]
            return max(0, (swxx[t] - swxx[s]) - sum * sum / w)
        }
        var best = [Double](repeating: .infinity, count: n + 1)
        var last = [Int](repeating: 0, count: n + 1)
        best[0] = -penalty
        var candidates: [Int] = []
        for t in m...n {
            if best[t - m].isFinite { candidates.append(t - m) }
            var value = Double.infinity, arg = 0
            for s in candidates {
                // `<=`: on ties the latest start wins, so empty values join the segment before.
                let v = best[s] + cost(s, t) + penalty
                if v <= value { value = v; arg = s }
            }
            best[t] = value
            last[t] = arg
            candidates.removeAll { best[$0] + cost($0, t) > value + 1e-12 }
        }
        var ends = [n]
        var t = n
        while t > 0 { t = last[t]; if t > 0 { ends.append(t) } }
        ends.reverse()
        var start = 0
        return ends.map { end in
            defer { start = end }; return start..<end
        }
    }
}
