import DyadCoder

/// Measures the relationship between two actors from coded events.
///
/// Events are aggregated in one pass into per-period buckets (O(1) work per event), so the
/// analyzer does not care where they come from: an array, a file being read, or a database
/// cursor fed through ``add(_:mentions:)``.
///
/// ```swift
/// var options = RelationOptions()
/// options.period = .quarter
/// let report = try RelationAnalyzer(events: events, a: "USA", b: "RUS", options: options).report()
/// print(TerminalRenderer().render(report))
/// ```
///
/// Actor codes match by prefix: "USA" matches USA, USAGOV and USAMIL. Only asserted events
/// count unless ``RelationOptions/allFactualities`` is set. An event is dated by its `date`,
/// else by its document's date.
public struct RelationAnalyzer: Sendable {
    /// Actor A's code prefix (upper case).
    public let a: String
    /// Actor B's code prefix (upper case).
    public let b: String
    /// The options.
    public let options: RelationOptions
    private var accumulator: RelationAccumulator

    /// An analyzer with no events yet; fails when the actors or options are unusable.
    public init(a: String, b: String, options: RelationOptions = RelationOptions()) throws {
        let a = ActorCode.normalized(a), b = ActorCode.normalized(b)
        guard !a.isEmpty, !b.isEmpty else { throw RelationError("give two actor codes, such as USA RUS") }
        guard !a.hasPrefix(b), !b.hasPrefix(a) else {
            throw RelationError("\(a) and \(b) overlap: one code is a prefix of the other, so events cannot be told apart")
        }
        if let from = options.from, let to = options.to, from > to {
            throw RelationError("the from date \(from) is after the to date \(to)")
        }
        guard options.minimumPhaseLength >= 1 else { throw RelationError("the minimum phase length must be at least 1") }
        guard options.penaltyScale >= 0, options.penaltyScale.isFinite else { throw RelationError("the penalty scale must be 0 or more") }
        guard options.normalRangeK > 0, options.normalRangeK.isFinite else { throw RelationError("k must be above 0") }
        guard options.titForTatWindow >= 0 else { throw RelationError("the tit-for-tat window must be 0 days or more") }
        guard options.phaseMeasure != .goldsteinSum else {
            throw RelationError("phases need a bounded measure: net-cooperation or goldstein-mean")
        }
        self.a = a
        self.b = b
        self.options = options
        accumulator = RelationAccumulator(a: a, b: b, options: options)
    }

    /// An analyzer over `events`, each counting once.
    public init(
        events: some Sequence<CodedEvent>, a: String, b: String,
        options: RelationOptions = RelationOptions()
    ) throws {
        try self.init(a: a, b: b, options: options)
        for event in events { accumulator.add(event, weight: 1) }
    }

    /// An analyzer over events with mention counts (used with ``CountMode/mentions``).
    public init(
        weightedEvents: some Sequence<WeightedEvent>, a: String, b: String,
        options: RelationOptions = RelationOptions()
    ) throws {
        try self.init(a: a, b: b, options: options)
        for item in weightedEvents { add(item.event, mentions: item.mentions) }
    }

    /// Adds one event reported `mentions` times.
    public mutating func add(_ event: CodedEvent, mentions: Int = 1) {
        accumulator.add(event, weight: options.count == .mentions ? max(1, mentions) : 1)
    }

    /// The report on the events added so far.
    public func report() -> RelationReport { ReportBuilder(accumulator: accumulator).build() }
}
