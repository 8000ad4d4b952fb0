import DyadCoder
import DyadLexicon
import DyadText
import PostgresNIO

extension PostgresStore {
    public func forEachEvent(matching filter: EventFilter, _ body: (StoredEvent) throws -> Void) throws {
        let query = PostgresEventQuery(filter).query
        try withSession { session in
            try session.forEachRow(query) { row in try body(try PostgresStore.storedEvent(row)) }
        }
    }

    /// Decodes a row with the columns of ``EventColumns/list(perMention:)``:
    /// 0-11 the event, 12-15 its summary (or the mention's), 16-22 the mention, 23-25 its document.
    static func storedEvent(_ postgresRow: PostgresRow) throws -> StoredEvent {
        let row = PostgresRowReader(postgresRow)
        let id: Int64 = try row[0]
        let event = CodedEvent(
            id: String(id), doc: try row[24], sentence: try row[18], sentenceIndex: try row[17],
            offsets: [try row[19], try row[20]],
            date: (try row[1] as String?).flatMap { Day(iso: $0) }, datePrecision: try row[12],
            docDate: (try row[25] as String?).flatMap { Day(iso: $0) }, source: try row[2], target: try row[3],
            sourceText: try row[21], targetText: try row[22],
            sourceLevel: (try row[13] as String?).flatMap(ActorLevel.init(rawValue:)),
            targetLevel: (try row[14] as String?).flatMap(ActorLevel.init(rawValue:)),
            code: try row[4], root: try row[5], quadClass: try row[6], goldstein: try row[7], ploverType: try row[8],
            ploverMode: try row[9], factuality: Factuality(rawValue: try row[10]) ?? .asserted,
            contexts: EventSummary.split(try row[15]))
        return StoredEvent(id: id, event: event, mentionCount: try row[11], mentionID: try row[16], documentID: try row[23])
    }
}
