/// How much the relationship moves, and its normal range.
public struct StabilityReport: Sendable, Codable, Equatable {
    /// The series measured.
    public var measure: SeriesMeasure
    /// Periods measured.
    public var periods: Int
    /// Mean of the series.
    public var mean: Double
    /// Volatility: the standard deviation of the series.
    public var volatility: Double
    /// The k of the normal range mean ± k·sd.
    public var k: Double
    /// Lower end of the normal range.
    public var normalLow: Double
    /// Upper end of the normal range.
    public var normalHigh: Double
    /// Share of periods inside the normal range, in [0, 1].
    public var shareInside: Double
    /// Positions (in the report's periods) of the periods outside the range.
    public var periodsOutside: [Int]
    /// What the volatility means, in plain English.
    public var volatilityMeaning: String
    /// What the normal range means, in plain English.
    public var rangeMeaning: String

    /// The stability of `values` (one per period), nil below three periods.
    init?(values: [Double], measure: SeriesMeasure, k: Double, unit: PeriodUnit) {
        guard values.count >= 3 else { return nil }
        self.measure = measure
        periods = values.count
        mean = Descriptive.mean(values)
        volatility = Descriptive.standardDeviation(values)
        self.k = k
        normalLow = mean - k * volatility
        normalHigh = mean + k * volatility
        let (low, high) = (normalLow, normalHigh)
        periodsOutside = values.indices.filter { values[$0] < low - 1e-12 || values[$0] > high + 1e-12 }
        shareInside = Double(values.count - periodsOutside.count) / Double(values.count)
        let scale = measure == .netCooperation ? " on a scale from −1 (all conflict) to +1 (all cooperation)" : ""
        volatilityMeaning = """
            A typical \(unit.noun) lies about \(Format.fixed(volatility)) away from the average \
            of \(Format.signed(mean))\(scale); the larger, the more erratic the relationship.
            """
        rangeMeaning = """
            Relations normally sit between \(Format.signed(normalLow)) and \(Format.signed(normalHigh)) \
            (mean ± \(Format.fixed(k, digits: 1)) sd); \(Format.percent(shareInside)) of \(unit.noun)s \
            fell inside, the others were unusually warm or cold.
            """
    }
}
