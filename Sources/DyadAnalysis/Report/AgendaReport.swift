/// The issues on the A–B agenda: for each issue tag (an event's `contexts`), its share of the
/// dyad's events per period and overall. An event with several tags counts for each, so
/// shares can add up to more than 1; ``untagged`` holds events without tags.
public struct AgendaReport: Sendable, Codable, Equatable {
    /// Issues, largest first.
    public var issues: [CountSeries]
    /// Events without issue tags.
    public var untagged: CountSeries
}
