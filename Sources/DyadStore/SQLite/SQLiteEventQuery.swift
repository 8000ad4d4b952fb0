import GRDB

/// The SQL of an ``EventFilter``: fixed text with `?` placeholders, every value the user
/// gave passed as an argument, never spliced into the SQL.
///
/// Actor prefixes are given as the stored codes they stand for
/// (``SQLiteStore/storedActorCodes(_:prefix:)``): with an equality on the source or the target
/// the identity and target indexes read the actor's date range directly (a dyad-year in 10
/// million events: 50 ms instead of 5 s). Code prefixes are ranges (`code >= '16' AND code <
/// '16\u{10FFFF}'`).
struct SQLiteEventQuery {
    private(set) var sql = ""
    private(set) var arguments = StatementArguments()
    /// True when an event may come in several adjacent rows, one per mention: the reader
    /// keeps the row of its first mention (the smallest mention id).
    private(set) var repeatsEvents = false
    /// The stored actor codes of each actor prefix of the filter.
    private let actorCodes: [String: [String]]

    init(_ filter: EventFilter, actorCodes: [String: [String]] = [:]) {
        self.actorCodes = actorCodes
        let perMention = filter.rows == .mentions
        let text = filter.text.flatMap { $0.isEmpty ? nil : $0 }
        if !perMention, text == nil, !filter.sentences, filter.limit == nil {
            // Every mention's id, document and sentence index, from the mentions index alone
            // (reading the first mention's row cost two thirds of a relation report's query);
            // the reader keeps each event's row with its first mention.
            sql = "SELECT \(EventColumns.outline) FROM events e JOIN mentions m INDEXED BY mentions_event ON m.event_id = e.id"
            sql += " WHERE 1"
            addConditions(filter)
            if filter.ordered { sql += " ORDER BY e.date, e.id, m.id" }
            repeatsEvents = true
            return
        }
        if !perMention, text == nil, let limit = filter.limit {
            // The first rows are chosen from the indexes alone, then read and joined to their
            // first mention: a dyad-year's first row no longer reads the whole year first.
            sql = "SELECT \(EventColumns.list(perMention: false)) FROM (SELECT e.id FROM events e WHERE 1"
            addConditions(filter)
            append(" ORDER BY e.date, e.id LIMIT ?) first JOIN events e ON e.id = first.id", limit)
            sql += " JOIN mentions m ON m.id = (SELECT min(x.id) FROM mentions x WHERE x.event_id = e.id)"
            sql += " JOIN documents d ON d.id = m.document_id ORDER BY e.date, e.id"
            return
        }
        sql = "SELECT \(EventColumns.list(perMention: perMention)) FROM events e "
        if perMention {
            sql += "JOIN mentions m ON m.event_id = e.id"
            if let text { append(" AND instr(lower(m.sentence), lower(?)) > 0", text) }
        } else {
            sql += "JOIN mentions m ON m.id = (SELECT min(x.id) FROM mentions x WHERE x.event_id = e.id"
            if let text { append(" AND instr(lower(x.sentence), lower(?)) > 0", text) }
            sql += ")"
        }
        sql += " JOIN documents d ON d.id = m.document_id WHERE 1"
        addConditions(filter)
        sql += perMention ? " ORDER BY e.date, e.id, m.id" : " ORDER BY e.date, e.id"
        if let limit = filter.limit { append(" LIMIT ?", limit) }
    }

    /// The conditions of `filter` alone, as `sql` (" AND ..." terms of events `e`) and
    /// `arguments`, for queries that add their own.
    init(conditionsOf filter: EventFilter) {
        actorCodes = [:]
        addConditions(filter)
    }

    private mutating func addConditions(_ filter: EventFilter) {
        if !filter.ids.isEmpty {
            append(" AND e.id IN (\(databaseQuestionMarks(count: filter.ids.count)))", filter.ids)
        }
        if let actor = nonEmpty(filter.actor) {
            if let codes = actorCodes[actor], filter.from != nil || filter.to != nil {
                appendActorInDates(codes, filter)
            } else {
                append(" AND (\(actorCondition("e.source", actor)) OR \(actorCondition("e.target", actor)))")
            }
        }
        if let dyad = filter.dyad {
            let (a, b) = (dyad.first, dyad.second)
            // `+e.target`: each direction is read from the identity index (source, date,
            // target), which holds everything the condition needs.
            append(
                " AND ((\(actorCondition("e.source", a)) AND \(actorCondition("+e.target", b)))"
                    + " OR (\(actorCondition("e.source", b)) AND \(actorCondition("+e.target", a))))")
        }
        if let source = nonEmpty(filter.source) { append(" AND \(actorCondition("e.source", source))") }
        if let target = nonEmpty(filter.target) { append(" AND \(actorCondition("e.target", target))") }
        let codes = filter.codes.filter { !$0.isEmpty }
        if !codes.isEmpty {
            let terms = Array(repeating: "(e.code >= ? AND e.code < ?)", count: codes.count).joined(separator: " OR ")
            append(" AND (\(terms))", codes.flatMap(range))
        }
        if !filter.roots.isEmpty { append(" AND e.root IN (\(databaseQuestionMarks(count: filter.roots.count)))", filter.roots) }
        if !filter.quadClasses.isEmpty {
            append(" AND e.quad_class IN (\(databaseQuestionMarks(count: filter.quadClasses.count)))", filter.quadClasses)
        }
        if !filter.factualities.isEmpty {
            append(
                " AND e.factuality IN (\(databaseQuestionMarks(count: filter.factualities.count)))",
                filter.factualities.map(\.rawValue))
        }
        // With an actor condition the actor indexes are far more selective than a date range
        // (a dyad is a tiny share of a year's events), but without statistics SQLite prefers
        // the date index, which reads the whole range: 0.9 s instead of 5 ms for a dyad-year
        // in 2 million events. `+e.date` keeps the date terms off the index.
        // With actors given as ranges the actor indexes are far more selective than a date
        // range, but without statistics SQLite prefers the date index, which reads the whole
        // range: `+e.date` keeps the date terms off the index. Actors given as stored codes read
        // their own dates from the identity and target indexes.
        let prefixes = [filter.actor, filter.source, filter.target, filter.dyad?.first, filter.dyad?.second].compactMap(nonEmpty)
        let date = prefixes.contains { actorCodes[$0] == nil } ? "+e.date" : "e.date"
        if let from = filter.from { append(" AND \(date) >= ?", from.description) }
        if let to = filter.to { append(" AND \(date) <= ?", to.description) }
        if let issue = nonEmpty(filter.issue) { append(" AND instr(';' || e.contexts || ';', ?) > 0", ";\(issue);") }
    }

    /// The events of an actor's stored `codes` within the filter's dates, as two index ranges
    /// joined by UNION ALL: an OR of the source and target conditions is read by SQLite's
    /// multi-index OR, which leaves the dates out of both index searches and reads the actor's
    /// every event (a year of USA in 10 million events: 0.4 s instead of 5 s).
    private mutating func appendActorInDates(_ codes: [String], _ filter: EventFilter) {
        func side(_ column: String) {
            sql += "SELECT id FROM events WHERE \(column) IN (\(databaseQuestionMarks(count: codes.count)))"
            arguments += StatementArguments(codes)
            if let from = filter.from { append(" AND date >= ?", from.description) }
            if let to = filter.to { append(" AND date <= ?", to.description) }
        }
        sql += " AND e.id IN ("
        side("source")
        sql += " UNION ALL "
        side("target")
        sql += ")"
    }

    /// `column` holds one of the stored codes of actor `prefix`, or (when they were not
    /// looked up) starts with it.
    private mutating func actorCondition(_ column: String, _ prefix: String) -> String {
        if let codes = actorCodes[prefix] {
            arguments += StatementArguments(codes)
            return "\(column) IN (\(databaseQuestionMarks(count: codes.count)))"
        }
        arguments += StatementArguments(range(prefix))
        return "(\(column) >= ? AND \(column) < ?)"
    }

    private mutating func append(_ fragment: String) {
        sql += fragment
    }

    private mutating func append(_ fragment: String, _ values: [some DatabaseValueConvertible]) {
        sql += fragment
        arguments += StatementArguments(values)
    }

    private mutating func append(_ fragment: String, _ value: some DatabaseValueConvertible) {
        append(fragment, [value])
    }

    private func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }

    /// The bounds of the strings that start with `prefix`.
    private func range(_ prefix: String) -> [String] { [prefix, prefix + "\u{10FFFF}"] }
}
