import DyadServer
import DyadStore
import DyadText
import Foundation

/// A real server on a free loopback port over a real SQLite store in a temporary directory,
/// holding ``Fixtures/documents`` ingested through the ``Ingester``.
///
/// ```swift
/// try await TestServer.with { client in
///     let reply = try await client.get("/api/v1/events")
/// }
/// ```
enum TestServer {
    /// Runs `body` with a client of a fresh server; stops the server and removes the store after.
    static func with(
        token: String? = nil, maxBodyBytes: Int? = nil, documents: [Document] = Fixtures.documents,
        _ body: (HTTPWire) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        let coder = try Fixtures.coder()
        let ingester = Ingester(store: store, coder: coder)
        for document in documents { try ingester.add(document, sourcePath: "\(document.id).txt") }
        try ingester.finish()

        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.token = token
        configuration.quiet = true
        configuration.storeThreads = 2
        if let maxBodyBytes { configuration.maxBodyBytes = maxBodyBytes }
        let server = WebServer(store: store, coder: coder, configuration: configuration)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let running = Task {
            defer { continuation.finish() }
            try await server.run { port in continuation.yield(port) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            _ = try await running.value
            throw HTTPWire.WireError("the server stopped before listening")
        }
        do {
            try await body(HTTPWire(port: port))
        } catch {
            running.cancel()
            _ = await running.result
            throw error
        }
        running.cancel()
        _ = await running.result
    }
}
