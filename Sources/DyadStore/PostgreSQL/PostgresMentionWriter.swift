import DyadCoder
import DyadLexicon
import PostgresNIO

/// Writes mentions inside a write transaction, a whole batch of documents in a few
/// statements: finds or creates each event by its ``EventIdentity``, adds the mentions and
/// folds them into the events' ``EventSummary``s — what ``SQLiteMentionWriter`` does one
/// row at a time, with the same result (ids, order, summaries, counts).
///
/// Each step is one statement over arrays (`unnest`), so a batch costs the same handful of
/// round trips however many events it holds:
/// 1. the identities met are looked up among the stored events (dated ones by the whole
///    identity index, undated ones with `date IS NULL`);
/// 2. the new ones are inserted in order of first appearance, with their summaries;
/// 3. the mentions are inserted in document and event order (so mention ids, and with them
///    each event's "first mention", follow that order);
/// 4. the summaries of the stored events that gained mentions are updated.
///
/// A mention repeating one already in the batch (same event, document and sentence) is
/// left out, as SQLite's `ON CONFLICT DO NOTHING` does. The caller holds the write lock, so
/// no other writer adds events between the lookup and the insert.
struct PostgresMentionWriter {
    let session: PostgresSession

    /// What one document added.
    struct Counts: Sendable, Equatable {
        var newEvents = 0
        var mentions = 0
    }

    private struct Pending {
        var identity: EventIdentity
        var first: CodedEvent
        var document: Int
        var mentions: [CodedEvent] = []
        var stored: (id: Int64, summary: EventSummary)?
    }

    private struct MentionKey: Hashable {
        var event: Int
        var document: Int64
        var sentence: Int
    }

    /// Adds the mentions of `documents` (store id, coded events), in order, and returns what
    /// each document added.
    @discardableResult
    func add(_ documents: [(id: Int64, events: [CodedEvent])]) throws -> [Counts] {
        var counts = Array(repeating: Counts(), count: documents.count)
        var index: [EventIdentity: Int] = [:]
        var pending: [Pending] = []
        var mentions: [(event: Int, document: Int64, coded: CodedEvent)] = []
        var seen: Set<MentionKey> = []
        for (position, document) in documents.enumerated() {
            for event in document.events {
                let identity = EventIdentity(event)
                let i: Int
                if let known = index[identity] {
                    i = known
                } else {
                    i = pending.count
                    index[identity] = i
                    pending.append(Pending(identity: identity, first: event, document: position))
                }
                guard seen.insert(MentionKey(event: i, document: document.id, sentence: event.sentenceIndex)).inserted else { continue }
                mentions.append((i, document.id, event))
                pending[i].mentions.append(event)
                counts[position].mentions += 1
            }
        }
        guard !pending.isEmpty else { return counts }

        try findStored(&pending)
        let created = pending.indices.filter { pending[$0].stored == nil }
        let ids = try insertEvents(created.map { pending[$0] })
        for i in created { counts[pending[i].document].newEvents += 1 }
        let eventIDs = pending.map { $0.stored?.id ?? ids[$0.identity] ?? 0 }
        try insertMentions(mentions.map { (eventIDs[$0.event], $0.document, $0.coded) })

        var updated: [(id: Int64, summary: EventSummary)] = []
        for item in pending {
            guard var stored = item.stored else { continue }
            for mention in item.mentions { stored.summary.add(mention) }
            updated.append(stored)
        }
        try store(updated)
        return counts
    }

    /// Folds the summaries of `events` again from their mentions, and deletes those left
    /// without mentions.
    func refresh(_ events: Set<Int64>) throws {
        guard !events.isEmpty else { return }
        let ids = events.sorted()
        var summaries: [Int64: EventSummary] = [:]
        let rows = try session.query(
            """
            SELECT event_id, date_precision, source_level, target_level, contexts FROM mentions
            WHERE event_id = ANY(\(ids)) ORDER BY event_id, id
            """)
        for row in rows {
            let row = PostgresRowReader(row)
            let id: Int64 = try row[0]
            summaries[id, default: EventSummary()].add(
                datePrecision: try row[1], sourceLevel: (try row[2] as String?).flatMap(ActorLevel.init(rawValue:)),
                targetLevel: (try row[3] as String?).flatMap(ActorLevel.init(rawValue:)), contexts: EventSummary.split(try row[4]))
        }
        let gone = ids.filter { summaries[$0] == nil }
        if !gone.isEmpty { try session.query("DELETE FROM events WHERE id = ANY(\(gone))") }
        try store(ids.compactMap { id in summaries[id].map { (id, $0) } })
    }

    /// Step 1: the stored events with the identities of `pending`, with their summaries.
    private func findStored(_ pending: inout [Pending]) throws {
        let rows = try session.query(
            """
            WITH k AS (
                SELECT * FROM unnest(
                    \(pending.map(\.identity.source))::text[], \(pending.map(\.identity.target))::text[],
                    \(pending.map { $0.identity.date?.description ?? "" })::text[], \(pending.map(\.identity.code))::text[],
                    \(pending.map(\.identity.factuality.rawValue))::text[]
                ) WITH ORDINALITY AS k(source, target, date, code, factuality, ord)
            )
            SELECT k.ord, e.id, e.mention_count, e.date_precision, e.source_level, e.target_level, e.contexts
            FROM k JOIN events e ON e.source = k.source AND e.target = k.target AND e.date = k.date
                AND e.code = k.code AND e.factuality = k.factuality
            WHERE k.date <> ''
            UNION ALL
            SELECT k.ord, e.id, e.mention_count, e.date_precision, e.source_level, e.target_level, e.contexts
            FROM k JOIN events e ON e.source = k.source AND e.target = k.target AND e.date IS NULL
                AND e.code = k.code AND e.factuality = k.factuality
            WHERE k.date = ''
            """)
        for row in rows {
            let row = PostgresRowReader(row)
            let ordinal: Int = try row[0]
            let summary = EventSummary(
                mentionCount: try row[2], datePrecision: try row[3],
                sourceLevel: (try row[4] as String?).flatMap(ActorLevel.init(rawValue:)),
                targetLevel: (try row[5] as String?).flatMap(ActorLevel.init(rawValue:)), contexts: EventSummary.split(try row[6]))
            pending[ordinal - 1].stored = (try row[1], summary)
        }
    }

    /// Step 2: inserts new events, in order, with the summaries of their mentions; returns
    /// their ids.
    private func insertEvents(_ events: [Pending]) throws -> [EventIdentity: Int64] {
        guard !events.isEmpty else { return [:] }
        let summaries = events.map { event in
            var summary = EventSummary()
            for mention in event.mentions { summary.add(mention) }
            return summary
        }
        let first = events.map(\.first)
        let rows = try session.query(
            """
            INSERT INTO events (date, date_precision, source, target, code, root, quad_class, goldstein, plover_type,
                plover_mode, factuality, source_level, target_level, contexts, mention_count)
            SELECT NULLIF(u.date, ''), u.date_precision, u.source, u.target, u.code, u.root, u.quad_class, u.goldstein,
                u.plover_type, u.plover_mode, u.factuality, NULLIF(u.source_level, ''), NULLIF(u.target_level, ''),
                u.contexts, u.mention_count
            FROM unnest(
                \(first.map { $0.date?.description ?? "" })::text[], \(summaries.map(\.datePrecision))::text[],
                \(first.map(\.source))::text[], \(first.map(\.target))::text[], \(first.map(\.code))::text[],
                \(first.map(\.root))::text[], \(first.map(\.quadClass))::int8[], \(first.map(\.goldstein))::float8[],
                \(first.map(\.ploverType))::text[], \(first.map(\.ploverMode))::text[],
                \(first.map(\.factuality.rawValue))::text[], \(summaries.map { $0.sourceLevel?.rawValue ?? "" })::text[],
                \(summaries.map { $0.targetLevel?.rawValue ?? "" })::text[],
                \(summaries.map { EventSummary.joined($0.contexts) })::text[], \(summaries.map(\.mentionCount))::int8[]
            ) WITH ORDINALITY AS u(date, date_precision, source, target, code, root, quad_class, goldstein, plover_type,
                plover_mode, factuality, source_level, target_level, contexts, mention_count, ord)
            ORDER BY u.ord
            RETURNING id, source, target, date, code, factuality
            """)
        let byKey = Dictionary(events.map { (PostgresMentionWriter.key($0.identity), $0.identity) }, uniquingKeysWith: { a, _ in a })
        var ids: [EventIdentity: Int64] = [:]
        for row in rows {
            let row = PostgresRowReader(row)
            let key = [try row[1], try row[2], (try row[3] as String?) ?? "", try row[4], try row[5]].joined(separator: "\u{0}")
            if let identity = byKey[key] { ids[identity] = try row[0] }
        }
        return ids
    }

    /// Step 3: inserts mentions, in order.
    private func insertMentions(_ mentions: [(event: Int64, document: Int64, coded: CodedEvent)]) throws {
        guard !mentions.isEmpty else { return }
        let coded = mentions.map(\.coded)
        try session.query(
            """
            INSERT INTO mentions (event_id, document_id, sentence_index, sentence, start_offset, end_offset, source_text,
                target_text, source_level, target_level, date_precision, contexts)
            SELECT u.event_id, u.document_id, u.sentence_index, u.sentence, u.start_offset, u.end_offset, u.source_text,
                u.target_text, NULLIF(u.source_level, ''), NULLIF(u.target_level, ''), u.date_precision, u.contexts
            FROM unnest(
                \(mentions.map(\.event))::int8[], \(mentions.map(\.document))::int8[], \(coded.map(\.sentenceIndex))::int8[],
                \(coded.map { PostgresText.storable($0.sentence) })::text[], \(coded.map { $0.offsets.first ?? 0 })::int8[],
                \(coded.map { $0.offsets.last ?? 0 })::int8[], \(coded.map { PostgresText.storable($0.sourceText) })::text[],
                \(coded.map { PostgresText.storable($0.targetText) })::text[], \(coded.map { $0.sourceLevel?.rawValue ?? "" })::text[],
                \(coded.map { $0.targetLevel?.rawValue ?? "" })::text[], \(coded.map(\.datePrecision))::text[],
                \(coded.map { EventSummary.joined($0.contexts) })::text[]
            ) WITH ORDINALITY AS u(event_id, document_id, sentence_index, sentence, start_offset, end_offset, source_text,
                target_text, source_level, target_level, date_precision, contexts, ord)
            ORDER BY u.ord
            """)
    }

    /// Step 4: writes the summaries of stored events.
    private func store(_ summaries: [(id: Int64, summary: EventSummary)]) throws {
        guard !summaries.isEmpty else { return }
        let values = summaries.map(\.summary)
        try session.query(
            """
            UPDATE events AS e SET mention_count = u.mention_count, date_precision = u.date_precision,
                source_level = NULLIF(u.source_level, ''), target_level = NULLIF(u.target_level, ''), contexts = u.contexts
            FROM unnest(
                \(summaries.map(\.id))::int8[], \(values.map(\.mentionCount))::int8[], \(values.map(\.datePrecision))::text[],
                \(values.map { $0.sourceLevel?.rawValue ?? "" })::text[], \(values.map { $0.targetLevel?.rawValue ?? "" })::text[],
                \(values.map { EventSummary.joined($0.contexts) })::text[]
            ) AS u(id, mention_count, date_precision, source_level, target_level, contexts)
            WHERE e.id = u.id
            """)
    }

    /// An identity as one string, to match inserted rows back to it.
    private static func key(_ identity: EventIdentity) -> String {
        [identity.source, identity.target, identity.date?.description ?? "", identity.code, identity.factuality.rawValue]
            .joined(separator: "\u{0}")
    }
}
