import DyadCoder
import DyadLexicon
import GRDB

/// Writes mentions inside a write transaction: finds or creates each event by its
/// ``EventIdentity``, adds the mention and folds it into the event's ``EventSummary``.
///
/// Made once per transaction: its statements are prepared once and reused for every event.
/// Most events are new, so a dated event is inserted first and looked up only when the
/// identity index says it exists; an undated one is looked up first, because a SQLite
/// UNIQUE index does not treat NULL dates as equal. A new event's row holds its first
/// mention's summary; the summaries of events that gain mentions are kept and written once,
/// by ``flush()``, before commit.
struct SQLiteMentionWriter {
    let db: Database
    /// Events created and mentions added so far.
    private(set) var newEvents = 0
    private(set) var mentions = 0

    /// The events met again in this transaction, so that an event repeated once is not
    /// looked up again (imported event files repeat many). New events are not kept: most
    /// events are, and hashing each cost 5% of the writing.
    private var known: [EventIdentity: Int64] = [:]
    private var summaries: [Int64: EventSummary] = [:]
    private var changed: Set<Int64> = []

    /// Inserts a document unless its content hash is stored (for ``SQLiteStore/add(_:)``).
    let insertDocument: SQLiteRowWriter
    private let lookup: Statement
    private let insertEvent: SQLiteRowWriter
    private let insertMention: SQLiteRowWriter
    private let updateSummary: Statement

    init(_ db: Database) throws {
        self.db = db
        insertDocument = try SQLiteRowWriter(
            db,
            sql: """
                INSERT INTO documents (content_hash, name, title, url, date, text, source_path, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING
                """)
        lookup = try db.makeStatement(
            sql: """
                SELECT id, mention_count, date_precision, source_level, target_level, contexts FROM events
                WHERE source = ? AND target = ? AND date IS ? AND code = ? AND factuality = ?
                """)
        insertEvent = try SQLiteRowWriter(
            db,
            sql: """
                INSERT INTO events (date, date_precision, source, target, code, root, quad_class, goldstein, plover_type,
                    plover_mode, factuality, source_level, target_level, contexts, mention_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING
                """)
        insertMention = try SQLiteRowWriter(
            db,
            sql: """
                INSERT INTO mentions (event_id, document_id, sentence_index, sentence, start_offset, end_offset, source_text,
                    target_text, source_level, target_level, date_precision, contexts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
        updateSummary = try db.makeStatement(
            sql: """
                UPDATE events SET mention_count = ?, date_precision = ?, source_level = ?, target_level = ?, contexts = ?
                WHERE id = ?
                """)
    }

    /// Adds the mentions of `events`, coded from document `documentID`.
    mutating func add(_ events: [CodedEvent], document documentID: Int64) throws {
        for event in events { try add(event, document: documentID) }
    }

    private mutating func add(_ event: CodedEvent, document documentID: Int64) throws {
        let date = event.date?.description
        var eventID = known.isEmpty ? nil : known[EventIdentity(event)]
        var created = false
        if eventID == nil, date == nil { eventID = try find(event, date: nil) }
        if eventID == nil {
            eventID = try insertEvent.insert(in: db) { row in
                row.text(date)
                row.text(event.datePrecision)
                row.text(event.source)
                row.text(event.target)
                row.text(event.code)
                row.text(event.root)
                row.integer(Int64(event.quadClass))
                row.real(event.goldstein)
                row.text(event.ploverType)
                row.text(event.ploverMode)
                row.text(event.factuality.rawValue)
                row.text(event.sourceLevel?.rawValue)
                row.text(event.targetLevel?.rawValue)
                row.text(EventSummary.joined(event.contexts))
            }
            if eventID != nil {
                created = true
            } else {
                eventID = try find(event, date: date)
                if let eventID { known[EventIdentity(event)] = eventID }
            }
        }
        guard let eventID else { return }
        let mentionID = try insertMention.insert(in: db) { row in
            row.integer(eventID)
            row.integer(documentID)
            row.integer(Int64(event.sentenceIndex))
            row.text(event.sentence)
            row.integer(Int64(event.offsets.first ?? 0))
            row.integer(Int64(event.offsets.last ?? 0))
            row.text(event.sourceText)
            row.text(event.targetText)
            row.text(event.sourceLevel?.rawValue)
            row.text(event.targetLevel?.rawValue)
            row.text(event.datePrecision)
            row.text(EventSummary.joined(event.contexts))
        }
        guard mentionID != nil else { return }
        mentions += 1
        if created {
            // Its row holds this mention's summary already.
            newEvents += 1
            return
        }
        summaries[eventID, default: EventSummary()].add(event)
        changed.insert(eventID)
    }

    /// The id of the stored event `event` is another mention of (its identity, with `date`
    /// as stored), remembering the stored summary unless this transaction changed it already.
    private mutating func find(_ event: CodedEvent, date: String?) throws -> Int64? {
        let row = try Row.fetchOne(
            lookup, arguments: [event.source, event.target, date, event.code, event.factuality.rawValue])
        guard let row else { return nil }
        let id: Int64 = row[0]
        if summaries[id] == nil {
            summaries[id] = EventSummary(
                mentionCount: row[1], datePrecision: row[2], sourceLevel: (row[3] as String?).flatMap(ActorLevel.init(rawValue:)),
                targetLevel: (row[4] as String?).flatMap(ActorLevel.init(rawValue:)), contexts: EventSummary.split(row[5]))
        }
        return id
    }

    /// Writes the summaries of the events that gained mentions; call before committing.
    mutating func flush() throws {
        for eventID in changed.sorted() { try store(summaries[eventID]!, event: eventID) }
        changed = []
    }

    /// Forgets the events met so far (after their mentions were changed behind the writer).
    mutating func forget() {
        known = [:]
        summaries = [:]
        changed = []
    }

    /// Folds the summaries of `events` again from their mentions, and deletes those left
    /// without mentions.
    func refresh(_ events: Set<Int64>) throws {
        let mentionsOf = try db.makeStatement(
            sql: "SELECT date_precision, source_level, target_level, contexts FROM mentions WHERE event_id = ? ORDER BY id")
        let delete = try db.makeStatement(sql: "DELETE FROM events WHERE id = ?")
        for eventID in events.sorted() {
            var summary = EventSummary()
            let rows = try Row.fetchCursor(mentionsOf, arguments: [eventID])
            while let row = try rows.next() {
                summary.add(
                    datePrecision: row[0], sourceLevel: (row[1] as String?).flatMap(ActorLevel.init(rawValue:)),
                    targetLevel: (row[2] as String?).flatMap(ActorLevel.init(rawValue:)), contexts: EventSummary.split(row[3]))
            }
            if summary.mentionCount == 0 {
                try delete.execute(arguments: [eventID])
            } else {
                try store(summary, event: eventID)
            }
        }
    }

    private func store(_ summary: EventSummary, event eventID: Int64) throws {
        try updateSummary.execute(arguments: [
            summary.mentionCount, summary.datePrecision, summary.sourceLevel?.rawValue, summary.targetLevel?.rawValue,
            EventSummary.joined(summary.contexts), eventID,
        ])
    }
}
