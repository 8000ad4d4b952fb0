import DyadText

/// An office a person held between two dates.
public struct Role: Sendable, Hashable {
    /// First day in office; nil when unknown or long ago.
    public var from: Day?
    /// Last day in office (the day a successor took over); nil while in office.
    public var to: Day?
    /// The actor code the person acts for: "RUSGOV", "USALEG", "NATO".
    public var code: String
    /// The level of the office.
    public var level: ActorLevel
    /// The title as people write it: "Foreign Minister".
    public var title: String

    /// Whether the role was held on `day`.
    public func contains(_ day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
    }
}

/// A named official with dated roles.
public struct Person: Sendable, Hashable {
    /// The full name as first written in the lexicon.
    public var name: String
    /// The country the person belongs to, used outside any role.
    public var country: String
    /// Offices held, in the order the lexicon lists them.
    public var roles: [Role]
    /// Where the person was defined ("people-usa.txt:12").
    public var origin: String

    /// The role held on `day`, preferring the latest-starting one when roles overlap; nil
    /// when the person held no role then. Without a day, the most recent role.
    public func role(on day: Day?) -> Role? {
        guard let day else { return roles.max { ($0.from ?? Day(ordinal: .min)) < ($1.from ?? Day(ordinal: .min)) } }
        return roles.filter { $0.contains(day) }.max { ($0.from ?? Day(ordinal: .min)) < ($1.from ?? Day(ordinal: .min)) }
    }
}
