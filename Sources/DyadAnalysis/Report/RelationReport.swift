/// The A–B series per period, one cell per report period in each direction.
public struct DirectedSeries: Sendable, Codable, Equatable {
    /// Events from A to B.
    public var aToB: [SeriesCell]
    /// Events from B to A.
    public var bToA: [SeriesCell]
    /// Both directions together.
    public var both: [SeriesCell]
}

/// Everything known about the relationship between A and B: series, phases, stability,
/// predictability, reciprocity, channels, agenda and third parties, each figure with the ids
/// of its events. Encodes to JSON as is; ``TerminalRenderer`` and ``HTMLRenderer`` draw it.
public struct RelationReport: Sendable, Codable, Equatable {
    /// Actor A's code prefix.
    public var actorA: String
    /// Actor B's code prefix.
    public var actorB: String
    /// The options the report was made with.
    public var options: RelationOptions
    /// What happened to the input events.
    public var input: InputSummary
    /// The periods, consecutive, from the first to the last (or the from/to dates).
    public var periods: [ReportPeriod]
    /// Per-period figures for A→B, B→A and both.
    public var series: DirectedSeries
    /// Phases of the relationship; nil when there are no periods.
    public var phases: PhaseReport?
    /// Volatility and normal range; nil below three periods.
    public var stability: StabilityReport?
    /// Forecast errors; nil with too few periods.
    public var predictability: PredictabilityReport?
    /// Action-reaction regressions and tit-for-tat pairs.
    public var reciprocity: ReciprocityReport
    /// Meetings and calls by level.
    public var channels: ChannelReport
    /// Issues.
    public var agenda: AgendaReport
    /// The countries and organisations most engaged with A or B.
    public var thirdParties: [ThirdParty]
    /// Notes for the reader: empty input, unknown actors, sparse data, missing analyses.
    public var messages: [String]

    /// Whether there is anything between A and B to show.
    public var hasDyadEvents: Bool { input.dyad > 0 }
}

/// An invalid relation request.
public struct RelationError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What is wrong, in words.
    public var description: String

    init(_ description: String) { self.description = description }
}
