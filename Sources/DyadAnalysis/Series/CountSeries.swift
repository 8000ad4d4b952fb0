/// A weighted count in one period, with its event ids.
public struct CountCell: Sendable, Codable, Equatable {
    /// Counted weight (events or mentions).
    public var weight = 0
    /// Ids of the events (at most ``RelationOptions/evidenceLimit``).
    public var eventIds: [String] = []

    /// An empty cell.
    public init() {}

    mutating func add(id: String, weight w: Int, limit: Int) {
        weight += w
        if eventIds.count < limit { eventIds.append(id) }
    }
}

/// A named count per period: one meeting channel, or one issue.
public struct CountSeries: Sendable, Codable, Equatable {
    /// The channel or issue.
    public var name: String
    /// Total weight over all periods.
    public var total: Int
    /// Share of the dyad's events (or of its meetings, for channels) over all periods, in [0, 1].
    public var share: Double
    /// One cell per report period.
    public var cells: [CountCell]
    /// Share per period (0 in periods with no events), in [0, 1].
    public var shares: [Double]

    /// The series `name` from its `cells` and the per-period `totals` they are shares of.
    init(name: String, cells: [CountCell], totals: [Int]) {
        self.name = name
        self.cells = cells
        total = cells.reduce(0) { $0 + $1.weight }
        let grand = totals.reduce(0, +)
        share = grand > 0 ? Double(total) / Double(grand) : 0
        shares = zip(cells, totals).map { $1 > 0 ? Double($0.weight) / Double($1) : 0 }
    }
}
