import DyadAnalysis
import DyadCoder
import DyadStore
import DyadText

/// Reads from the store the events a relation report needs: every event of A and every
/// event of B (third parties need both), within the report's dates, each with its mention
/// count and its store id as the event id, so that the report's evidence points at
/// `/events?ids=`.
struct RelationLoader {
    /// The store read.
    var store: any Store
    /// The most periods accepted.
    var maxPeriods: Int

    /// The events of `a` or `b`; a 400 error when they span more than ``maxPeriods`` periods.
    func events(a: String, b: String, options: RelationOptions) throws -> [WeightedEvent] {
        var seen = Set<Int64>()
        var events: [WeightedEvent] = []
        var first: Day?, last: Day?
        for actor in [a, b] {
            var filter = EventFilter()
            filter.actor = actor
            filter.from = options.from
            filter.to = options.to
            if options.allFactualities { filter.factualities = [] }
            try store.forEachEvent(matching: filter) { stored in
                guard seen.insert(stored.id).inserted else { return }
                var event = stored.event
                event.id = String(stored.id)
                if let day = event.date ?? event.docDate {
                    first = min(first ?? day, day)
                    last = max(last ?? day, day)
                }
                events.append(WeightedEvent(event, mentions: stored.mentionCount))
            }
        }
        if let start = options.from ?? first, let end = options.to ?? last {
            let periods = options.period.index(of: end) - options.period.index(of: start) + 1
            if periods > maxPeriods {
                throw ServerError.badRequest(
                    "the report would have \(periods) \(options.period.rawValue) periods (at most \(maxPeriods)): choose a longer period or narrower from/to dates")
            }
        }
        return events
    }
}
