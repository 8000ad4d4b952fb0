import DyadCoder
import PostgresNIO

extension PostgresStore {
    public func add(_ documents: [NewDocument]) throws -> [AddOutcome] {
        guard !documents.isEmpty else { return [] }
        let now = PostgresStore.timestamp()
        return try withSession { session in
            try session.transaction {
                try PostgresStore.lockForWriting(session)
                return try PostgresStore.add(documents, session: session, ingestedAt: now)
            }
        }
    }

    /// Stores `documents` inside the caller's write transaction: the stored hashes are read
    /// once, the new documents inserted in one statement (in order, so their ids follow the
    /// input), then their mentions by ``PostgresMentionWriter``.
    static func add(_ documents: [NewDocument], session: PostgresSession, ingestedAt: String) throws -> [AddOutcome] {
        let stored = try PostgresStore.documents(session, withHashes: Array(Set(documents.map(\.contentHash))))
        var firstWithHash: [String: Int] = [:]
        var inserting: [Int] = []
        for (i, new) in documents.enumerated() where stored[new.contentHash] == nil && firstWithHash[new.contentHash] == nil {
            firstWithHash[new.contentHash] = i
            inserting.append(i)
        }
        var ids: [String: Int64] = [:]
        if !inserting.isEmpty {
            let new = inserting.map { documents[$0] }
            let rows = try session.query(
                """
                INSERT INTO documents (content_hash, name, title, url, date, text, source_path, ingested_at)
                SELECT u.content_hash, u.name, u.title, u.url, NULLIF(u.date, ''), u.text, u.source_path, \(ingestedAt)
                FROM unnest(
                    \(new.map(\.contentHash))::text[], \(new.map { PostgresText.storable($0.document.id) })::text[],
                    \(new.map { PostgresText.storable($0.document.title) })::text[],
                    \(new.map { PostgresText.storable($0.document.url) })::text[],
                    \(new.map { $0.document.date?.description ?? "" })::text[],
                    \(new.map { PostgresText.storable($0.document.text) })::text[],
                    \(new.map { PostgresText.storable($0.sourcePath) })::text[]
                ) WITH ORDINALITY AS u(content_hash, name, title, url, date, text, source_path, ord)
                ORDER BY u.ord
                RETURNING content_hash, id
                """)
            for row in rows {
                let row = PostgresRowReader(row)
                ids[try row[0]] = try row[1]
            }
        }
        let counts = try PostgresMentionWriter(session: session).add(
            inserting.map { (ids[documents[$0].contentHash] ?? 0, documents[$0].events) })
        var countsByIndex: [Int: PostgresMentionWriter.Counts] = [:]
        for (k, i) in inserting.enumerated() { countsByIndex[i] = counts[k] }

        return documents.indices.map { i in
            let hash = documents[i].contentHash
            if let existing = stored[hash] { return .duplicate(of: existing) }
            let first = firstWithHash[hash] ?? i
            let id = ids[hash] ?? 0
            guard first == i, let count = countsByIndex[i] else {
                return .duplicate(of: DocumentReference(id: id, name: documents[first].document.id))
            }
            return .stored(id: id, newEvents: count.newEvents, mentions: count.mentions)
        }
    }

    /// Replaces events document by document, as SQLite does (so ids are assigned the same
    /// way), with the stored events of the whole page read in one statement. A dry run
    /// computes the same changes and writes nothing at all (SQLite writes and rolls back).
    public func replaceEvents(_ documents: [RecodedDocument], dryRun: Bool) throws -> [DocumentChanges] {
        guard !documents.isEmpty else { return [] }
        return try withSession { session in
            try session.transaction(dryRun ? "BEGIN READ ONLY" : "BEGIN", commit: !dryRun) {
                if !dryRun { try PostgresStore.lockForWriting(session) }
                let ids = documents.map(\.id)
                var names: [Int64: String] = [:]
                for row in try session.query("SELECT id, name FROM documents WHERE id = ANY(\(ids))") {
                    let row = PostgresRowReader(row)
                    names[try row[0]] = try row[1]
                }
                let stored = try PostgresStore.codedEvents(session, documents: ids)
                let writer = PostgresMentionWriter(session: session)
                var changes: [DocumentChanges] = []
                for recoded in documents {
                    guard let name = names[recoded.id] else { continue }
                    let diff = EventDiff.compare(
                        old: stored[recoded.id] ?? [], new: recoded.events, document: DocumentReference(id: recoded.id, name: name))
                    changes.append(diff)
                    guard !diff.isEmpty, !dryRun else { continue }
                    let touched = try Set(
                        session.query("DELETE FROM mentions WHERE document_id = \(recoded.id) RETURNING event_id")
                            .map { row -> Int64 in try PostgresRowReader(row)[0] })
                    try writer.add([(recoded.id, recoded.events)])
                    try writer.refresh(touched)
                }
                return changes
            }
        }
    }

    /// Waits for the store's write lock, held until the transaction ends: writers take
    /// turns, as in SQLite, so finding an event and inserting it cannot race another writer.
    static func lockForWriting(_ session: PostgresSession) throws {
        try session.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.lockClass), \(PostgresSchema.writeLock))")
    }
}
