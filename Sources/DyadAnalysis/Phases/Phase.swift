import DyadText

/// What kind of phase a relationship was in. See ``PhaseLabeler`` for the rules.
public enum PhaseLabel: String, Sendable, Codable, CaseIterable {
    /// Falling sharply into conflict.
    case escalation
    /// Stable conflict.
    case confrontation
    /// Low-level: little cooperation and little conflict, or flat and slightly negative.
    case coldPeace = "cold peace"
    /// Rising out of conflict, not yet cooperative.
    case thaw
    /// Rising into cooperation.
    case rapprochement
    /// Stable cooperation.
    case cooperation
}

/// A stretch of periods in which the relationship kept one level.
public struct Phase: Sendable, Codable, Equatable {
    /// The label.
    public var label: PhaseLabel
    /// Why the label was chosen, in words (the rule and the figures).
    public var reason: String
    /// First day of the first period.
    public var start: Day
    /// Last day of the last period.
    public var end: Day
    /// Position of the first period in the report's periods.
    public var firstPeriod: Int
    /// Position of the last period in the report's periods.
    public var lastPeriod: Int
    /// Mean of the phase measure over the phase, periods weighted by their events (empty
    /// periods do not count).
    public var level: Double
    /// Weighted least-squares slope of the phase measure, per period.
    public var trend: Double
    /// Level minus the previous phase's level; nil for the first phase.
    public var change: Double?
    /// Periods in the phase without any A–B event.
    public var emptyPeriods: Int
    /// A–B events in the phase (both directions).
    public var events: Int
    /// The events that mark the phase's start: the most extreme events of its first periods,
    /// in the direction of the change (most conflictual when relations worsened).
    public var markingEvents: [EventRef]

    /// Number of periods.
    public var periods: Int { lastPeriod - firstPeriod + 1 }
}

/// Phases and how they were found.
public struct PhaseReport: Sendable, Codable, Equatable {
    /// The series the changepoints were found on.
    public var measure: SeriesMeasure
    /// The method, in words, with the penalty used.
    public var method: String
    /// The penalty per phase, in squared units of the measure.
    public var penalty: Double
    /// The estimated noise standard deviation per unit weight (one event) the penalty was
    /// computed from.
    public var noiseLevel: Double
    /// The phases, in time order, covering every period.
    public var phases: [Phase]
}
