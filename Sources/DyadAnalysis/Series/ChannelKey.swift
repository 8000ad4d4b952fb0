import DyadLexicon

/// A meeting channel: the levels of the two sides that met (or called), higher rank first,
/// "unknown" for a side whose level is not known ("head + head", "minister + unknown").
struct ChannelKey: Sendable, Hashable {
    /// The pair packed into an Int, for cheap dictionary keys.
    let rawValue: Int

    private static let unknown = ActorLevel.allCases.count

    init(_ first: ActorLevel?, _ second: ActorLevel?) {
        let x = first.map(Self.rank) ?? Self.unknown
        let y = second.map(Self.rank) ?? Self.unknown
        rawValue = min(x, y) * 16 + max(x, y)
    }

    init(rawValue: Int) { self.rawValue = rawValue }

    /// "head + minister".
    var name: String { "\(Self.name(rawValue / 16)) + \(Self.name(rawValue % 16))" }

    private static func rank(_ level: ActorLevel) -> Int { ActorLevel.allCases.firstIndex(of: level)! }

    private static func name(_ rank: Int) -> String {
        rank < ActorLevel.allCases.count ? ActorLevel.allCases[rank].rawValue : "unknown"
    }
}
