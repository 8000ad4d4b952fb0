/// Small descriptive statistics. All return finite numbers for empty or tiny input (0),
/// so no NaN reaches a report.
enum Descriptive {
    static func mean(_ x: some Collection<Double>) -> Double {
        x.isEmpty ? 0 : x.reduce(0, +) / Double(x.count)
    }

    /// Sample standard deviation (n − 1); 0 below two values.
    static func standardDeviation(_ x: some Collection<Double>) -> Double {
        guard x.count > 1 else { return 0 }
        let m = mean(x)
        let ss = x.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        return (ss / Double(x.count - 1)).squareRoot()
    }

    /// Median; 0 when empty.
    static func median(_ x: [Double]) -> Double {
        guard !x.isEmpty else { return 0 }
        let s = x.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Weighted mean; 0 when the weights sum to 0.
    static func weightedMean(_ y: some Collection<Double>, _ w: some Collection<Double>) -> Double {
        let total = w.reduce(0, +)
        return total > 0 ? zip(y, w).reduce(0) { $0 + $1.0 * $1.1 } / total : 0
    }

    /// Weighted least-squares slope of `y` against 0, 1, 2, ...; 0 when fewer than two values
    /// have positive weight.
    static func weightedSlope(_ y: some Collection<Double>, _ w: some Collection<Double>) -> Double {
        let t = (0..<y.count).map(Double.init)
        let tMean = weightedMean(t, w), yMean = weightedMean(y, w)
        var sxy = 0.0, sxx = 0.0
        for ((ti, yi), wi) in zip(zip(t, y), w) {
            sxy += wi * (ti - tMean) * (yi - yMean)
            sxx += wi * (ti - tMean) * (ti - tMean)
        }
        return sxx > 1e-12 ? sxy / sxx : 0
    }
}
