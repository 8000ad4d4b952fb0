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
        let events = try StoredEvents.load(
            from: store, actors: [a, b], from: options.from, to: options.to, allFactualities: options.allFactualities)
        let days = events.compactMap { $0.event.date ?? $0.event.docDate }
        let first = days.min(), last = days.max()
        if let start = options.from ?? first, let end = options.to ?? last {
            let periods = options.period.index(of: end) - options.period.index(of: start) + 1
            if periods > maxPeriods {
                throw ServerError.badRequest(
                    "the report would have \(periods) \(options.period.rawValue) periods (at most \(maxPeriods)): choose a longer period or narrower from/to dates"
                )
            }
        }
        return events
    }
}
