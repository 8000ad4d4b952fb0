import DyadText
import Foundation
import PostgresNIO

/// A store in a PostgreSQL database, through PostgresNIO: the same tables and behaviour as
/// ``SQLiteStore`` (the test suite runs over both), for a team sharing one store.
///
/// ```swift
/// let store = try PostgresStore(url: "postgres://analyst@db.internal/dyad")
/// let outcomes = try store.add([NewDocument(document: doc, sourcePath: "a.txt", events: events)])
/// print(try store.stats().events)
/// ```
///
/// - The database must exist (`createdb dyad`); opening it with `creating` makes the tables
///   in its current schema. A database with other tables is refused, never changed.
/// - Writes take a transaction-level advisory lock, so writers take turns as with SQLite
///   (two `dyad ingest` runs on one store never duplicate an event), while readers read
///   their snapshot without waiting.
/// - Calls are synchronous and safe from any thread: see ``PostgresConnectionPool`` for how
///   they wait for PostgresNIO.
public final class PostgresStore: Store {
    /// The database URL as given (with its password, if any; ``location`` shows it hidden).
    public let url: String
    let pool: PostgresConnectionPool

    /// Connects to the database at `url`; `creating` makes the store's tables when the
    /// database has none, otherwise an empty database is an error. An older store is
    /// upgraded; a store written by a newer dyad, or a database holding other tables, is
    /// refused with a ``StoreError``, as are a malformed URL and a server that cannot be
    /// reached ("cannot connect to PostgreSQL at HOST:PORT: reason").
    public init(url: String, creating: Bool = true) throws {
        self.url = url
        let location = StoreLocation.postgres(url: url).description
        pool = try PostgresConnectionPool(url: try PostgresURL(url), location: location)
        try pool.withSession { try PostgresSchema.prepare($0, creating: creating) }
    }

    /// Where the store is.
    public var location: StoreLocation { .postgres(url: url) }

    /// Runs `body` on a connection of the pool.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try pool.withSession(body)
    }

    /// Now, ISO 8601 in UTC, to the second.
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    public func stats() throws -> StoreStats {
        try withSession { session in
            let rows = try session.query(
                sql: """
                    SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions),
                           (SELECT min(date) FROM events), (SELECT max(date) FROM events)
                    """)
            let row = PostgresRowReader(rows[0])
            var stats = StoreStats()
            stats.documents = try row[0]
            stats.events = try row[1]
            stats.mentions = try row[2]
            stats.firstDate = (try row[3] as String?).flatMap { Day(iso: $0) }
            stats.lastDate = (try row[4] as String?).flatMap { Day(iso: $0) }
            return stats
        }
    }

    public func actorPairs() throws -> [ActorPairCount] {
        try withSession { session in
            try session.query(
                sql: """
                    SELECT source, target, count(*) FROM events
                    WHERE factuality = 'asserted' AND source <> '' AND target <> ''
                    GROUP BY source, target ORDER BY count(*) DESC, source, target
                    """
            ).map { row in
                let row = PostgresRowReader(row)
                return ActorPairCount(source: try row[0], target: try row[1], events: try row[2])
            }
        }
    }
}
