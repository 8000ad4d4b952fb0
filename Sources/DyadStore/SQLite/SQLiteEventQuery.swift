import GRDB

/// The SQL of an ``EventFilter``: fixed text with `?` placeholders, every value the user
/// gave passed as an argument, never spliced into the SQL.
///
/// Actor and code prefixes are ranges (`source >= 'USA' AND source < 'USA\u{10FFFF}'`) so that
/// they are read from the indexes; the dyad condition is two such ranges per direction.
struct SQLiteEventQuery {
    private(set) var sql = ""
    private(set) var arguments = StatementArguments()

    init(_ filter: EventFilter) {
        let perMention = filter.rows == .mentions
        let text = filter.text.flatMap { $0.isEmpty ? nil : $0 }
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

    private mutating func addConditions(_ filter: EventFilter) {
        if !filter.ids.isEmpty {
            append(" AND e.id IN (\(databaseQuestionMarks(count: filter.ids.count)))", filter.ids)
        }
        if let actor = nonEmpty(filter.actor) {
            append(" AND ((e.source >= ? AND e.source < ?) OR (e.target >= ? AND e.target < ?))", range(actor) + range(actor))
        }
        if let dyad = filter.dyad {
            let a = range(dyad.first), b = range(dyad.second)
            append(
                " AND ((e.source >= ? AND e.source < ? AND e.target >= ? AND e.target < ?)"
                    + " OR (e.source >= ? AND e.source < ? AND e.target >= ? AND e.target < ?))", a + b + b + a)
        }
        if let source = nonEmpty(filter.source) { append(" AND e.source >= ? AND e.source < ?", range(source)) }
        if let target = nonEmpty(filter.target) { append(" AND e.target >= ? AND e.target < ?", range(target)) }
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
        let hasActor = [filter.actor, filter.source, filter.target].contains { nonEmpty($0) != nil } || filter.dyad != nil
        let date = hasActor ? "+e.date" : "e.date"
        if let from = filter.from { append(" AND \(date) >= ?", from.description) }
        if let to = filter.to { append(" AND \(date) <= ?", to.description) }
        if let issue = nonEmpty(filter.issue) { append(" AND instr(';' || e.contexts || ';', ?) > 0", ";\(issue);") }
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
