import DyadCoder
import DyadLexicon
import DyadText
import GRDB

extension SQLiteStore {
    public func forEachEvent(matching filter: EventFilter, _ body: (StoredEvent) throws -> Void) throws {
        try guarded {
            try pool.read { db in
                var actorCodes: [String: [String]] = [:]
                for prefix in [filter.actor, filter.source, filter.target, filter.dyad?.first, filter.dyad?.second] {
                    if let prefix, !prefix.isEmpty { actorCodes[prefix] = try SQLiteStore.storedActorCodes(db, prefix: prefix) }
                }
                let query: SQLiteEventQuery
                if let first = try SQLiteFirstRows.ids(db, filter: filter, actorCodes: actorCodes) {
                    guard !first.isEmpty else { return }
                    var chosen = EventFilter()
                    chosen.ids = first
                    chosen.factualities = []
                    chosen.sentences = filter.sentences
                    query = SQLiteEventQuery(chosen)
                } else {
                    query = SQLiteEventQuery(filter, actorCodes: actorCodes)
                }
                let rows = try Row.fetchCursor(db, sql: query.sql, arguments: query.arguments)
                guard query.repeatsEvents else {
                    while let row = try rows.next() { try body(SQLiteStore.storedEvent(row)) }
                    return
                }
                var pending: StoredEvent?
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    if let shown = pending, shown.id == id {
                        let mentionID: Int64 = row[16]
                        if mentionID < shown.mentionID { pending = SQLiteStore.storedEvent(row) }
                        continue
                    }
                    if let shown = pending { try body(shown) }
                    pending = SQLiteStore.storedEvent(row)
                }
                if let shown = pending { try body(shown) }
            }
        }
    }

    /// The actor codes stored as a source or a target that start with `prefix` (`USA`,
    /// `USAGOV`, `USAMIL` for "USA"), one index seek each: the identity index for sources, the
    /// target index for targets.
    static func storedActorCodes(_ db: Database, prefix: String) throws -> [String] {
        var codes: Set<String> = []
        for column in ["source", "target"] {
            let first = try db.cachedStatement(sql: "SELECT min(\(column)) FROM events WHERE \(column) >= ? AND \(column) < ?")
            let next = try db.cachedStatement(sql: "SELECT min(\(column)) FROM events WHERE \(column) > ? AND \(column) < ?")
            var code = try String.fetchOne(first, arguments: [prefix, prefix + "\u{10FFFF}"])
            while let found = code {
                codes.insert(found)
                code = try String.fetchOne(next, arguments: [found, prefix + "\u{10FFFF}"])
            }
        }
        return codes.sorted()
    }

    /// Decodes a row with the columns of ``EventColumns/list(perMention:)``:
    /// 0-11 the event, 12-15 its summary (or the mention's), 16-22 the mention, 23-25 its document.
    static func storedEvent(_ row: Row) -> StoredEvent {
        let id: Int64 = row[0]
        let event = CodedEvent(
            id: String(id), doc: row[24], sentence: row[18], sentenceIndex: row[17], offsets: [row[19], row[20]],
            date: (row[1] as String?).flatMap { Day(iso: $0) }, datePrecision: row[12],
            docDate: (row[25] as String?).flatMap { Day(iso: $0) }, source: row[2], target: row[3],
            sourceText: row[21], targetText: row[22],
            sourceLevel: (row[13] as String?).flatMap(ActorLevel.init(rawValue:)),
            targetLevel: (row[14] as String?).flatMap(ActorLevel.init(rawValue:)),
            code: row[4], root: row[5], quadClass: row[6], goldstein: row[7], ploverType: row[8], ploverMode: row[9],
            factuality: Factuality(rawValue: row[10]) ?? .asserted, contexts: EventSummary.split(row[15]))
        return StoredEvent(id: id, event: event, mentionCount: row[11], mentionID: row[16], documentID: row[23])
    }
}
