/// Labels a phase from its level, its change from the previous phase and its trend.
///
/// Thresholds are on the net-cooperation scale [−1, 1] (multiplied by 10 for the Goldstein
/// mean). With `level` the phase mean and `shift` the break from the previous phase
/// (level − previous level) when that is sharp, else the phase's own fitted rise
/// (slope × (periods − 1)), the first rule that applies wins:
///
/// 1. **escalation**: level ≤ −0.2 and shift ≤ −0.3 (falling sharply into conflict);
/// 2. **rapprochement**: level ≥ +0.2 and shift ≥ +0.3 (rising into cooperation);
/// 3. **thaw**: level < +0.2 and shift ≥ +0.3 (rising out of conflict, not yet cooperative);
/// 4. **cold peace**: at least half the periods have no events and |level| < 0.5 (a quiet
///    relationship: little cooperation and little conflict);
/// 5. **confrontation**: level ≤ −0.2 (stable conflict);
/// 6. **cooperation**: level ≥ +0.2 (stable cooperation);
/// 7. **cold peace**: otherwise, −0.2 < level < +0.2 (low-level or flat, slightly negative).
///
/// A fall from cooperation to a neutral level is therefore cold peace, and a fall within
/// conflict that is not sharp is confrontation.
public struct PhaseLabeler: Sendable {
    /// Level at or above which a phase is cooperative (net-cooperation scale).
    public static let cooperative = 0.2
    /// Level at or below which a phase is conflictual.
    public static let conflictual = -0.2
    /// Size of a sharp change.
    public static let sharp = 0.3
    /// Size of a level that a quiet phase must stay within to be cold peace.
    public static let quietBand = 0.5

    /// 1 for net cooperation, 10 for the Goldstein mean.
    public var scale: Double

    /// A labeler for a measure whose unit is `scale` net-cooperation units.
    public init(scale: Double = 1) { self.scale = scale }

    /// The label of a phase and the reason for it, in words. `change` is the level minus the
    /// previous phase's level (nil for the first phase), `trend` the slope per period.
    public func label(level: Double, change: Double?, trend: Double, periods: Int, emptyPeriods: Int)
        -> (PhaseLabel, String)
    {
        let coop = Self.cooperative * scale, conf = Self.conflictual * scale, sharp = Self.sharp * scale
        let within = trend * Double(max(periods - 1, 0))
        let breaks = change.map { abs($0) >= sharp } ?? false
        let shift = breaks ? change! : within
        let lvl = "level \(f(level))"
        let how = breaks ? "moved \(f(shift)) from the previous phase" : "moved \(f(within)) within the phase"
        if level <= conf, shift <= -sharp {
            return (.escalation, "\(lvl) ≤ \(f(conf)) and \(how) (sharp fall ≤ \(f(-sharp)))")
        }
        if level >= coop, shift >= sharp {
            return (.rapprochement, "\(lvl) ≥ \(f(coop)) and \(how) (sharp rise ≥ \(f(sharp)))")
        }
        if level < coop, shift >= sharp {
            return (.thaw, "\(lvl) < \(f(coop)) and \(how) (sharp rise ≥ \(f(sharp)))")
        }
        if 2 * emptyPeriods >= periods, abs(level) < Self.quietBand * scale {
            return (.coldPeace, "\(emptyPeriods) of \(periods) periods without events, \(lvl)")
        }
        if level <= conf { return (.confrontation, "\(lvl) ≤ \(f(conf)) without a sharp fall") }
        if level >= coop { return (.cooperation, "\(lvl) ≥ \(f(coop)) without a sharp rise") }
        return (.coldPeace, "\(lvl) between \(f(conf)) and \(f(coop))")
    }

    private func f(_ x: Double) -> String { Format.signed(x, digits: scale == 1 ? 2 : 1) }
}
