import DyadStore
import Foundation
import GRDB
import PostgresNIO
import Testing

/// The store implementations the suite runs against. Every behavioural test takes a
/// `Backend` argument, so a backend joins by adding a case here with the three functions
/// below.
///
/// PostgreSQL runs when `DYAD_TEST_POSTGRES_URL` names a server to make throwaway databases
/// on (`scripts/test.sh` starts one): each test directory gets a database of its own,
/// dropped with it (or, while a store still uses it, when the tests end).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    /// The backends to test on this machine.
    static var available: [Backend] { PostgresTestServer.url == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// The location of the store of `directory`.
    func location(in directory: TestDirectory) -> StoreLocation {
        switch self {
        case .sqlite: .sqlite(path: directory.path("store.sqlite"))
        case .postgres: .postgres(url: directory.postgresURL())
        }
    }

    /// Opens (creating when needed) the store of `directory`.
    func store(in directory: TestDirectory, creating: Bool = true) throws -> any Store {
        try location(in: directory).open(creating: creating)
    }

    /// Writes `version` as the stored schema version, as a newer dyad would.
    /// Turns the store in `directory` back into a schema-1 store, as dyad wrote them before
    /// schema 2 reordered the identity index.
    func downgradeToSchema1(in directory: TestDirectory) throws {
        let statements = [
            "DROP INDEX events_identity",
            "CREATE UNIQUE INDEX events_identity ON events(source, target, date, code, factuality)",
            "CREATE INDEX events_root ON events(root, date)",
            "CREATE INDEX events_quad_class ON events(quad_class, date)",
            "DELETE FROM \(self == .sqlite ? "grdb_migrations" : "schema_migrations") WHERE identifier IN ('v2', 'v3')",
        ]
        switch self {
        case .sqlite:
            try DatabaseQueue(path: directory.path("store.sqlite")).write { db in
                for statement in statements { try db.execute(sql: statement) }
            }
        case .postgres:
            _ = try PostgresTestServer.execute(statements.map { PostgresQuery(unsafeSQL: $0) }, in: directory.postgresDatabase())
        }
        try setSchemaVersion(1, in: directory)
    }

    func setSchemaVersion(_ version: Int, in directory: TestDirectory) throws {
        switch self {
        case .sqlite:
            let db = try DatabaseQueue(path: directory.path("store.sqlite"))
            try db.write { try $0.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [String(version)]) }
        case .postgres:
            try PostgresTestServer.execute(
                ["UPDATE meta SET value = \(String(version)) WHERE key = 'schema_version'"], in: directory.postgresDatabase())
        }
    }
}

/// A temporary directory, removed with its contents when released, and for PostgreSQL a
/// database of its own on the test server, made on first use and dropped after it.
final class TestDirectory {
    let url: URL
    private var database: String?

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
        if let database { PostgresTestServer.dropDatabase(database) }
    }

    /// The name of the directory's database on the test server, created on first use.
    func postgresDatabase() throws -> String {
        if let database { return database }
        let name = try PostgresTestServer.createDatabase()
        database = name
        return name
    }

    /// The URL of the directory's database; a failure to create it is recorded as an issue
    /// (opening the store then fails too, saying why).
    func postgresURL() -> String {
        do {
            return PostgresTestServer.url(database: try postgresDatabase())
        } catch {
            Issue.record("cannot create a test database: \(error)")
            return PostgresTestServer.url(database: "dyad_test_not_created")
        }
    }

    /// The path of `name` in the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes `data` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let path = path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}
