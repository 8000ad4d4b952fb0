import Foundation
import PostgresNIO

/// The bridge between the synchronous ``Store`` protocol and PostgresNIO: a few open
/// connections, each used by one caller at a time, driven by SwiftNIO futures that the
/// calling thread waits for.
///
/// **How a call runs.** A caller leases a connection (an idle one, or a new one) and sends its
/// statements with PostgresNIO's `EventLoopFuture` API; each future is completed by the
/// connection's event loop, and the caller blocks in `EventLoopFuture.wait()` until it is.
/// The statement's work (sending, receiving, decoding) all happens on that event loop,
/// never on the caller's thread and never on Swift's cooperative thread pool.
///
/// **Why futures and not a `Task` with a semaphore.** A `Task` runs on the cooperative pool,
/// which has one thread per core (two here). A synchronous caller that blocks while its
/// `Task` waits for a thread of that pool deadlocks as soon as every pool thread is such a
/// caller, which is what parallel tests or `async` handlers calling the store do. Futures
/// need only the event loop, so waiting for them cannot starve anything.
///
/// **Which event loop.** The connections run on an event loop group of dyad's own, one
/// thread, started on first use and kept for the life of the process (like NIO's
/// singletons). No caller's code ever runs on it, so no caller can block it: callers may
/// be on any other thread, including another NIO group's event loop (blocking that loop is
/// then the caller's choice, as with SQLite).
///
/// Connections are kept for reuse (up to ``maximumIdle``) unless they broke; a store that
/// is released closes them.
final class PostgresConnectionPool: @unchecked Sendable {
    /// The event loop of dyad's PostgreSQL connections.
    static let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    /// Idle connections kept open for the next call.
    static let maximumIdle = 4

    /// The server and database.
    let url: PostgresURL
    /// The store's location, for messages.
    let location: String
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger

    // Guarded by `lock`.
    private let lock = NSLock()
    private var idle: [PostgresConnection] = []
    private var nextID = 1

    /// A pool for `url`; no connection is opened yet.
    init(url: PostgresURL, location: String) throws {
        self.url = url
        self.location = location
        do {
            configuration = try url.configuration()
        } catch {
            throw StoreError(.unsupported, location: location, reason: "cannot set up TLS for PostgreSQL: \(error)")
        }
        var logger = Logger(label: "dyad.postgres")
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit {
        for connection in idle { PostgresConnectionPool.close(connection) }
    }

    /// Closes `connection` without waiting, keeping it alive until it is closed (PostgresNIO
    /// asserts that a connection is closed before it is released).
    private static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Runs `body` with a connection of its own, returned to the pool afterwards.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let session = PostgresSession(connection: try lease(), location: location, logger: logger)
        defer { release(session) }
        do {
            return try body(session)
        } catch let error as PostgresDecodingError {
            throw StoreError(
                .notAStore, location: location,
                reason: "column '\(error.columnName)' holds \(error.postgresType), not what dyad stores there: is this a dyad store?")
        }
    }

    private func lease() throws -> PostgresConnection {
        while let connection = lock.withLock({ idle.popLast() }) {
            if !connection.isClosed { return connection }
        }
        let id = lock.withLock {
            defer { nextID += 1 }
            return nextID
        }
        let connecting = PostgresConnection.connect(
            on: PostgresConnectionPool.eventLoopGroup.next(), configuration: configuration, id: id, logger: logger)
        do {
            return try connecting.wait()
        } catch {
            throw PostgresErrors.connecting(error, url: url, location: location)
        }
    }

    private func release(_ session: PostgresSession) {
        let connection = session.connection
        let kept =
            !session.broken && !connection.isClosed
            && lock.withLock {
                guard idle.count < PostgresConnectionPool.maximumIdle else { return false }
                idle.append(connection)
                return true
            }
        if !kept { PostgresConnectionPool.close(connection) }
    }
}
