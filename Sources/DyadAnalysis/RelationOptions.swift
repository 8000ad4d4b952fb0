import DyadText

/// The length of the periods a relation report is aggregated into.
public enum PeriodUnit: String, Sendable, Codable, CaseIterable {
    /// Calendar days.
    case day
    /// ISO weeks, Monday to Sunday.
    case week
    /// Calendar months.
    case month
    /// Calendar quarters (January-March, ...).
    case quarter
}

/// What one event contributes to counts and sums.
public enum CountMode: String, Sendable, Codable, CaseIterable {
    /// Every event record counts once.
    case events
    /// Every event counts as many times as it was reported (its ``WeightedEvent/mentions``).
    case mentions
}

/// A per-period value derived from a ``SeriesCell``.
public enum SeriesMeasure: String, Sendable, Codable, CaseIterable {
    /// (C+ − C−)/(C+ + C−), in [−1, 1].
    case netCooperation = "net-cooperation"
    /// Mean Goldstein weight, in [−10, 10].
    case goldsteinMean = "goldstein-mean"
    /// Sum of Goldstein weights: the volume-sensitive measure of action-reaction studies.
    case goldsteinSum = "goldstein-sum"

    /// The value of this measure in `cell`.
    public func value(of cell: SeriesCell) -> Double {
        switch self {
        case .netCooperation: cell.netCooperation
        case .goldsteinMean: cell.goldsteinMean
        case .goldsteinSum: cell.goldsteinSum
        }
    }

    /// The size of one unit of the net-cooperation scale on this measure's scale; phase
    /// thresholds are written for net cooperation and multiplied by this.
    var scale: Double {
        switch self {
        case .netCooperation: 1
        case .goldsteinMean, .goldsteinSum: 10
        }
    }
}

/// Everything that can be tuned in a relation report. The defaults are the documented ones.
public struct RelationOptions: Sendable, Codable, Equatable {
    /// First day included; nil for the first event.
    public var from: Day?
    /// Last day included; nil for the last event.
    public var to: Day?
    /// Period length.
    public var period: PeriodUnit = .month
    /// Whether events or mentions are counted.
    public var count: CountMode = .events
    /// Use all factualities, not only asserted events.
    public var allFactualities = false
    /// The series that phases, stability and predictability are computed on
    /// (net cooperation or Goldstein mean).
    public var phaseMeasure: SeriesMeasure = .netCooperation
    /// Shortest phase, in periods.
    public var minimumPhaseLength = 3
    /// Multiplies the changepoint penalty (see ``ChangepointDetector``): above 1 gives fewer phases.
    public var penaltyScale = 1.0
    /// The normal relations range is mean ± k·sd.
    public var normalRangeK = 1.0
    /// The series the action-reaction regression is fitted on.
    public var reciprocityMeasure: SeriesMeasure = .goldsteinSum
    /// Fewest regression observations (period pairs) for the action-reaction regression.
    public var minimumRegressionPeriods = 8
    /// Days within which a move must be answered to make a tit-for-tat pair.
    public var titForTatWindow = 30
    /// How many third parties to report.
    public var thirdPartyCount = 5
    /// How many events mark the start of a phase.
    public var markingEvents = 3
    /// How many of a phase's first periods its marking events are drawn from.
    public var markingPeriods = 2
    /// Most event ids kept per cell (nil: all). Counts stay exact; only the id lists are cut.
    public var evidenceLimit: Int?

    /// The default options.
    public init() {}
}
