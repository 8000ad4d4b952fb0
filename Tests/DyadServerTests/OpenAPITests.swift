import DyadStore
import Foundation
import Testing

@testable import DyadServer

/// The OpenAPI document is true: it describes every route served under /api/v1, serves no
/// path it does not describe, and lists the query parameters the handlers accept.
@Suite struct OpenAPITests {
    /// `GET /events`-style keys of the document's operations.
    static func documentedRoutes() -> Set<String> {
        var routes = Set<String>()
        let paths = OpenAPIDocument.document["paths"]
        for path in paths?.keys ?? [] {
            for method in paths?[path]?.keys ?? [] { routes.insert("\(method.uppercased()) \(API.prefix)\(path)") }
        }
        return routes
    }

    /// The names of the query parameters of an operation.
    static func queryParameters(_ path: String) -> Set<String> {
        guard case .array(let parameters)? = OpenAPIDocument.document["paths"]?[path]?["get"]?["parameters"] else { return [] }
        return Set(
            parameters.compactMap { parameter in
                guard parameter["in"] == "query", case .string(let name)? = parameter["name"] else { return nil }
                return name
            })
    }

    @Test func everyServedRouteIsDescribedAndViceVersa() throws {
        let server = WebServer(store: try TemporaryStore().store, coder: try Fixtures.coder())
        let served = Set(server.routes.filter { $0.contains(" \(API.prefix)/") })
        #expect(served.count == 7)
        #expect(served == Self.documentedRoutes())
    }

    @Test func parametersMatchWhatHandlersAccept() {
        #expect(Self.queryParameters("/events") == EventQuery.parameters)
        #expect(Self.queryParameters("/relation") == RelationQuery.parameters)
        #expect(Self.queryParameters("/dyads") == ["limit"])
        #expect(Self.queryParameters("/actors") == ["q", "limit"])
    }

    @Test func servedDocumentIsOpenAPI3() async throws {
        try await TestServer.with { client in
            let reply = try await client.get("/api/v1/openapi.json")
            #expect(reply.status == 200)
            let json = try reply.json()
            #expect((json["openapi"] as? String)?.hasPrefix("3.") == true)
            let paths = json["paths"] as? [String: Any] ?? [:]
            #expect(Set(paths.keys) == ["/events", "/dyads", "/relation", "/actors", "/documents", "/documents/{id}", "/openapi.json"])
            // Every reference points at a schema that exists.
            let schemas = (json["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            let refs = reply.text.matches(of: /"\$ref" *: *"#\/components\/schemas\/(\w+)"/).map { String($0.output.1) }
            #expect(!refs.isEmpty)
            for ref in refs { #expect(schemas[ref] != nil, "\(ref)") }
        }
    }
}

/// An empty store in a temporary directory.
final class TemporaryStore {
    let directory: URL
    let store: any DyadStore.Store

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-server-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
