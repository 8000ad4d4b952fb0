import DyadCoder
import GRDB

extension SQLiteStore {
    public func add(_ documents: [NewDocument]) throws -> [AddOutcome] {
        guard !documents.isEmpty else { return [] }
        let now = SQLiteStore.timestamp()
        return try guarded {
            try pool.write { db in
                try documents.map { try SQLiteStore.add($0, db: db, ingestedAt: now) }
            }
        }
    }

    static func add(_ new: NewDocument, db: Database, ingestedAt: String) throws -> AddOutcome {
        let document = new.document
        try db.cachedStatement(
            sql: """
                INSERT INTO documents (content_hash, name, title, url, date, text, source_path, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING
                """
        ).execute(arguments: [
            new.contentHash, document.id, document.title, document.url, document.date?.description, document.text,
            new.sourcePath, ingestedAt,
        ])
        guard db.changesCount > 0 else {
            let existing = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, name FROM documents WHERE content_hash = ?"), arguments: [new.contentHash])
            return .duplicate(of: DocumentReference(id: existing?[0] ?? 0, name: existing?[1] ?? ""))
        }
        let documentID = db.lastInsertedRowID
        var writer = SQLiteMentionWriter(db)
        try writer.add(new.events, document: documentID)
        return .stored(id: documentID, newEvents: writer.newEvents, mentions: writer.mentions)
    }

    public func replaceEvents(_ documents: [RecodedDocument], dryRun: Bool) throws -> [DocumentChanges] {
        try guarded {
            try pool.writeWithoutTransaction { db in
                var changes: [DocumentChanges] = []
                try db.inTransaction(.immediate) {
                    for recoded in documents {
                        guard let name = try String.fetchOne(db, sql: "SELECT name FROM documents WHERE id = ?", arguments: [recoded.id])
                        else { continue }
                        let old = try SQLiteStore.codedEvents(db, document: recoded.id)
                        let diff = EventDiff.compare(old: old, new: recoded.events, document: DocumentReference(id: recoded.id, name: name))
                        changes.append(diff)
                        guard !diff.isEmpty else { continue }
                        let touched = try Set(
                            Int64.fetchAll(db, sql: "SELECT DISTINCT event_id FROM mentions WHERE document_id = ?", arguments: [recoded.id]))
                        try db.execute(sql: "DELETE FROM mentions WHERE document_id = ?", arguments: [recoded.id])
                        var writer = SQLiteMentionWriter(db)
                        try writer.add(recoded.events, document: recoded.id)
                        try writer.refresh(touched)
                    }
                    return dryRun ? .rollback : .commit
                }
                return changes
            }
        }
    }
}
