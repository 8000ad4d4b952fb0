/// Splits the A–B series (both directions) into labelled phases with their marking events.
///
/// Each period weighs by its number of events (mentions with ``CountMode/mentions``), capped at
/// three times the median of the periods that have events so that one flood of reports cannot
/// carry a phase; periods without events weigh nothing. A phase's level is the weighted mean of
/// its periods and its trend the weighted least-squares slope.
struct PhaseFinder: Sendable {
    var options: RelationOptions

    /// The phases of `cells` (one per report period, both directions merged); nil when there
    /// are no periods.
    func phases(_ cells: [CellAccumulator], periods: [ReportPeriod]) -> PhaseReport? {
        guard !cells.isEmpty else { return nil }
        let measure = options.phaseMeasure
        let finished = cells.map(\.finished)
        let values = finished.map(measure.value(of:))
        let weights = Self.weights(finished)
        let floor = 0.05 * measure.scale
        let sigma = ChangepointDetector.noiseLevel(of: values, weights: weights, floor: floor)
        let penalty = ChangepointDetector.penalty(for: values, weights: weights, scale: options.penaltyScale, floor: floor)
        let detector = ChangepointDetector(minimumLength: options.minimumPhaseLength, penalty: penalty)
        let labeler = PhaseLabeler(scale: measure.scale)
        var phases: [Phase] = []
        for segment in detector.segments(values, weights: weights) {
            let level = Descriptive.weightedMean(values[segment], weights[segment])
            let trend = Descriptive.weightedSlope(values[segment], weights[segment])
            let change = phases.last.map { level - $0.level }
            let empty = finished[segment].filter(\.isEmpty).count
            let (label, reason) = labeler.label(
                level: level, change: change, trend: trend,
                periods: segment.count, emptyPeriods: empty)
            let marking = markingEvents(
                cells[segment].prefix(options.markingPeriods), label: label,
                direction: change ?? level)
            phases.append(
                Phase(
                    label: label, reason: reason,
                    start: periods[segment.lowerBound].start, end: periods[segment.upperBound - 1].end,
                    firstPeriod: segment.lowerBound, lastPeriod: segment.upperBound - 1,
                    level: level, trend: trend, change: change, emptyPeriods: empty,
                    events: finished[segment].reduce(0) { $0 + $1.events }, markingEvents: marking))
        }
        let method = """
            PELT changepoints in the mean of \(measure.rawValue) per \(options.period.noun), periods weighted \
            by their events (capped at 3× the median); \
            penalty \(Format.fixed(options.penaltyScale)) × 3σ²·ln(n) = \(Format.fixed(penalty, digits: 4)) \
            with noise σ = \(Format.fixed(sigma, digits: 3)) per event (from period-to-period differences, floor \
            \(Format.fixed(floor))); phases at least \(options.minimumPhaseLength) \(options.period.noun)s long
            """
        return PhaseReport(measure: measure, method: method, penalty: penalty, noiseLevel: sigma, phases: phases)
    }

    /// Events per period, capped at three times the median of the periods with events.
    static func weights(_ cells: [SeriesCell]) -> [Double] {
        let counts = cells.map { Double($0.weight) }
        let cap = 3 * Descriptive.median(counts.filter { $0 > 0 })
        return counts.map { min($0, cap) }
    }

    /// The most extreme events of the phase's first periods, conflictual ones for phases of
    /// conflict or falling relations, cooperative ones otherwise (the other kind when a
    /// phase's first periods have none).
    private func markingEvents(_ first: ArraySlice<CellAccumulator>, label: PhaseLabel, direction: Double)
        -> [EventRef]
    {
        var merged = CellAccumulator()
        let limits = EvidenceLimits(ids: 0, extremes: options.markingEvents)
        for cell in first { merged.merge(cell, limits: limits) }
        let conflictual: Bool =
            switch label {
            case .escalation, .confrontation: true
            case .thaw, .rapprochement, .cooperation: false
            case .coldPeace: direction < 0
            }
        let (preferred, other) =
            conflictual
            ? (merged.mostConflictual, merged.mostCooperative)
            : (merged.mostCooperative, merged.mostConflictual)
        return preferred.isEmpty ? other : preferred
    }
}
