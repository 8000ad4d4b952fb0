import DyadCoder
import GRDB

extension SQLiteStore {
    public func add(_ documents: [NewDocument]) throws -> [AddOutcome] {
        guard !documents.isEmpty else { return [] }
        let now = SQLiteStore.timestamp()
        return try guarded {
            try pool.write { db in
                var writer = try SQLiteMentionWriter(db)
                let outcomes = try documents.map { try SQLiteStore.add($0, writer: &writer, ingestedAt: now) }
                try writer.flush()
                return outcomes
            }
        }
    }

    static func add(_ new: NewDocument, writer: inout SQLiteMentionWriter, ingestedAt: String) throws -> AddOutcome {
        let db = writer.db
        let document = new.document
        let inserted = try writer.insertDocument.insert(in: db) { row in
            row.text(new.contentHash)
            row.text(document.id)
            row.text(document.title)
            row.text(document.url)
            row.text(document.date?.description)
            row.text(document.text)
            row.text(new.sourcePath)
            row.text(ingestedAt)
        }
        guard let documentID = inserted else {
            let existing = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, name FROM documents WHERE content_hash = ?"), arguments: [new.contentHash])
            return .duplicate(of: DocumentReference(id: existing?[0] ?? 0, name: existing?[1] ?? ""))
        }
        let (events, mentions) = (writer.newEvents, writer.mentions)
        try writer.add(new.events, document: documentID)
        return .stored(id: documentID, newEvents: writer.newEvents - events, mentions: writer.mentions - mentions)
    }

    public func replaceEvents(_ documents: [RecodedDocument], dryRun: Bool) throws -> [DocumentChanges] {
        try guarded {
            try pool.writeWithoutTransaction { db in
                var changes: [DocumentChanges] = []
                try db.inTransaction(.immediate) {
                    var writer = try SQLiteMentionWriter(db)
                    for recoded in documents {
                        guard let name = try String.fetchOne(db, sql: "SELECT name FROM documents WHERE id = ?", arguments: [recoded.id])
                        else { continue }
                        let old = try SQLiteStore.codedEvents(db, document: recoded.id)
                        let diff = EventDiff.compare(old: old, new: recoded.events, document: DocumentReference(id: recoded.id, name: name))
                        changes.append(diff)
                        guard !diff.isEmpty else { continue }
                        let touched = try Set(
                            Int64.fetchAll(db, sql: "SELECT DISTINCT event_id FROM mentions WHERE document_id = ?", arguments: [recoded.id])
                        )
                        try db.execute(sql: "DELETE FROM mentions WHERE document_id = ?", arguments: [recoded.id])
                        try writer.add(recoded.events, document: recoded.id)
                        try writer.flush()
                        try writer.refresh(touched)
                        writer.forget()
                    }
                    return dryRun ? .rollback : .commit
                }
                return changes
            }
        }
    }
}
