import PostgresNIO

/// One leased connection, used synchronously by one caller: statements, transactions and
/// cursors. Each statement waits for its future (see ``PostgresConnectionPool``); errors
/// become ``StoreError``s.
///
/// Every value is bound as a parameter (`$1`, `$2` ...): the SQL text given here is fixed
/// text of dyad's own.
final class PostgresSession {
    let connection: PostgresConnection
    let location: String
    private let logger: Logger
    /// Whether the connection is in a state it must not be reused in (a failed rollback).
    private(set) var broken = false

    /// Rows fetched by the first round trip of a cursor: few, so the first rows come soon.
    static let firstChunk = 128
    /// Rows fetched by each later round trip: enough to make round trips cheap, few enough
    /// to keep memory flat.
    static let chunk = 2048

    init(connection: PostgresConnection, location: String, logger: Logger) {
        self.connection = connection
        self.location = location
        self.logger = logger
    }

    /// Runs `query` and returns all its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> [PostgresRow] {
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            if connection.isClosed { broken = true }
            throw PostgresErrors.querying(error, location: location)
        }
    }

    /// Runs fixed SQL without parameters.
    @discardableResult
    func query(sql: String) throws -> [PostgresRow] {
        try query(PostgresQuery(unsafeSQL: sql))
    }

    /// Runs `body` in a transaction started by `begin`: committed when `body` returns (or
    /// rolled back when `commit` is false), rolled back when it throws.
    func transaction<T>(_ begin: String = "BEGIN", commit: Bool = true, _ body: () throws -> T) throws -> T {
        try query(sql: begin)
        let result: T
        do {
            result = try body()
        } catch {
            rollBack()
            throw error
        }
        try query(sql: commit ? "COMMIT" : "ROLLBACK")
        return result
    }

    /// Calls `body` with each row of `query`, read through a cursor in chunks so that memory
    /// does not grow with the number of rows. Runs in a read-only transaction of its own
    /// (one snapshot for the whole result); throwing from `body` stops and closes it.
    func forEachRow(_ query: PostgresQuery, _ body: (PostgresRow) throws -> Void) throws {
        try transaction("BEGIN READ ONLY") {
            try self.query(PostgresQuery(unsafeSQL: "DECLARE dyad_rows NO SCROLL CURSOR FOR " + query.sql, binds: query.binds))
            var size = PostgresSession.firstChunk
            while true {
                // A constant of ours: FETCH takes no parameters.
                let rows = try self.query(sql: "FETCH FORWARD \(size) FROM dyad_rows")
                for row in rows { try body(row) }
                if rows.count < size { break }
                size = PostgresSession.chunk
            }
        }
    }

    private func rollBack() {
        do { try query(sql: "ROLLBACK") } catch { broken = true }
    }
}
