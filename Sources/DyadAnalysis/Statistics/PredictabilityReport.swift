/// How well next period's value can be forecast: an AR(1) model against "same as last period".
///
/// Forecasts are out of sample: the value of period t is forecast by an AR(1) model
/// y(t) = α + φ·y(t−1) fitted by least squares on periods before t only (an expanding window,
/// starting once ``minimumTraining`` values are known), and by the naive forecast y(t−1).
public struct PredictabilityReport: Sendable, Codable, Equatable {
    /// Values known before the first forecast.
    public static let minimumTraining = 5
    /// Fewest forecasts for a report.
    public static let minimumForecasts = 3

    /// The series forecast.
    public var measure: SeriesMeasure
    /// Number of one-step forecasts scored.
    public var forecasts: Int
    /// AR(1) intercept α fitted on the whole series.
    public var intercept: Double
    /// AR(1) persistence φ fitted on the whole series.
    public var persistence: Double
    /// Root mean squared error of the AR(1) forecasts.
    public var arRMSE: Double
    /// Mean absolute error of the AR(1) forecasts.
    public var arMAE: Double
    /// Root mean squared error of the naive forecasts.
    public var naiveRMSE: Double
    /// Mean absolute error of the naive forecasts.
    public var naiveMAE: Double
    /// 1 − arRMSE/naiveRMSE: above 0 when the model beats the naive forecast (0 when both are perfect).
    public var skill: Double
    /// What the errors mean, in plain English.
    public var meaning: String

    /// Scores forecasts of `values`; nil when there are too few periods.
    init?(values: [Double], measure: SeriesMeasure, unit: PeriodUnit) {
        let start = Self.minimumTraining
        guard values.count >= start + Self.minimumForecasts else { return nil }
        var fit = AR1Fit()
        for t in 1..<start { fit.add(previous: values[t - 1], value: values[t]) }
        var arSquared = 0.0, arAbsolute = 0.0, naiveSquared = 0.0, naiveAbsolute = 0.0
        for t in start..<values.count {
            let arError = values[t] - fit.forecast(after: values[t - 1])
            let naiveError = values[t] - values[t - 1]
            arSquared += arError * arError; arAbsolute += abs(arError)
            naiveSquared += naiveError * naiveError; naiveAbsolute += abs(naiveError)
            fit.add(previous: values[t - 1], value: values[t])
        }
        let n = Double(values.count - start)
        self.measure = measure
        forecasts = values.count - start
        (intercept, persistence) = fit.coefficients
        arRMSE = (arSquared / n).squareRoot(); arMAE = arAbsolute / n
        naiveRMSE = (naiveSquared / n).squareRoot(); naiveMAE = naiveAbsolute / n
        skill = naiveRMSE > 0 ? 1 - arRMSE / naiveRMSE : 0
        let verdict = skill > 0.05 ? "beats" : skill < -0.05 ? "does worse than" : "does about as well as"
        let memory =
            persistence > 0.5
            ? "relations carry over strongly from one \(unit.noun) to the next"
            : persistence > 0.1
                ? "relations carry over somewhat from one \(unit.noun) to the next"
                : "each \(unit.noun) owes little to the one before"
        meaning = """
            Forecasting next \(unit.noun) from this one misses by \(Format.fixed(arRMSE)) on average (RMSE; \
            MAE \(Format.fixed(arMAE))), which \(verdict) assuming no change (RMSE \(Format.fixed(naiveRMSE))); \
            persistence φ = \(Format.signed(persistence)): \(memory).
            """
    }
}

/// Running least-squares fit of y(t) = α + φ·y(t−1).
struct AR1Fit: Sendable {
    private var n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0

    mutating func add(previous x: Double, value y: Double) {
        n += 1; sx += x; sy += y; sxx += x * x; sxy += x * y
    }

    /// (α, φ); (mean, 0) when the previous values never varied.
    var coefficients: (Double, Double) {
        guard n > 0 else { return (0, 0) }
        let varX = sxx - sx * sx / n
        guard varX > 1e-12 * max(1, sxx) else { return (sy / n, 0) }
        let phi = (sxy - sx * sy / n) / varX
        return ((sy - phi * sx) / n, phi)
    }

    func forecast(after x: Double) -> Double {
        let (alpha, phi) = coefficients
        return alpha + phi * x
    }
}
