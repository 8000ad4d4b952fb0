import DyadAnalysis
import DyadCoder
import DyadStore
import DyadText

/// Reads the events of a relation from the store, for `dyad relation`, `dyad demo` and the
/// server.
public enum StoredEvents {
    /// Every event in which one of `actors` takes part, within the dates, each with its number
    /// of mentions and its store id as the event id (so that reports point at `dyad events --id`
    /// and `/events?ids=`).
    public static func load(from store: any Store, actors: [String], from: Day?, to: Day?, allFactualities: Bool) throws -> [WeightedEvent]
    {
        var seen = Set<Int64>()
        var events: [WeightedEvent] = []
        for actor in actors {
            var filter = EventFilter()
            filter.actor = actor
            filter.from = from
            filter.to = to
            if allFactualities { filter.factualities = [] }
            // Sentences are read afterwards for the events a report cites (fillCitations).
            filter.sentences = false
            // Sorted here, in date and id order, which is faster than sorting in the store.
            filter.ordered = false
            var actorEvents: [(day: Int, id: Int64, event: WeightedEvent)] = []
            try store.forEachEvent(matching: filter) { stored in
                guard seen.insert(stored.id).inserted else { return }
                var event = stored.event
                event.id = String(stored.id)
                actorEvents.append((event.date?.ordinal ?? .min, stored.id, WeightedEvent(event, mentions: stored.mentionCount)))
            }
            actorEvents.sort { ($0.day, $0.id) < ($1.day, $1.id) }
            events += actorEvents.map(\.event)
        }
        return events
    }

    /// Gives the events `report` cites the sentences and document names that ``load(from:actors:from:to:allFactualities:)``
    /// leaves out, reading those events alone.
    public static func fillCitations(_ report: inout RelationReport, from store: any Store) throws {
        let ids = Set(report.citedEventIDs.compactMap { Int64($0) })
        guard !ids.isEmpty else { return }
        var filter = EventFilter()
        filter.ids = ids.sorted()
        filter.factualities = []
        var cited: [String: CodedEvent] = [:]
        try store.forEachEvent(matching: filter) { cited[String($0.id)] = $0.event }
        report.transformCitations { reference in
            guard let event = cited[reference.id] else { return reference }
            var filled = reference
            filled.doc = event.doc
            filled.sentence = event.sentence
            return filled
        }
    }
}
