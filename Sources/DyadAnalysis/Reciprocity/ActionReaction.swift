/// The action-reaction regression y_R(t) = a + b·y_S(t−1) + c·y_R(t−1) of a reactor R on a
/// stimulus from S, fitted by OLS over consecutive periods (Goldstein and Freeman's model of
/// reciprocity).
///
/// b is reciprocity: how R's behaviour towards S in a period follows S's behaviour towards R
/// in the period before. c is R's inertia. With the default measure, y is the Goldstein sum
/// per period (periods without events count 0).
public struct ActionReaction: Sendable, Codable, Equatable {
    /// Confidence level of ``responseInterval``.
    public static let confidence = 0.95

    /// The reacting actor.
    public var reactor: String
    /// The actor reacted to.
    public var stimulus: String
    /// The series regressed.
    public var measure: SeriesMeasure
    /// Period pairs used.
    public var observations: Int
    /// Intercept a.
    public var intercept: Double
    /// Reciprocity b.
    public var response: Double
    /// Standard error of b.
    public var responseStandardError: Double
    /// 95% confidence interval of b (Student t with observations − 3 degrees of freedom).
    public var responseInterval: [Double]
    /// Inertia c.
    public var inertia: Double
    /// Standard error of c.
    public var inertiaStandardError: Double
    /// Share of variance explained.
    public var rSquared: Double
    /// What b means, in plain English.
    public var meaning: String

    /// Fits the regression; nil (insufficient data) below `minimumObservations` period pairs
    /// or when a series never varies.
    init?(
        reactor: String, reactorSeries r: [Double], stimulus: String, stimulusSeries s: [Double],
        measure: SeriesMeasure, minimumObservations: Int, unit: PeriodUnit
    ) {
        guard r.count == s.count, r.count - 1 >= max(minimumObservations, 4) else { return nil }
        let rows = (1..<r.count).map { [1, s[$0 - 1], r[$0 - 1]] }
        guard let fit = LeastSquares(rows: rows, y: Array(r.dropFirst())) else { return nil }
        self.reactor = reactor
        self.stimulus = stimulus
        self.measure = measure
        observations = fit.observations
        intercept = fit.coefficients[0]
        response = fit.coefficients[1]
        responseStandardError = fit.standardErrors[1]
        inertia = fit.coefficients[2]
        inertiaStandardError = fit.standardErrors[2]
        rSquared = fit.rSquared
        let t = StudentT.quantile(1 - (1 - Self.confidence) / 2, degreesOfFreedom: fit.degreesOfFreedom)
        responseInterval = [response - t * responseStandardError, response + t * responseStandardError]
        let (low, high) = (responseInterval[0], responseInterval[1])
        let interval = "95% CI \(Format.signed(low)) to \(Format.signed(high))"
        meaning =
            if low > 0 {
                "\(reactor) reciprocates: after a \(unit.noun) of cooperation (conflict) from \(stimulus) it is more cooperative (conflictual) the next \(unit.noun); b = \(Format.signed(response)), \(interval)."
            } else if high < 0 {
                "\(reactor) answers \(stimulus) inversely: it turns more conflictual after \(stimulus)'s cooperation and vice versa; b = \(Format.signed(response)), \(interval)."
            } else {
                "No clear reciprocity: \(reactor)'s next \(unit.noun) does not detectably follow \(stimulus)'s behaviour; b = \(Format.signed(response)), \(interval) includes 0."
            }
    }
}
