import Foundation
import PostgresNIO

/// The throwaway PostgreSQL server the tests run against, named by `DYAD_TEST_POSTGRES_URL`
/// (`postgres://postgres@127.0.0.1:PORT/postgres`, as `scripts/test.sh` exports it): the
/// URL's database is only used to create and drop one database per test directory.
enum PostgresTestServer {
    /// The environment variable naming the server.
    static let variable = "DYAD_TEST_POSTGRES_URL"

    /// The server's URL, when one is configured.
    static var url: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The configured URL with its database replaced by `database`.
    static func url(database: String) -> String {
        guard let url, var components = URLComponents(string: url) else { return "postgres://127.0.0.1/\(database)" }
        components.path = "/" + database
        return components.string ?? url
    }

    /// Creates an empty database with a random name (UTF-8, "C" collation, so nothing depends
    /// on the server's locale) and returns its name.
    static func createDatabase() throws -> String {
        let name = "dyad_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        // A name of our own making, as an identifier: CREATE DATABASE takes no parameters.
        try execute([PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")])
        return name
    }

    /// Drops `name` when no store uses it any more, else when the tests end: a store may
    /// outlive its test directory (`let (_, store) = try fixture(backend)`).
    static func dropDatabase(_ name: String) {
        do {
            let users = try execute(["SELECT count(*) FROM pg_stat_activity WHERE datname = \(name)"])
            if try users.first?.decode(Int.self) == 0 {
                // FORCE only so as not to wait for connections still closing.
                try execute([PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")])
                return
            }
        } catch {}
        leftovers.add(name)
    }

    /// Databases to drop when the tests end.
    private static let leftovers = Leftovers()

    private final class Leftovers: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        private var registered = false

        func add(_ name: String) {
            lock.withLock {
                names.append(name)
                if !registered {
                    registered = true
                    atexit { PostgresTestServer.leftovers.dropAll() }
                }
            }
        }

        /// Drops them all, closing the connections of stores still open.
        func dropAll() {
            let all = lock.withLock { names }
            do {
                try PostgresTestServer.execute(all.map { PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \($0) WITH (FORCE)") })
            } catch {
                FileHandle.standardError.write(Data("warning: cannot drop test databases: \(error)\n".utf8))
            }
        }
    }

    /// Runs `statements` on `database` (by default the URL's own), one connection for all,
    /// and returns the rows of the last.
    @discardableResult
    static func execute(_ statements: [PostgresQuery], in database: String? = nil) throws -> [PostgresRow] {
        guard let url else { throw ServerError(message: "\(variable) is not set") }
        guard let components = URLComponents(string: url), let host = components.host else {
            throw ServerError(message: "\(variable) is not a postgres:// URL")
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres", password: components.password,
            database: database ?? String(components.path.dropFirst()), tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        var logger = Logger(label: "dyad.tests.postgres")
        logger.logLevel = .critical
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 0, logger: logger
        ).wait()
        defer { try? connection.close().wait() }
        var rows: [PostgresRow] = []
        for statement in statements {
            do {
                rows = try connection.query(statement, logger: logger).wait().rows
            } catch let error as PSQLError {
                throw ServerError(message: "\(statement.sql): \(error.serverInfo?[.message] ?? "\(error.code)")")
            }
        }
        return rows
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
