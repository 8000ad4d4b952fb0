import DyadCoder
import DyadText
import Foundation
import Testing

@testable import DyadStore

/// What only the PostgreSQL backend has: URLs, connections, databases that are not stores,
/// cursors and concurrent writers. Everything else is in the suites run over every backend.
@Suite("PostgreSQL")
struct PostgresTests {
    static var serverConfigured: Bool { PostgresTestServer.url != nil }

    @Test("CI runs the PostgreSQL tests")
    func configuredInCI() {
        let ci = ProcessInfo.processInfo.environment["CI"].map { !["", "0", "false"].contains($0.lowercased()) } ?? false
        if ci && !PostgresTests.serverConfigured {
            Issue.record("PostgreSQL tests did not run: run scripts/test.sh, which starts a throwaway server")
        }
    }

    @Test("postgres:// URLs are read as psql reads them")
    func urls() throws {
        let full = try PostgresURL("postgres://analyst:s%40cret@db.example.org:5433/dyad%20store?sslmode=disable", environment: [:])
        #expect(full.endpoint == .tcp(host: "db.example.org", port: 5433))
        #expect(full.user == "analyst" && full.password == "s@cret" && full.database == "dyad store")
        #expect(full.tls == .disable)
        #expect(full.server == "db.example.org:5433")

        let defaults = try PostgresURL("postgresql://127.0.0.1", environment: ["PGUSER": "ana", "PGPASSWORD": "pw"])
        #expect(defaults.endpoint == .tcp(host: "127.0.0.1", port: 5432))
        #expect(defaults.user == "ana" && defaults.password == "pw" && defaults.database == "ana")
        #expect(defaults.tls == .prefer)

        let socket = try PostgresURL("postgres:///dyad?host=/var/run/postgresql&port=5433", environment: ["USER": "me"])
        #expect(socket.endpoint == .socket(path: "/var/run/postgresql/.s.PGSQL.5433"))
        #expect(socket.user == "me" && socket.database == "dyad")

        let ipv6 = try PostgresURL("postgres://u@[::1]:5433/d?connect_timeout=3&application_name=x", environment: [:])
        #expect(ipv6.endpoint == .tcp(host: "::1", port: 5433))
        #expect(ipv6.server == "[::1]:5433")
        #expect(ipv6.connectTimeout == .seconds(3) && ipv6.applicationName == "x")
    }

    @Test("URLs with unknown settings are refused, without showing the password")
    func badURLs() throws {
        for (url, complaint) in [
            ("postgres://u:s3cret@h/d?sslmode=maybe", "sslmode 'maybe'"),
            ("postgres://u:s3cret@h/d?pool=3", "parameter 'pool' is not supported"),
            ("postgres://u:s3cret@h/d?port=99999", "port '99999'"),
            ("postgres://u:s3cret@a,b/d", "several hosts"),
        ] {
            let error = #expect(throws: StoreError.self) { try PostgresStore(url: url) }
            #expect(error?.kind == .unsupported)
            #expect(error?.description.contains(complaint) == true, "\(url): \(error?.description ?? "")")
            #expect(error?.description.contains("s3cret") == false)
        }
    }

    @Test("a server that cannot be reached is named in the error, without the password")
    func unreachable() throws {
        let location = StoreLocation("postgres://analyst:s3cret@127.0.0.1:1/dyad")
        let error = #expect(throws: StoreError.self) { try location.open(creating: true) }
        #expect(error?.kind == .database)
        #expect(
            error?.description.hasPrefix(
                "postgres://analyst:***@127.0.0.1:1/dyad: cannot connect to PostgreSQL at 127.0.0.1:1: connection refused") == true,
            "\(error?.description ?? "")")
        #expect(error?.description.contains("s3cret") == false)
    }

    @Test("a database that does not exist is missing, with how to create it", .enabled(if: serverConfigured))
    func missingDatabase() throws {
        let url = PostgresTestServer.url(database: "dyad_test_no_such_database")
        let error = #expect(throws: StoreError.self) { try PostgresStore(url: url, creating: true) }
        #expect(error?.kind == .missing)
        #expect(error?.description.contains("has no database 'dyad_test_no_such_database' (create it") == true)
    }

    @Test("a database holding other tables is refused, not changed", .enabled(if: serverConfigured))
    func otherDatabase() throws {
        let dir = try TestDirectory()
        let database = try dir.postgresDatabase()
        try PostgresTestServer.execute(["CREATE TABLE invoices (id INTEGER PRIMARY KEY)"], in: database)
        let error = #expect(throws: StoreError.self) { try Backend.postgres.store(in: dir) }
        #expect(error?.kind == .notAStore)
        let tables = try PostgresTestServer.execute(["SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'"], in: database)
        #expect(try tables.map { try $0.decode(String.self) } == ["invoices"])
    }

    @Test("a store with migrations this dyad does not know is refused", .enabled(if: serverConfigured))
    func unknownMigration() throws {
        let dir = try TestDirectory()
        _ = try Backend.postgres.store(in: dir)
        try PostgresTestServer.execute(
            ["INSERT INTO schema_migrations (identifier, applied_at) VALUES ('v2-from-the-future', 'now')"],
            in: try dir.postgresDatabase())
        let error = #expect(throws: StoreError.self) { try Backend.postgres.store(in: dir, creating: false) }
        #expect(error?.kind == .newerSchema)
        #expect(error?.description.hasSuffix("store has changes this dyad does not know (v2-from-the-future): upgrade dyad") == true)
    }

    @Test("events stream through a cursor in chunks, stop early and allow other calls meanwhile", .enabled(if: serverConfigured))
    func streaming() throws {
        let dir = try TestDirectory()
        let store = try Backend.postgres.store(in: dir)
        let count = PostgresSession.firstChunk + PostgresSession.chunk + 300
        let start = try #require(Day(iso: "2000-01-01"))
        let documents = (0..<count).map { i in
            PostgresTests.document("d\(i)", events: [PostgresTests.event("GBR", "RUS", date: start.adding(days: count - i))])
        }
        for batch in stride(from: 0, to: count, by: 1000) {
            _ = try store.add(Array(documents[batch..<min(batch + 1000, count)]))
        }

        var seen = 0
        var last = ""
        try store.forEachEvent(matching: EventFilter()) { stored in
            seen += 1
            let date = stored.event.date?.description ?? ""
            if date < last { Issue.record("\(date) after \(last)") }
            last = date
        }
        #expect(seen == count)

        struct Stop: Error {}
        var read = 0
        #expect(throws: Stop.self) {
            try store.forEachEvent(matching: EventFilter()) { _ in
                read += 1
                if read == PostgresSession.firstChunk + 10 { throw Stop() }
            }
        }
        #expect(read == PostgresSession.firstChunk + 10)
        #expect(try store.stats().events == count)

        var filter = EventFilter()
        filter.limit = 3
        var named: [String] = []
        try store.forEachEvent(matching: filter) { stored in
            if let document = try store.document(id: stored.documentID) { named.append(document.document.id) }
        }
        #expect(named == ["d\(count - 1)", "d\(count - 2)", "d\(count - 3)"])
        #expect(try store.documents(matching: DocumentFilter(afterID: Int64(count - 2))).count == 2)
    }

    @Test("writers on several connections take turns: no event is stored twice", .enabled(if: serverConfigured))
    func concurrentWriters() throws {
        let dir = try TestDirectory()
        let url = PostgresTestServer.url(database: try dir.postgresDatabase())
        _ = try PostgresStore(url: url)
        // Five events dated and five undated; four writers each add 25 documents reporting all ten.
        let day = Day(iso: "2014-03-17")
        let events = ["RUS", "USA", "CHN", "UKR", "FRA"].flatMap { target in
            [PostgresTests.event("GBR", target, date: day), PostgresTests.event("GBR", target, date: nil)]
        }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            do {
                let store = try PostgresStore(url: url)
                for batch in 0..<5 {
                    _ = try store.add((0..<5).map { i in PostgresTests.document("w\(writer) b\(batch) \(i)", events: events) })
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let store = try PostgresStore(url: url, creating: false)
        let stats = try store.stats()
        #expect(stats.documents == 100 && stats.events == 10 && stats.mentions == 1000)
        #expect(try store.events(matching: EventFilter()).map(\.mentionCount) == Array(repeating: 100, count: 10))
    }

    @Test("text with NUL characters is stored, each NUL as U+FFFD", .enabled(if: serverConfigured))
    func nulCharacters() throws {
        let dir = try TestDirectory()
        let store = try Backend.postgres.store(in: dir)
        var event = PostgresTests.event("GBR", "RUS", date: Day(iso: "2014-03-17"))
        event.sentence = "Britain\u{0} expelled Russian diplomats."
        let new = NewDocument(
            document: Document(id: "junk\u{0}.txt", text: "Britain\u{0} expelled Russian diplomats."), sourcePath: "junk.txt",
            events: [event])
        let outcomes = try store.add([new])
        guard case .stored(let id, 1, 1) = outcomes.first else {
            Issue.record("expected one stored document, got \(outcomes)")
            return
        }
        #expect(try store.document(id: id)?.document.text == "Britain\u{FFFD} expelled Russian diplomats.")
        #expect(try store.events(matching: EventFilter()).first?.event.sentence == "Britain\u{FFFD} expelled Russian diplomats.")
        #expect(try store.documents(withHashes: [new.contentHash])[new.contentHash]?.id == id)
    }

    @Test("every filter value is a bound parameter, never SQL text")
    func boundParameters() {
        let hostile = "x'); DROP TABLE events; --"
        var filter = EventFilter()
        filter.ids = [1, 2]
        filter.actor = hostile
        filter.dyad = ActorPair(hostile, hostile)
        filter.source = hostile
        filter.target = hostile
        filter.codes = [hostile]
        filter.roots = [hostile]
        filter.quadClasses = [1]
        filter.factualities = [.asserted, .negated]
        filter.from = Day(iso: "2014-01-01")
        filter.to = Day(iso: "2014-12-31")
        filter.issue = hostile
        filter.text = hostile
        filter.limit = 5
        for rows in EventFilter.Rows.allCases {
            filter.rows = rows
            let query = PostgresEventQuery(filter)
            #expect(!query.sql.contains("DROP") && !query.sql.contains("2014"))
            // ids, actor (2 ranges), dyad (4 ranges), source, target, codes (a range each),
            // roots, quad classes, factualities, from, to, issue, text, limit
            #expect(query.bindings.count == 1 + 4 + 8 + 2 + 2 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1)
        }
    }

    @Test("both backends write the same schema version")
    func schemaVersion() {
        #expect(PostgresSchema.version == SQLiteSchema.version)
    }

    /// A document whose text is its name, reporting `events` in sentences 0, 1, 2 ...
    static func document(_ name: String, events: [CodedEvent]) -> NewDocument {
        let numbered = events.enumerated().map { i, event in
            var event = event
            event.sentenceIndex = i
            event.doc = name
            return event
        }
        return NewDocument(document: Document(id: name, text: "Document \(name)."), sourcePath: name, events: numbered)
    }

    /// An asserted expulsion (CAMEO 1663) of `target` by `source`.
    static func event(_ source: String, _ target: String, date: Day?) -> CodedEvent {
        CodedEvent(
            id: "", doc: "", sentence: "\(source) expelled \(target) diplomats.", sentenceIndex: 0, offsets: [0, 10], date: date,
            datePrecision: date == nil ? "document" : "day", docDate: nil, source: source, target: target, sourceText: source,
            targetText: target, sourceLevel: nil, targetLevel: nil, code: "1663", root: "16", quadClass: 4, goldstein: -4,
            ploverType: "REDUCE", ploverMode: "", factuality: .asserted, contexts: [])
    }

    /// Errors collected from several threads.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [String] = []
        func add(_ error: String) { lock.withLock { errors.append(error) } }
        var all: [String] { lock.withLock { errors } }
    }
}
