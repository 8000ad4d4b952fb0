import PostgresNIO

/// The SQL of an ``EventFilter`` for PostgreSQL: fixed text with `$n` placeholders, every
/// value the user gave bound as a parameter, never spliced into the SQL. The same query as
/// ``SQLiteEventQuery``, condition for condition:
///
/// - actor and code prefixes are ranges (`source >= 'USA' AND source < 'USA\u{10FFFF}'`) on
///   `"C"`-collated columns, so they read the indexes;
/// - lists are one array parameter each (`e.root = ANY($3)`);
/// - an event's first mention is a `LATERAL` join rather than a `min(id)` subquery;
/// - events are listed by date, undated first (`NULLS FIRST`, SQLite's order), then id.
struct PostgresEventQuery {
    private(set) var sql = ""
    private(set) var bindings = PostgresBindings()

    /// The query, ready to run.
    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }

    init(_ filter: EventFilter) {
        let perMention = filter.rows == .mentions
        let text = filter.text.flatMap { $0.isEmpty ? nil : $0 }
        let outline = !perMention && text == nil && !filter.sentences
        var sql = "SELECT \(outline ? EventColumns.outline : EventColumns.list(perMention: perMention)) FROM events e "
        if outline {
            sql += "JOIN LATERAL (SELECT x.id, x.document_id, x.sentence_index FROM mentions x WHERE x.event_id = e.id"
            sql += " ORDER BY x.id LIMIT 1) m ON TRUE"
        } else if perMention {
            sql += "JOIN mentions m ON m.event_id = e.id"
            if let text { sql += " AND strpos(lower(m.sentence), lower(\(bind(text)))) > 0" }
        } else {
            // The first mention (by id) of each event, matching `text` if given: SQLite's
            // `m.id = (SELECT min(x.id) ...)`, as a LATERAL join, which PostgreSQL runs per
            // event from the index instead of hashing every mention (5 times faster for a
            // dyad-year in 100,000 events).
            sql += "JOIN LATERAL (SELECT x.* FROM mentions x WHERE x.event_id = e.id"
            if let text { sql += " AND strpos(lower(x.sentence), lower(\(bind(text)))) > 0" }
            sql += " ORDER BY x.id LIMIT 1) m ON TRUE"
        }
        if !outline { sql += " JOIN documents d ON d.id = m.document_id" }
        sql += " WHERE TRUE"
        for condition in conditions(filter) { sql += " AND " + condition }
        sql += perMention ? " ORDER BY e.date NULLS FIRST, e.id, m.id" : " ORDER BY e.date NULLS FIRST, e.id"
        // A negative limit is no limit, as in SQLite.
        if let limit = filter.limit, limit >= 0 { sql += " LIMIT \(bind(limit))" }
        self.sql = sql
    }

    /// The filter's conditions, each binding its values in order.
    private mutating func conditions(_ filter: EventFilter) -> [String] {
        var found: [String] = []
        if !filter.ids.isEmpty { found.append("e.id = ANY(\(bind(filter.ids)))") }
        if let actor = nonEmpty(filter.actor) {
            let source = range("e.source", actor)
            let target = range("e.target", actor)
            found.append("(\(source) OR \(target))")
        }
        if let dyad = filter.dyad {
            let (a, b) = (dyad.first, dyad.second)
            let forward = [range("e.source", a), range("e.target", b)].joined(separator: " AND ")
            let backward = [range("e.source", b), range("e.target", a)].joined(separator: " AND ")
            found.append("((\(forward)) OR (\(backward)))")
        }
        if let source = nonEmpty(filter.source) { found.append(range("e.source", source)) }
        if let target = nonEmpty(filter.target) { found.append(range("e.target", target)) }
        let codes = filter.codes.filter { !$0.isEmpty }
        if !codes.isEmpty {
            var terms: [String] = []
            for code in codes { terms.append(range("e.code", code)) }
            found.append("(\(terms.joined(separator: " OR ")))")
        }
        if !filter.roots.isEmpty { found.append("e.root = ANY(\(bind(filter.roots)))") }
        if !filter.quadClasses.isEmpty { found.append("e.quad_class = ANY(\(bind(filter.quadClasses)))") }
        if !filter.factualities.isEmpty { found.append("e.factuality = ANY(\(bind(filter.factualities.map(\.rawValue))))") }
        if let from = filter.from { found.append("e.date >= \(bind(from.description))") }
        if let to = filter.to { found.append("e.date <= \(bind(to.description))") }
        if let issue = nonEmpty(filter.issue) { found.append("strpos(';' || e.contexts || ';', \(bind(";\(issue);"))) > 0") }
        return found
    }

    /// Binds `value` and returns its placeholder.
    private mutating func bind(_ value: some PostgresNonThrowingEncodable) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    /// `column` starts with `prefix`, as a range the column's index answers.
    private mutating func range(_ column: String, _ prefix: String) -> String {
        "(\(column) >= \(bind(prefix)) AND \(column) < \(bind(prefix + "\u{10FFFF}")))"
    }

    private func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
}
