/// Two actor codes or prefixes, as in `--dyad USA,RUS`.
public struct ActorPair: Sendable, Hashable, CustomStringConvertible {
    /// The first actor.
    public var first: String
    /// The second actor.
    public var second: String

    /// The pair `first`-`second`.
    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    public var description: String { "\(first)-\(second)" }
}

/// How active a pair of actors is, counted over asserted events in both directions.
public struct DyadActivity: Sendable, Hashable {
    /// The two actors, in alphabetical order.
    public var pair: ActorPair
    /// Events between them, either direction.
    public var events = 0
    /// Events with `pair.first` as source and `pair.second` as target.
    public var firstToSecond = 0
    /// Events with `pair.second` as source and `pair.first` as target.
    public var secondToFirst = 0

    /// No activity yet between the two actors of `pair`.
    public init(pair: ActorPair) { self.pair = pair }
}

/// Asserted events for one directed pair of full actor codes.
public struct ActorPairCount: Sendable, Hashable {
    /// Source actor code.
    public var source: String
    /// Target actor code.
    public var target: String
    /// Number of events.
    public var events: Int

    /// A count for `source` → `target`.
    public init(source: String, target: String, events: Int) {
        self.source = source
        self.target = target
        self.events = events
    }
}
