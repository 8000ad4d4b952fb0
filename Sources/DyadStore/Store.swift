import DyadCoder

/// Where dyad keeps what it codes: documents, the events coded from them and, for each
/// event, the sentences (mentions) that report it.
///
/// Every backend shares one schema and one behaviour, pinned down by the test suite in
/// `Tests/DyadStoreTests`, which runs over every backend:
///
/// - **Documents** are keyed by ``ContentHash``: a SHA-256 of the normalised text. Adding a
///   document whose hash is stored changes nothing and is reported as a duplicate.
/// - **Events** are identified by ``EventIdentity``: the same date, source, target, code and
///   factuality is one event, however many documents report it. Each report is a mention.
/// - **Atomicity**: a document, its events and its mentions are written in one transaction;
///   a crash leaves whole documents only, and running the ingest again completes it.
/// - **Versions**: a store records its schema version and refuses to open when it was
///   written by a newer dyad (``StoreError/Kind/newerSchema``).
///
/// ```swift
/// let store = try StoreLocation("dyad.sqlite").open(creating: false)
/// var filter = EventFilter()
/// filter.dyad = ActorPair("USA", "RUS")
/// try store.forEachEvent(matching: filter) { stored in print(stored.event.code) }
/// ```
///
/// Implementations are safe to share between threads: ``SQLiteStore`` (a file, the default)
/// and ``PostgresStore`` (a `postgres://` URL).
public protocol Store: Sendable {
    /// Where the store is, for messages.
    var location: StoreLocation { get }

    // MARK: Writing

    /// The stored documents among those with these content hashes, by hash.
    func documents(withHashes hashes: [String]) throws -> [String: DocumentReference]

    /// Stores documents with their coded events, in order; a document whose content hash is
    /// already stored (or repeats an earlier one in `documents`) is left out and reported as
    /// ``AddOutcome/duplicate(of:)``.
    ///
    /// All of `documents` are written in one transaction: after a crash either all of them or
    /// none are stored, never part of one.
    func add(_ documents: [NewDocument]) throws -> [AddOutcome]

    /// Replaces the events of stored documents with newly coded ones and reports, for each
    /// document, the events added, removed and changed (see ``EventDiff``). Documents whose
    /// events did not change are not written, so their events keep their ids. With `dryRun`
    /// nothing is written but the same changes are reported.
    func replaceEvents(_ documents: [RecodedDocument], dryRun: Bool) throws -> [DocumentChanges]

    // MARK: Reading

    /// Calls `body` with each event that `filter` matches, in date order, streaming: memory
    /// use does not grow with the number of events. Throw from `body` to stop early.
    func forEachEvent(matching filter: EventFilter, _ body: (StoredEvent) throws -> Void) throws

    /// The events of one document, one per mention (as they were coded from it).
    func codedEvents(ofDocument id: Int64) throws -> [CodedEvent]

    /// Calls `body` with each document that `filter` matches, in id order, streaming.
    func forEachDocument(matching filter: DocumentFilter, _ body: (StoredDocument) throws -> Void) throws

    /// The document with this id, or nil.
    func document(id: Int64) throws -> StoredDocument?

    /// How many documents, events and mentions are stored, and the events' date range.
    func stats() throws -> StoreStats

    /// The number of asserted events per directed pair of actor codes, both codes non-empty,
    /// most active first. ``Store/dyads(limit:grouping:)`` folds these into country or
    /// organisation pairs. (Events only: summing mentions too would read every event row,
    /// 13 times slower than counting from the identity index.)
    func actorPairs() throws -> [ActorPairCount]
}

extension Store {
    /// The events `filter` matches, in an array; use ``forEachEvent(matching:_:)`` for
    /// large results.
    public func events(matching filter: EventFilter) throws -> [StoredEvent] {
        var found: [StoredEvent] = []
        try forEachEvent(matching: filter) { found.append($0) }
        return found
    }

    /// The documents `filter` matches, in an array.
    public func documents(matching filter: DocumentFilter = DocumentFilter()) throws -> [StoredDocument] {
        var found: [StoredDocument] = []
        try forEachDocument(matching: filter) { found.append($0) }
        return found
    }

    /// The most active pairs of actors, undirected, after `grouping` maps each actor code to
    /// the actor to count it under (its country or organisation: `USAGOV` → `USA`). Pairs of
    /// an actor with itself (domestic events) are left out.
    public func dyads(limit: Int, grouping: (String) -> String) throws -> [DyadActivity] {
        var byPair: [ActorPair: DyadActivity] = [:]
        for count in try actorPairs() {
            let source = grouping(count.source), target = grouping(count.target)
            guard source != target else { continue }
            let pair = ActorPair(min(source, target), max(source, target))
            var activity = byPair[pair] ?? DyadActivity(pair: pair)
            activity.events += count.events
            if source == pair.first { activity.firstToSecond += count.events } else { activity.secondToFirst += count.events }
            byPair[pair] = activity
        }
        let ranked = byPair.values.sorted {
            ($0.events, $1.pair.first, $1.pair.second) > ($1.events, $0.pair.first, $0.pair.second)
        }
        return Array(ranked.prefix(max(0, limit)))
    }
}
