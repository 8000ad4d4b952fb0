import GRDB

/// The SQL of an ``EventFilter``: fixed text with `?` placeholders, every value the user
/// gave passed as an argument, never spliced into the SQL.
///
/// Actor and code prefixes are ranges (`source >= 'USA' AND source < 'USA\u{10FFFF}'`) so that
/// they are read from the indexes. A dyad's prefixes are given as the stored codes they stand
/// for (``SQLiteStore/storedActorCodes(_:prefix:)``): with equalities on source and target the
/// identity index reads the dyad's date range directly (50 ms instead of 5 s for a dyad-year
/// in 10 million events). A code prefix also names its root, so that the root index serves.
struct SQLiteEventQuery {
    private(set) var sql = ""
    private(set) var arguments = StatementArguments()
    /// The stored actor codes of each actor prefix of the filter's dyad.
    private let actorCodes: [String: [String]]

    init(_ filter: EventFilter, actorCodes: [String: [String]] = [:]) {
        self.actorCodes = actorCodes
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
        if let dyad = filter.dyad, let a = actorCodes[dyad.first], let b = actorCodes[dyad.second] {
            let (inA, inB) = (databaseQuestionMarks(count: a.count), databaseQuestionMarks(count: b.count))
            append(
                " AND ((e.source IN (\(inA)) AND e.target IN (\(inB))) OR (e.source IN (\(inB)) AND e.target IN (\(inA))))",
                a + b + b + a)
        } else if let dyad = filter.dyad {
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
            if codes.allSatisfy({ $0.count >= 2 }) {
                let roots = Array(Set(codes.map { String($0.prefix(2)) })).sorted()
                append(" AND e.root IN (\(databaseQuestionMarks(count: roots.count)))", roots)
            }
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
        // A dyad given as stored codes reads its dates from the identity index itself.
        let exactDyad = filter.dyad.map { actorCodes[$0.first] != nil && actorCodes[$0.second] != nil } ?? false
        let hasActor = [filter.actor, filter.source, filter.target].contains { nonEmpty($0) != nil } || filter.dyad != nil
        let date = hasActor && !exactDyad ? "+e.date" : "e.date"
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
