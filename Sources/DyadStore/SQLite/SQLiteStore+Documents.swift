import DyadCoder
import DyadLexicon
import DyadText
import GRDB

extension SQLiteStore {
    static let documentColumns = "id, name, title, url, date, text, content_hash, source_path, ingested_at"

    public func documents(withHashes hashes: [String]) throws -> [String: DocumentReference] {
        guard !hashes.isEmpty else { return [:] }
        return try guarded {
            try pool.read { db in
                var found: [String: DocumentReference] = [:]
                for chunk in stride(from: 0, to: hashes.count, by: 500).map({ hashes[$0..<min($0 + 500, hashes.count)] }) {
                    let rows = try Row.fetchCursor(
                        db,
                        sql:
                            "SELECT content_hash, id, name FROM documents WHERE content_hash IN (\(databaseQuestionMarks(count: chunk.count)))",
                        arguments: StatementArguments(Array(chunk)))
                    while let row = try rows.next() { found[row[0]] = DocumentReference(id: row[1], name: row[2]) }
                }
                return found
            }
        }
    }

    public func forEachDocument(matching filter: DocumentFilter, _ body: (StoredDocument) throws -> Void) throws {
        var sql = "SELECT \(SQLiteStore.documentColumns) FROM documents WHERE id > ? ORDER BY id"
        var arguments: StatementArguments = [filter.afterID ?? 0]
        if let limit = filter.limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        try guarded {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() { try body(SQLiteStore.storedDocument(row)) }
            }
        }
    }

    public func document(id: Int64) throws -> StoredDocument? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT \(SQLiteStore.documentColumns) FROM documents WHERE id = ?", arguments: [id])
                    .map(SQLiteStore.storedDocument)
            }
        }
    }

    public func codedEvents(ofDocument id: Int64) throws -> [CodedEvent] {
        try guarded { try pool.read { db in try SQLiteStore.codedEvents(db, document: id) } }
    }

    /// The events of document `id` as coded, one per mention, in sentence order.
    static func codedEvents(_ db: Database, document id: Int64) throws -> [CodedEvent] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.date, m.date_precision, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein,
                       e.plover_type, e.plover_mode, e.factuality, m.source_level, m.target_level, m.contexts,
                       m.sentence_index, m.sentence, m.start_offset, m.end_offset, m.source_text, m.target_text,
                       d.name, d.date, e.id
                FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.document_id
                WHERE m.document_id = ? ORDER BY m.sentence_index, m.id
                """,
            arguments: [id])
        var events: [CodedEvent] = []
        while let row = try rows.next() {
            let eventID: Int64 = row[22]
            events.append(
                CodedEvent(
                    id: String(eventID), doc: row[20], sentence: row[15], sentenceIndex: row[14], offsets: [row[16], row[17]],
                    date: (row[0] as String?).flatMap { Day(iso: $0) }, datePrecision: row[1],
                    docDate: (row[21] as String?).flatMap { Day(iso: $0) }, source: row[2], target: row[3],
                    sourceText: row[18], targetText: row[19],
                    sourceLevel: (row[11] as String?).flatMap(ActorLevel.init(rawValue:)),
                    targetLevel: (row[12] as String?).flatMap(ActorLevel.init(rawValue:)),
                    code: row[4], root: row[5], quadClass: row[6], goldstein: row[7], ploverType: row[8], ploverMode: row[9],
                    factuality: Factuality(rawValue: row[10]) ?? .asserted, contexts: EventSummary.split(row[13])))
        }
        return events
    }

    static func storedDocument(_ row: Row) -> StoredDocument {
        let document = Document(
            id: row[1], title: row[2], url: row[3], date: (row[4] as String?).flatMap { Day(iso: $0) }, text: row[5])
        return StoredDocument(id: row[0], document: document, contentHash: row[6], sourcePath: row[7], ingestedAt: row[8])
    }
}
