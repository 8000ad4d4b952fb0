import DyadText

/// What a store holds.
public struct StoreStats: Sendable, Hashable {
    /// Stored documents.
    public var documents = 0
    /// Stored events (each counted once however many documents report it).
    public var events = 0
    /// Mentions: event reports, one per event per sentence that reports it.
    public var mentions = 0
    /// The earliest event date, when any event has a date.
    public var firstDate: Day?
    /// The latest event date.
    public var lastDate: Day?

    /// Empty statistics.
    public init() {}
}
