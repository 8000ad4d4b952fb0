/// A country or organisation engaged with A or B, and its relations with each of them.
public struct ThirdParty: Sendable, Codable, Equatable {
    /// The country or organisation code (see ``ActorCode/principal(_:)``).
    public var actor: String
    /// Weighted events with A.
    public var withAEvents: Int
    /// Weighted events with B.
    public var withBEvents: Int
    /// Net cooperation with A over the whole report (0 with no events).
    public var withANetCooperation: Double
    /// Net cooperation with B over the whole report.
    public var withBNetCooperation: Double
    /// Per period, both directions between A and this party.
    public var withA: [SeriesCell]
    /// Per period, both directions between B and this party.
    public var withB: [SeriesCell]

    /// Weighted events with A or B: what third parties are ranked by.
    public var engagement: Int { withAEvents + withBEvents }
}
