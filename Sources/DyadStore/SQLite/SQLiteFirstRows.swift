import GRDB

/// The first rows of a limited query whose actor condition names stored codes, chosen by
/// merging index ranges in date order instead of sorting every matching event.
///
/// An actor prefix stands for several stored codes (`USA`, `USAGOV`, `USAMIL`, …) on either
/// side of an event. SQLite reads each code's events from the identity index (source, date, …)
/// or the target index (target, date) already in date order, but a query over all of them
/// sorts every match before it can return the first: 2.4 s for `--actor CHN --limit 1` on
/// 10 million events. Here each code and side is its own cursor in date order; the cursors
/// are merged, each date's events ordered by id, until the limit is reached. The rows
/// themselves are then read by id.
enum SQLiteFirstRows {
    /// One index range: a statement whose rows are `(id, date)` in date order.
    private struct Arm {
        var sql: String
        var arguments: StatementArguments
    }

    /// The ids of the first `filter.limit` events of `filter` in (date, id) order, or nil when
    /// the filter is not one this applies to (no limit, no actor condition given as stored
    /// codes, several actor conditions, ids, text or mention rows).
    static func ids(_ db: Database, filter: EventFilter, actorCodes: [String: [String]]) throws -> [Int64]? {
        guard let limit = filter.limit, filter.ids.isEmpty, filter.rows == .events, (filter.text ?? "").isEmpty,
            let arms = arms(filter, actorCodes: actorCodes)
        else { return nil }
        return try merge(db, arms, limit: limit)
    }

    private static func arms(_ filter: EventFilter, actorCodes: [String: [String]]) -> [Arm]? {
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        let actor = given(filter.actor), source = given(filter.source), target = given(filter.target)
        guard [actor, source, target].compactMap({ $0 }).count + (filter.dyad == nil ? 0 : 1) == 1 else { return nil }
        var rest = filter
        (rest.actor, rest.source, rest.target, rest.dyad, rest.limit) = (nil, nil, nil, nil, nil)
        let conditions = SQLiteEventQuery(conditionsOf: rest)
        func arm(_ side: String, _ code: String, targetIn targets: [String]? = nil) -> Arm {
            let index = side == "source" ? "events_identity" : "events_target"
            var sql = "SELECT e.id, e.date FROM events e INDEXED BY \(index) WHERE e.\(side) = ?"
            var arguments: StatementArguments = [code]
            if let targets {
                sql += " AND e.target IN (\(databaseQuestionMarks(count: targets.count)))"
                arguments += StatementArguments(targets)
            }
            return Arm(sql: sql + conditions.sql + " ORDER BY e.date", arguments: arguments + conditions.arguments)
        }
        if let actor, let codes = actorCodes[actor] {
            return codes.map { arm("source", $0) } + codes.map { arm("target", $0) }
        }
        if let source, let codes = actorCodes[source] { return codes.map { arm("source", $0) } }
        if let target, let codes = actorCodes[target] { return codes.map { arm("target", $0) } }
        if let dyad = filter.dyad, let a = actorCodes[dyad.first], let b = actorCodes[dyad.second] {
            return a.map { arm("source", $0, targetIn: b) } + b.map { arm("source", $0, targetIn: a) }
        }
        return nil
    }

    /// Merges the arms' rows in (date, id) order, undated events first as in SQL, each event
    /// once (an actor's event with itself on both sides is in two arms).
    private static func merge(_ db: Database, _ arms: [Arm], limit: Int) throws -> [Int64] {
        var cursors = try arms.map { try Row.fetchCursor(db, sql: $0.sql, arguments: $0.arguments) }
        var heads: [(id: Int64, date: String?)?] = try cursors.indices.map { try next(&cursors[$0]) }
        var ids: [Int64] = []
        var seen: Set<Int64> = []
        while ids.count < limit {
            let dates = heads.compactMap { $0 }.map(\.date)
            guard !dates.isEmpty else { break }
            // nil (undated) sorts first, as NULL does in SQLite.
            let first = dates.min { ($0 ?? "") < ($1 ?? "") }!
            var sameDay: [Int64] = []
            for index in heads.indices {
                while let head = heads[index], head.date == first {
                    sameDay.append(head.id)
                    heads[index] = try next(&cursors[index])
                }
            }
            for id in sameDay.sorted() where ids.count < limit && seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    private static func next(_ cursor: inout RowCursor) throws -> (id: Int64, date: String?)? {
        guard let row = try cursor.next() else { return nil }
        return (row[0], row[1])
    }
}
