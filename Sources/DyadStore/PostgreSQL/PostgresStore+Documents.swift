import DyadCoder
import DyadLexicon
import DyadText
import PostgresNIO

extension PostgresStore {
    static let documentColumns = "id, name, title, url, date, text, content_hash, source_path, ingested_at"

    public func documents(withHashes hashes: [String]) throws -> [String: DocumentReference] {
        guard !hashes.isEmpty else { return [:] }
        return try withSession { session in try PostgresStore.documents(session, withHashes: hashes) }
    }

    /// The stored documents among those with `hashes`, by hash.
    static func documents(_ session: PostgresSession, withHashes hashes: [String]) throws -> [String: DocumentReference] {
        var found: [String: DocumentReference] = [:]
        for row in try session.query("SELECT content_hash, id, name FROM documents WHERE content_hash = ANY(\(hashes))") {
            let row = PostgresRowReader(row)
            found[try row[0]] = DocumentReference(id: try row[1], name: try row[2])
        }
        return found
    }

    public func forEachDocument(matching filter: DocumentFilter, _ body: (StoredDocument) throws -> Void) throws {
        // A negative limit (or none) is no limit, as in SQLite.
        let query: PostgresQuery = """
            SELECT \(unescaped: PostgresStore.documentColumns) FROM documents WHERE id > \(filter.afterID ?? 0) ORDER BY id
            LIMIT \(filter.limit.flatMap { $0 < 0 ? nil : $0 })
            """
        try withSession { session in
            try session.forEachRow(query) { row in try body(try PostgresStore.storedDocument(row)) }
        }
    }

    public func document(id: Int64) throws -> StoredDocument? {
        try withSession { session in
            try session.query("SELECT \(unescaped: PostgresStore.documentColumns) FROM documents WHERE id = \(id)")
                .first.map(PostgresStore.storedDocument)
        }
    }

    public func codedEvents(ofDocument id: Int64) throws -> [CodedEvent] {
        try withSession { session in try PostgresStore.codedEvents(session, document: id) }
    }

    /// The events of document `id` as coded, one per mention, in sentence order.
    static func codedEvents(_ session: PostgresSession, document id: Int64) throws -> [CodedEvent] {
        try codedEvents(session, documents: [id])[id] ?? []
    }

    /// The events of each of `ids` as coded, one per mention, in sentence order: one
    /// statement for a page of documents.
    static func codedEvents(_ session: PostgresSession, documents ids: [Int64]) throws -> [Int64: [CodedEvent]] {
        let rows = try session.query(
            """
            SELECT e.date, m.date_precision, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein,
                   e.plover_type, e.plover_mode, e.factuality, m.source_level, m.target_level, m.contexts,
                   m.sentence_index, m.sentence, m.start_offset, m.end_offset, m.source_text, m.target_text,
                   d.name, d.date, e.id, m.document_id
            FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.document_id
            WHERE m.document_id = ANY(\(ids)) ORDER BY m.document_id, m.sentence_index, m.id
            """)
        var events: [Int64: [CodedEvent]] = [:]
        for postgresRow in rows {
            let row = PostgresRowReader(postgresRow)
            let eventID: Int64 = try row[22]
            let event = CodedEvent(
                id: String(eventID), doc: try row[20], sentence: try row[15], sentenceIndex: try row[14],
                offsets: [try row[16], try row[17]],
                date: (try row[0] as String?).flatMap { Day(iso: $0) }, datePrecision: try row[1],
                docDate: (try row[21] as String?).flatMap { Day(iso: $0) }, source: try row[2], target: try row[3],
                sourceText: try row[18], targetText: try row[19],
                sourceLevel: (try row[11] as String?).flatMap(ActorLevel.init(rawValue:)),
                targetLevel: (try row[12] as String?).flatMap(ActorLevel.init(rawValue:)),
                code: try row[4], root: try row[5], quadClass: try row[6], goldstein: try row[7], ploverType: try row[8],
                ploverMode: try row[9], factuality: Factuality(rawValue: try row[10]) ?? .asserted,
                contexts: EventSummary.split(try row[13]))
            events[try row[23], default: []].append(event)
        }
        return events
    }

    static func storedDocument(_ postgresRow: PostgresRow) throws -> StoredDocument {
        let row = PostgresRowReader(postgresRow)
        let document = Document(
            id: try row[1], title: try row[2], url: try row[3], date: (try row[4] as String?).flatMap { Day(iso: $0) },
            text: try row[5])
        return StoredDocument(
            id: try row[0], document: document, contentHash: try row[6], sourcePath: try row[7], ingestedAt: try row[8])
    }
}
