import DyadCoder

/// An event with the number of times it was reported, for ``CountMode/mentions``.
///
/// An event store that merges the same event reported by many documents passes its mention
/// count here; events read from a JSON Lines file count once.
public struct WeightedEvent: Sendable {
    /// The event.
    public var event: CodedEvent
    /// How many times it was reported (at least 1).
    public var mentions: Int

    /// `event` reported `mentions` times.
    public init(_ event: CodedEvent, mentions: Int = 1) {
        self.event = event
        self.mentions = max(1, mentions)
    }
}
