import DyadText
import Foundation
import GRDB

/// A store in one SQLite file, through GRDB: a `DatabasePool` in WAL mode, so that queries
/// run while an ingest writes.
///
/// ```swift
/// let store = try SQLiteStore(path: "dyad.sqlite")
/// let outcomes = try store.add([NewDocument(document: doc, sourcePath: "a.txt", events: events)])
/// print(try store.stats().events)
/// ```
///
/// Durability: `synchronous = NORMAL`, the usual setting with WAL. A killed process loses
/// nothing committed; a power cut may lose the last transactions, never consistency.
/// Writers wait up to a minute for each other (a second `dyad ingest` on the same file).
public final class SQLiteStore: Store {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens the store at `path`; `creating` makes a new one when no file exists, otherwise
    /// a missing file is an error. An older store is upgraded; a store written by a newer
    /// dyad, or a database that is not a dyad store, is refused with a ``StoreError``.
    public init(path: String, creating: Bool = true) throws {
        self.path = path
        if !creating, !FileManager.default.fileExists(atPath: path) {
            throw StoreError(.missing, location: path, reason: "no store here (run 'dyad ingest' to make one, or give --store)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Reads map the file instead of copying each page through a system call: a
            // relation report over 10 million events spent a third of its time in those copies.
            try db.execute(sql: "PRAGMA mmap_size = 17179869184")
            // The writer inserts into several indexes at random places: with the default
            // 2 MB cache it re-reads and spills pages (2.6 times slower on 200k events). A
            // checkpoint every 10,000 pages (160 MB of WAL) writes hot index pages back less
            // often than every 2,500: 500,000 events stored 10% faster.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000")
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.read { db in try SQLiteSchema.check(db, location: path) }
            try SQLiteSchema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw SQLiteStore.storeError(error, location: path)
        }
    }

    /// Where the store is.
    public var location: StoreLocation { .sqlite(path: path) }

    /// The schema version of the dyad store at `path` when opening it will upgrade it, else
    /// nil (no file, not a store, or up to date). An upgrade may rebuild an index: about a
    /// minute per 10 million events.
    public static func pendingUpgrade(path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        let stored = try? DatabaseQueue(path: path, configuration: configuration).read { db in
            try db.tableExists("meta") ? String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") : nil
        }
        guard let version = stored.flatMap({ $0 }).flatMap({ Int($0) }), version < SQLiteSchema.version else { return nil }
        return version
    }

    /// A ``StoreError`` for a database error.
    static func storeError(_ error: DatabaseError, location: String) -> StoreError {
        if error.resultCode == .SQLITE_NOTADB {
            return StoreError(.notAStore, location: location, reason: "is not a SQLite database")
        }
        return StoreError(.database, location: location, reason: error.message ?? error.description)
    }

    /// Runs `body`, turning database errors into ``StoreError``s.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw SQLiteStore.storeError(error, location: path) }
    }

    /// Now, ISO 8601 in UTC, to the second.
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    public func stats() throws -> StoreStats {
        try guarded {
            try pool.read { db in
                var stats = StoreStats()
                stats.documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
                stats.events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
                stats.mentions = try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0
                // One extreme per statement: SQLite reads each from the date index.
                stats.firstDate = try String.fetchOne(db, sql: "SELECT min(date) FROM events").flatMap { Day(iso: $0) }
                stats.lastDate = try String.fetchOne(db, sql: "SELECT max(date) FROM events").flatMap { Day(iso: $0) }
                return stats
            }
        }
    }

    public func actorPairs() throws -> [ActorPairCount] {
        try guarded {
            try pool.read { db in
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT source, target, count(*) FROM events
                        WHERE factuality = 'asserted' AND source <> '' AND target <> ''
                        GROUP BY source, target ORDER BY count(*) DESC, source, target
                        """)
                var counts: [ActorPairCount] = []
                while let row = try rows.next() {
                    counts.append(ActorPairCount(source: row[0], target: row[1], events: row[2]))
                }
                return counts
            }
        }
    }
}
