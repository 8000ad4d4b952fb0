/// The events of one period (and one direction) summed up, with the ids behind the figures.
public struct SeriesCell: Sendable, Codable, Equatable {
    /// Number of event records.
    public var events = 0
    /// Counted weight: `events`, or the mention total with ``CountMode/mentions``.
    public var weight = 0
    /// Weighted counts for QuadClass 1 to 4 (index 0 is QuadClass 1).
    public var quadClass = [0, 0, 0, 0]
    /// Sum of weighted Goldstein scores.
    public var goldsteinSum = 0.0
    /// Mean Goldstein score; 0 when empty.
    public var goldsteinMean = 0.0
    /// Cooperation C+: the sum of positive weighted Goldstein scores.
    public var cooperation = 0.0
    /// Conflict C−: the sum of the absolute values of negative weighted Goldstein scores.
    public var conflict = 0.0
    /// (C+ − C−)/(C+ + C−) in [−1, 1]; 0 when there is neither cooperation nor conflict.
    public var netCooperation = 0.0
    /// True when the period has no events (the figures are then 0, never NaN).
    public var isEmpty = true
    /// Ids of the events (at most ``RelationOptions/evidenceLimit``).
    public var eventIds: [String] = []

    /// An empty cell.
    public init() {}
}
