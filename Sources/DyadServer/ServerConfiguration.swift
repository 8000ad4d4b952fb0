import Foundation

/// How `dyad serve` listens and what it allows.
///
/// The defaults are safe for a laptop: the server listens on the loopback address only and,
/// without a ``token``, is read-only (`POST /api/v1/documents` answers 403).
public struct ServerConfiguration: Sendable {
    /// The address to listen on; `127.0.0.1` (this machine only) by default.
    public var host = "127.0.0.1"
    /// The port; 0 picks a free one (see ``WebServer/run(onListening:)``).
    public var port = 8080
    /// The bearer token that `POST /api/v1/documents` requires; nil makes the server read-only.
    public var token: String?
    /// The largest request body accepted, in bytes (1 MB).
    public var maxBodyBytes = 1 << 20
    /// How long a computed relation report, the dyad list and the store statistics are reused,
    /// in seconds. Documents added through the API clear them at once; documents added by
    /// another process (`dyad ingest`) show after at most this long.
    public var cacheSeconds = 60.0
    /// The most relation reports kept.
    public var cachedReports = 128
    /// Threads that run store queries and coding, off the server's event loops.
    public var storeThreads = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// Rows per page of events when no `limit` is given.
    public var defaultPageSize = 50
    /// The largest `limit` accepted.
    public var maxPageSize = 1000
    /// The largest `offset` accepted: deeper pages are reached by narrowing the filter.
    public var maxOffset = 100_000
    /// The most periods a relation report may have (`period=day` over decades is refused).
    public var maxPeriods = 5000

    /// Log only warnings and errors, not the start of the server.
    public var quiet = false

    /// The defaults.
    public init() {}
}
