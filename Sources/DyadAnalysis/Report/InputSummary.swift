/// What happened to the input events: how many were used and why the others were not.
public struct InputSummary: Sendable, Codable, Equatable {
    /// Events read.
    public var read = 0
    /// Events naming actor A on either side (before any filtering).
    public var namingA = 0
    /// Events naming actor B on either side (before any filtering).
    public var namingB = 0
    /// Events skipped because they were not asserted.
    public var notAsserted = 0
    /// Events skipped because neither the event nor its document had a date.
    public var undated = 0
    /// Events skipped because they fell outside the from/to dates.
    public var outsideDates = 0
    /// Events between A and B that were used.
    public var dyad = 0
    /// Events between A or B and a third party that were used.
    public var thirdParty = 0

    /// An empty summary.
    public init() {}
}
