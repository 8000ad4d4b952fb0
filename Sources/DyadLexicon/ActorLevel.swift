/// The rank of a government actor, which CAMEO codes cannot express: analysts need to tell a
/// meeting of presidents from one of experts.
public enum ActorLevel: String, Sendable, CaseIterable, Codable, Comparable {
    /// Head of state or government.
    case head
    /// Minister or secretary.
    case minister
    /// Deputy or vice minister, junior minister.
    case deputy
    /// National security adviser or council.
    case security
    /// Ambassador, envoy, negotiator.
    case diplomat
    /// Member of a legislature.
    case legislator
    /// Military chief or commander.
    case military
    /// Intelligence chief.
    case intelligence
    /// Experts, working groups, officials below the political level.
    case expert
    /// Unspecified official.
    case official

    /// Rank for sorting: heads first.
    public static func < (a: ActorLevel, b: ActorLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
