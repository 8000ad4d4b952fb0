/// Ordinary least squares for a handful of regressors, with classical standard errors.
struct LeastSquares: Sendable {
    /// Coefficients, in the order of the regressor columns.
    var coefficients: [Double]
    /// Their standard errors.
    var standardErrors: [Double]
    /// Observations.
    var observations: Int
    /// Residual degrees of freedom (observations − coefficients).
    var degreesOfFreedom: Int
    /// Coefficient of determination (0 when y does not vary).
    var rSquared: Double

    /// Fits `y = X·β` where each row of `rows` is one observation's regressors (include a
    /// constant 1 for an intercept). Nil when there are no residual degrees of freedom or the
    /// regressors are collinear (for example a series that never changes).
    init?(rows: [[Double]], y: [Double]) {
        let k = rows.first?.count ?? 0
        let n = rows.count
        guard k > 0, n == y.count, n > k else { return nil }
        var xtx = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var xty = [Double](repeating: 0, count: k)
        for (row, v) in zip(rows, y) {
            for i in 0..<k {
                xty[i] += row[i] * v
                for j in 0..<k { xtx[i][j] += row[i] * row[j] }
            }
        }
        guard let inverse = Self.invert(xtx) else { return nil }
        let beta = (0..<k).map { i in (0..<k).reduce(0) { $0 + inverse[i][$1] * xty[$1] } }
        var rss = 0.0
        for (row, v) in zip(rows, y) {
            let fitted = zip(row, beta).reduce(0) { $0 + $1.0 * $1.1 }
            rss += (v - fitted) * (v - fitted)
        }
        let yMean = Descriptive.mean(y)
        let tss = y.reduce(0) { $0 + ($1 - yMean) * ($1 - yMean) }
        let sigma2 = rss / Double(n - k)
        coefficients = beta
        standardErrors = (0..<k).map { max(0, sigma2 * inverse[$0][$0]).squareRoot() }
        observations = n
        degreesOfFreedom = n - k
        rSquared = tss > 0 ? max(0, 1 - rss / tss) : 0
    }

    /// Gauss-Jordan inverse with partial pivoting; nil when (numerically) singular.
    static func invert(_ m: [[Double]]) -> [[Double]]? {
        let k = m.count
        var a = m
        var inv = (0..<k).map { i in (0..<k).map { $0 == i ? 1.0 : 0.0 } }
        let scale = m.enumerated().map { abs($0.element[$0.offset]) }.max() ?? 0
        guard scale > 0 else { return nil }
        for col in 0..<k {
            let pivot = (col..<k).max { abs(a[$0][col]) < abs(a[$1][col]) }!
            guard abs(a[pivot][col]) > 1e-10 * scale else { return nil }
            a.swapAt(col, pivot)
            inv.swapAt(col, pivot)
            let p = a[col][col]
            for j in 0..<k { a[col][j] /= p; inv[col][j] /= p }
            for r in 0..<k where r != col {
                let f = a[r][col]
                guard f != 0 else { continue }
                for j in 0..<k { a[r][j] -= f * a[col][j]; inv[r][j] -= f * inv[col][j] }
            }
        }
        return inv
    }
}
