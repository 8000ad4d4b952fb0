/// Turns the accumulated buckets into a ``RelationReport``: fixes the period range, then runs
/// each analysis on the per-period series (work proportional to periods, not events).
struct ReportBuilder {
    let accumulator: RelationAccumulator
    private var options: RelationOptions { accumulator.options }
    private var a: String { accumulator.a.code }
    private var b: String { accumulator.b.code }

    func build() -> RelationReport {
        let range = periodRange()
        let indices = range.map(Array.init) ?? []
        let unit = options.period
        let periods = indices.map { ReportPeriod(unit: unit, index: $0) }
        let ab = range.map(accumulator.ab.values(in:)) ?? []
        let ba = range.map(accumulator.ba.values(in:)) ?? []
        let both = zip(ab, ba).map { x, y in
            var merged = x
            merged.merge(y, limits: accumulator.limits)
            return merged
        }
        let bothCells = both.map(\.finished)
        let measure = options.phaseMeasure
        let values = bothCells.map(measure.value(of:))
        let stability = StabilityReport(values: values, measure: measure, k: options.normalRangeK, unit: unit)
        let predictability = PredictabilityReport(values: values, measure: measure, unit: unit)
        let reciprocity = reciprocity(ab: ab.map(\.finished), ba: ba.map(\.finished))
        let totals = bothCells.map(\.weight)
        var report = RelationReport(
            actorA: a, actorB: b, options: options, input: accumulator.summary, periods: periods,
            series: DirectedSeries(aToB: ab.map(\.finished), bToA: ba.map(\.finished), both: bothCells),
            phases: PhaseFinder(options: options).phases(both, periods: periods),
            stability: stability, predictability: predictability, reciprocity: reciprocity,
            channels: channels(indices), agenda: agenda(indices, totals: totals),
            thirdParties: thirdParties(range), messages: [])
        report.messages = ReportMessages(report: report).all
        return report
    }

    /// From/to when given, else the span of the A–B events, else of the third-party events.
    private func periodRange() -> ClosedRange<Int>? {
        let unit = options.period
        let dyad = union(accumulator.ab.bounds, accumulator.ba.bounds)
        let others = accumulator.thirdParties.values.reduce(nil as ClosedRange<Int>?) {
            union($0, union($1.withA.bounds, $1.withB.bounds))
        }
        let span = dyad ?? others
        let low = options.from.map(unit.index(of:)) ?? span?.lowerBound
        let high = options.to.map(unit.index(of:)) ?? span?.upperBound
        guard let low, let high else {
            return (low ?? high).map { $0...$0 }
        }
        return low <= high ? low...high : nil
    }

    private func union(_ x: ClosedRange<Int>?, _ y: ClosedRange<Int>?) -> ClosedRange<Int>? {
        guard let x else { return y }
        guard let y else { return x }
        return min(x.lowerBound, y.lowerBound)...max(x.upperBound, y.upperBound)
    }

    private func reciprocity(ab: [SeriesCell], ba: [SeriesCell]) -> ReciprocityReport {
        let measure = options.reciprocityMeasure
        let yAB = ab.map(measure.value(of:)), yBA = ba.map(measure.value(of:))
        let fit = { (reactor: String, r: [Double], stimulus: String, s: [Double]) in
            ActionReaction(
                reactor: reactor, reactorSeries: r, stimulus: stimulus, stimulusSeries: s,
                measure: measure, minimumObservations: self.options.minimumRegressionPeriods,
                unit: self.options.period)
        }
        let bReacts = fit(b, yBA, a, yAB), aReacts = fit(a, yAB, b, yBA)
        var messages: [String] = []
        let pairs = max(0, ab.count - 1)
        for (reactor, result) in [(b, bReacts), (a, aReacts)] where result == nil {
            messages.append(
                pairs < max(options.minimumRegressionPeriods, 4)
                    ? "Action-reaction regression for \(reactor): insufficient data (\(pairs) period pairs, need \(max(options.minimumRegressionPeriods, 4)))."
                    : "Action-reaction regression for \(reactor): insufficient data (a series never varies).")
        }
        let pairsFound = TitForTatFinder(window: options.titForTatWindow).pairs(accumulator.moves.values)
        return ReciprocityReport(
            bReactsToA: bReacts, aReactsToB: aReacts, windowDays: options.titForTatWindow,
            pairs: pairsFound, messages: messages)
    }

    private func channels(_ indices: [Int]) -> ChannelReport {
        let cells = accumulator.channels.map { key, buckets in
            (ChannelKey(rawValue: key).name, indices.map { buckets[$0] })
        }
        let meetings = indices.indices.map { i in cells.reduce(0) { $0 + $1.1[i].weight } }
        let series = cells.map { CountSeries(name: $0.0, cells: $0.1, totals: meetings) }
        return ChannelReport(channels: Self.largestFirst(series), meetings: meetings)
    }

    private func agenda(_ indices: [Int], totals: [Int]) -> AgendaReport {
        let issues = accumulator.issues.map { name, buckets in
            CountSeries(name: name, cells: indices.map { buckets[$0] }, totals: totals)
        }
        let untagged = CountSeries(name: "untagged", cells: indices.map { accumulator.untagged[$0] }, totals: totals)
        return AgendaReport(issues: Self.largestFirst(issues), untagged: untagged)
    }

    private static func largestFirst(_ series: [CountSeries]) -> [CountSeries] {
        series.sorted { ($0.total, $1.name) > ($1.total, $0.name) }
    }

    private func thirdParties(_ range: ClosedRange<Int>?) -> [ThirdParty] {
        guard let range else { return [] }
        let parties = accumulator.thirdParties.map { actor, buckets in
            let withA = buckets.withA.values(in: range), withB = buckets.withB.values(in: range)
            let totalA = Self.total(withA), totalB = Self.total(withB)
            return ThirdParty(
                actor: actor, withAEvents: totalA.weight, withBEvents: totalB.weight,
                withANetCooperation: totalA.netCooperation, withBNetCooperation: totalB.netCooperation,
                withA: withA.map(\.finished), withB: withB.map(\.finished))
        }
        return parties.filter { $0.engagement > 0 }
            .sorted { ($0.engagement, $1.actor) > ($1.engagement, $0.actor) }
            .prefix(options.thirdPartyCount).map { $0 }
    }

    private static func total(_ cells: [CellAccumulator]) -> SeriesCell {
        var sum = CellAccumulator()
        for cell in cells { sum.merge(cell, limits: EvidenceLimits(ids: 0, extremes: 0)) }
        return sum.finished
    }
}
