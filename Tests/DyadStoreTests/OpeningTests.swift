import DyadStore
import Foundation
import GRDB
import Testing

@Suite("Opening stores")
struct OpeningTests {
    @Test("a store written by a newer schema is refused with a clear message", arguments: Backend.available)
    func newerSchema(_ backend: Backend) throws {
        let dir = try TestDirectory()
        try Fixtures.ingest(Array(Fixtures.documents.prefix(1)), into: try backend.store(in: dir))
        try backend.setSchemaVersion(99, in: dir)
        let error = #expect(throws: StoreError.self) { try backend.store(in: dir, creating: false) }
        #expect(error?.kind == .newerSchema)
        #expect(error?.description.hasSuffix("store was written by dyad schema 99; this dyad understands up to 3: upgrade dyad") == true)
    }

    @Test("a schema-1 store is upgraded when opened and keeps what it holds", arguments: Backend.available)
    func upgradeFromSchema1(_ backend: Backend) throws {
        let dir = try TestDirectory()
        try Fixtures.ingest(Fixtures.documents, into: try backend.store(in: dir))
        try backend.downgradeToSchema1(in: dir)
        if backend == .sqlite { #expect(SQLiteStore.pendingUpgrade(path: dir.path("store.sqlite")) == 1) }
        let store = try backend.store(in: dir, creating: false)
        if backend == .sqlite { #expect(SQLiteStore.pendingUpgrade(path: dir.path("store.sqlite")) == nil) }
        #expect(try store.stats().events == 8)
        #expect(try store.events(matching: EventFilter().with(\.dyad, ActorPair("GBR", "RUS"))).count == 2)
        if backend == .sqlite {
            let (version, columns, indexes) = try DatabaseQueue(path: dir.path("store.sqlite")).read { db in
                (
                    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'"),
                    try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('events_identity') ORDER BY seqno"),
                    try String.fetchAll(
                        db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%' ORDER BY name")
                )
            }
            #expect(version == "3")
            #expect(columns == ["source", "date", "target", "code", "factuality"])
            #expect(indexes == ["events_date", "events_identity", "events_target"])
        }
    }

    @Test("a store reopens with what it holds", arguments: Backend.available)
    func reopen(_ backend: Backend) throws {
        let dir = try TestDirectory()
        try Fixtures.ingest(Fixtures.documents, into: try backend.store(in: dir))
        #expect(try backend.store(in: dir, creating: false).stats().events == 8)
    }

    @Test("a missing store is created only when asked", arguments: Backend.available)
    func missing(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let error = #expect(throws: StoreError.self) { try backend.store(in: dir, creating: false) }
        #expect(error?.kind == .missing)
        #expect(try backend.store(in: dir, creating: true).stats() == StoreStats())
    }

    @Test("a file that is not a dyad store is refused, not changed")
    func notAStore() throws {
        let dir = try TestDirectory()
        let text = try dir.write("notes.txt", String(repeating: "These are notes, not a database.\n", count: 200))
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: text) }
        #expect(error?.kind == .notAStore)
        #expect(try String(contentsOfFile: text, encoding: .utf8).hasPrefix("These are notes"))

        let other = dir.path("other.sqlite")
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        let refused = #expect(throws: StoreError.self) { try SQLiteStore(path: other) }
        #expect(refused?.kind == .notAStore)
        #expect(try DatabaseQueue(path: other).read { try $0.tableExists("documents") } == false)
    }

    @Test("store locations: paths, sqlite:// and postgres:// URLs, DYAD_STORE")
    func locations() throws {
        #expect(StoreLocation("events.sqlite") == .sqlite(path: "events.sqlite"))
        #expect(StoreLocation("sqlite:///tmp/x.sqlite") == .sqlite(path: "/tmp/x.sqlite"))
        #expect(StoreLocation.resolve(nil, environment: [:]) == .sqlite(path: "dyad.sqlite"))
        #expect(StoreLocation.resolve(nil, environment: ["DYAD_STORE": "team.sqlite"]) == .sqlite(path: "team.sqlite"))
        #expect(StoreLocation.resolve("mine.sqlite", environment: ["DYAD_STORE": "team.sqlite"]) == .sqlite(path: "mine.sqlite"))
        let postgres = StoreLocation("postgres://analyst:s3cret@127.0.0.1:1/dyad")
        #expect(postgres.description == "postgres://analyst:***@127.0.0.1:1/dyad")
        // No server listens on port 1: the error names the store without its password.
        let error = #expect(throws: StoreError.self) { try postgres.open(creating: true) }
        #expect(error?.location == "postgres://analyst:***@127.0.0.1:1/dyad")
        #expect(error?.description.contains("s3cret") == false)
    }
}
