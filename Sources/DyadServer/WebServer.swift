import DyadCoder
import DyadStore
import Hummingbird
import Logging
import ServiceLifecycle

/// The dyad web server: the JSON API under `/api/v1` (see ``OpenAPIDocument``) and the
/// dashboard, server-rendered HTML that works offline.
///
/// ```swift
/// var configuration = ServerConfiguration()
/// configuration.token = "s3cret"          // allow POST /api/v1/documents
/// let server = WebServer(store: store, coder: coder, configuration: configuration)
/// try await server.run { port in print("http://127.0.0.1:\(port)/") }
/// ```
///
/// Store queries, coding and analysis run on threads of their own, so a slow report never
/// stalls other requests; relation reports are cached (``ServerConfiguration/cacheSeconds``).
public struct WebServer: Sendable {
    /// How the server runs.
    public var configuration: ServerConfiguration { state.configuration }
    let state: ServerState

    /// A server over `store`, coding posted documents with `coder`.
    public init(store: any Store, coder: EventCoder, configuration: ServerConfiguration = ServerConfiguration()) {
        state = ServerState(store: store, coder: coder, configuration: configuration)
    }

    /// Serves until SIGINT or SIGTERM, or until the calling task is cancelled; calls
    /// `onListening` with the port once the server accepts connections.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "dyad.serve")
        logger.logLevel = configuration.quiet ? .warning : .info
        let port = configuration.port
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(configuration.host, port: port), serverName: "dyad"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger)
        defer { state.shutdown() }
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        // Cancelling the task shuts down gracefully too: open requests are answered first.
        // (The group runs in a task of its own so that cancellation reaches it only that way.)
        let running = Task { try await group.run() }
        try await withTaskCancellationHandler {
            try await running.value
        } onCancel: {
            Task { await group.triggerGracefulShutdown() }
        }
    }

    /// The routes served, as `METHOD /path` with parameters written `{name}`.
    public var routes: [String] {
        makeRouter().routes.map { "\($0.method) \(Self.openAPIPath($0.path.description))" }.sorted()
    }

    /// `/documents/:id` → `/documents/{id}`.
    static func openAPIPath(_ path: String) -> String {
        "/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
    }

    /// The router: middleware, API and dashboard routes.
    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        let routes = RouteTable()
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(routes: routes))
        let api = API(state: state)
        router.get("/api/v1/events") { request, _ in try await api.events(request) }
        router.get("/api/v1/dyads") { request, _ in try await api.dyads(request) }
        router.get("/api/v1/relation") { request, _ in try await api.relation(request) }
        router.get("/api/v1/actors") { request, _ in try await api.actors(request) }
        router.get("/api/v1/documents/:id") { request, context in try await api.document(request, context: context) }
        router.post("/api/v1/documents") { request, _ in try await api.addDocument(request) }
        router.get("/api/v1/openapi.json") { request, _ in try await api.openAPI(request) }
        let dashboard = Dashboard(state: state)
        router.get("/") { request, _ in try await dashboard.overview(request) }
        router.get("/relation") { request, _ in try await dashboard.relation(request) }
        router.get("/events") { request, _ in try await dashboard.events(request) }
        router.get("/documents/:id") { request, context in try await dashboard.document(request, context: context) }
        router.get("/actors") { request, _ in try await dashboard.actors(request) }
        router.get("/actors/:code") { request, context in try await dashboard.actor(request, context: context) }
        routes.record(router)
        return router
    }
}
