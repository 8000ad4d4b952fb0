import DyadCoder
import DyadStore

/// The reads that the API and the dashboard share.
extension ServerState {
    /// The events of one page of `query`, and whether more follow.
    func events(_ query: EventQuery) async throws -> (events: [StoredEvent], hasMore: Bool) {
        var filter = query.filter
        filter.limit = query.offset + query.limit + 1
        let rows = try await events(matching: filter)
        let page = rows.dropFirst(query.offset)
        return (Array(page.prefix(query.limit)), page.count > query.limit)
    }

    /// The events `filter` matches (give it a limit).
    func events(matching filter: EventFilter) async throws -> [StoredEvent] {
        try await blocking { [store] in try store.events(matching: filter) }
    }

    /// Document `id` with its events, one per mention, in sentence order; 404 when missing.
    func document(id: Int64) async throws -> (document: StoredDocument, events: [CodedEvent]) {
        let found = try await blocking { [store] () -> (StoredDocument, [CodedEvent])? in
            guard let document = try store.document(id: id) else { return nil }
            return (document, try store.codedEvents(ofDocument: id))
        }
        guard let found else { throw ServerError.notFound("no document with id \(id)") }
        return found
    }

    /// Writes `outcome` of an ingest into the caches' view of the store.
    func ingested(_ outcome: DocumentIngest.Outcome) {
        if case .stored = outcome { storeChanged() }
    }
}

/// A store id from a path segment: a whole number above 0, else 400.
func storeID(_ text: String?, of what: String) throws -> Int64 {
    guard let text, let id = Int64(text), id > 0 else {
        throw ServerError.badRequest("'\(text ?? "")' is not a \(what) id (a whole number above 0)")
    }
    return id
}
