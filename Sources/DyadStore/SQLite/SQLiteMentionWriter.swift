import DyadCoder
import DyadLexicon
import GRDB

/// Writes the mentions of one document inside a write transaction: finds or creates each
/// event by its ``EventIdentity``, adds the mention and folds it into the event's
/// ``EventSummary``. Statements are prepared once per connection and reused.
struct SQLiteMentionWriter {
    let db: Database
    /// Events created and mentions added so far.
    private(set) var newEvents = 0
    private(set) var mentions = 0

    init(_ db: Database) { self.db = db }

    /// Adds the mentions of `events`, coded from document `documentID`.
    mutating func add(_ events: [CodedEvent], document documentID: Int64) throws {
        for event in events { try add(event, document: documentID) }
    }

    private mutating func add(_ event: CodedEvent, document documentID: Int64) throws {
        let identity = EventIdentity(event)
        let date = identity.date?.description
        let found = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id, mention_count, date_precision, source_level, target_level, contexts FROM events
                    WHERE source = ? AND target = ? AND date IS ? AND code = ? AND factuality = ?
                    """),
            arguments: [identity.source, identity.target, date, identity.code, identity.factuality.rawValue])
        let eventID: Int64
        if let found {
            eventID = found[0]
        } else {
            var summary = EventSummary()
            summary.add(event)
            try db.cachedStatement(
                sql: """
                    INSERT INTO events (date, date_precision, source, target, code, root, quad_class, goldstein, plover_type,
                        plover_mode, factuality, source_level, target_level, contexts, mention_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                date, summary.datePrecision, event.source, event.target, event.code, event.root, event.quadClass, event.goldstein,
                event.ploverType, event.ploverMode, event.factuality.rawValue, summary.sourceLevel?.rawValue,
                summary.targetLevel?.rawValue, EventSummary.joined(summary.contexts), summary.mentionCount,
            ])
            eventID = db.lastInsertedRowID
            newEvents += 1
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO mentions (event_id, document_id, sentence_index, sentence, start_offset, end_offset, source_text,
                    target_text, source_level, target_level, date_precision, contexts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """
        ).execute(arguments: [
            eventID, documentID, event.sentenceIndex, event.sentence, event.offsets.first ?? 0, event.offsets.last ?? 0,
            event.sourceText, event.targetText, event.sourceLevel?.rawValue, event.targetLevel?.rawValue,
            event.datePrecision, EventSummary.joined(event.contexts),
        ])
        guard db.changesCount > 0 else { return }
        mentions += 1
        guard let found else { return }
        var summary = EventSummary(
            mentionCount: found[1], datePrecision: found[2], sourceLevel: (found[3] as String?).flatMap(ActorLevel.init(rawValue:)),
            targetLevel: (found[4] as String?).flatMap(ActorLevel.init(rawValue:)), contexts: EventSummary.split(found[5]))
        summary.add(event)
        try store(summary, event: eventID)
    }

    /// Folds the summaries of `events` again from their mentions, and deletes those left
    /// without mentions.
    func refresh(_ events: Set<Int64>) throws {
        for eventID in events.sorted() {
            var summary = EventSummary()
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: "SELECT date_precision, source_level, target_level, contexts FROM mentions WHERE event_id = ? ORDER BY id"),
                arguments: [eventID])
            while let row = try rows.next() {
                summary.add(
                    datePrecision: row[0], sourceLevel: (row[1] as String?).flatMap(ActorLevel.init(rawValue:)),
                    targetLevel: (row[2] as String?).flatMap(ActorLevel.init(rawValue:)), contexts: EventSummary.split(row[3]))
            }
            if summary.mentionCount == 0 {
                try db.cachedStatement(sql: "DELETE FROM events WHERE id = ?").execute(arguments: [eventID])
            } else {
                try store(summary, event: eventID)
            }
        }
    }

    private func store(_ summary: EventSummary, event eventID: Int64) throws {
        try db.cachedStatement(
            sql: """
                UPDATE events SET mention_count = ?, date_precision = ?, source_level = ?, target_level = ?, contexts = ?
                WHERE id = ?
                """
        ).execute(arguments: [
            summary.mentionCount, summary.datePrecision, summary.sourceLevel?.rawValue, summary.targetLevel?.rawValue,
            EventSummary.joined(summary.contexts), eventID,
        ])
    }
}
