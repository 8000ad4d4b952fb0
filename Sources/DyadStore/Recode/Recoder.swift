import DyadCoder

/// Totals of a re-coding run. Event counts are per mention: one per event per sentence.
public struct RecodeTotals: Sendable, Hashable {
    /// Documents re-coded.
    public var documents = 0
    /// Documents whose events changed.
    public var changedDocuments = 0
    /// Events coded now and not before.
    public var added = 0
    /// Events coded before and not now.
    public var removed = 0
    /// Events coded before and now with other fields changed.
    public var changed = 0
    /// Stored events (each once) before the run.
    public var eventsBefore = 0
    /// Stored events after the run (the same as before in a dry run).
    public var eventsAfter = 0

    /// Nothing re-coded yet.
    public init() {}

    /// Counts one document's changes in.
    public mutating func add(_ changes: DocumentChanges) {
        documents += 1
        if !changes.isEmpty { changedDocuments += 1 }
        added += changes.added.count
        removed += changes.removed.count
        changed += changes.changed.count
    }
}

/// Re-codes the stored documents with a coder (after a lexicon change) and replaces their
/// events, reporting what changed. No file is read: the text comes from the store.
///
/// Documents are read in pages of ``batchSize`` by id, coded on ``jobs`` threads, and each
/// page's changes are written in one transaction; an interrupted run leaves every document
/// either re-coded or as it was, and running it again finishes the job.
///
/// ```swift
/// let totals = try Recoder(store: store, coder: coder).run(dryRun: false)
/// print("+\(totals.added) -\(totals.removed) ~\(totals.changed)")
/// ```
public struct Recoder {
    /// The store.
    public let store: any Store
    /// The coder with the current lexicon.
    public let coder: EventCoder
    /// Threads to code with.
    public let jobs: Int
    /// Documents per page and transaction.
    public let batchSize: Int

    /// A recoder of `store`'s documents.
    public init(store: any Store, coder: EventCoder, jobs: Int = 1, batchSize: Int = 256) {
        self.store = store
        self.coder = coder
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Re-codes every stored document coded from text (imported dataset rows are skipped);
    /// with `dryRun` reports the changes without writing.
    /// `onChanges` sees each document's changes, `onBatch` the totals after each page.
    public func run(
        dryRun: Bool, onChanges: (DocumentChanges) -> Void = { _ in }, onBatch: (RecodeTotals) -> Void = { _ in }
    ) throws -> RecodeTotals {
        var totals = RecodeTotals()
        totals.eventsBefore = try store.stats().events
        var after: Int64 = 0
        while true {
            let page = try store.documents(matching: DocumentFilter(afterID: after, limit: batchSize))
            guard let last = page.last else { break }
            after = last.id
            // Rows of `dyad import` carry their dataset's own coding, keyed "gdelt:ID" rather
            // than by a hash of text: they are left as they are.
            let coded = page.filter { !$0.contentHash.contains(":") }
            let results = coder.code(coded.map(\.document), jobs: jobs)
            let recoded = zip(coded, results).map { RecodedDocument(id: $0.id, events: $1.events) }
            for changes in try store.replaceEvents(recoded, dryRun: dryRun) {
                totals.add(changes)
                onChanges(changes)
            }
            onBatch(totals)
        }
        totals.eventsAfter = dryRun ? totals.eventsBefore : try store.stats().events
        return totals
    }
}
