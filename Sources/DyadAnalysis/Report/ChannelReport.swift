/// Meetings and calls (CAMEO 040-046) between A and B by the levels of those who took part.
public struct ChannelReport: Sendable, Codable, Equatable {
    /// Channels ("head + head", "minister + minister", ...), busiest first. Shares are of all
    /// A–B meetings.
    public var channels: [CountSeries]
    /// Meetings per period, all channels.
    public var meetings: [Int]
}
