import DyadAnalysis
import DyadStore
import Foundation
import Hummingbird

/// The JSON API under `/api/v1`, described by ``OpenAPIDocument``.
struct API: Sendable {
    /// The shared state.
    let state: ServerState

    /// The path prefix of every API route.
    static let prefix = "/api/v1"

    /// `GET /events`: one page of events matching the filters of `dyad events`.
    func events(_ request: Request) async throws -> Response {
        let query = try EventQuery(request.uri.query, configuration: state.configuration)
        let page = try await state.events(query)
        let next = page.hasMore ? URLQuery.url(Self.prefix + "/events", query.nextPage) : nil
        return try Reply.json(EventPageJSON(events: page.events.map(EventJSON.init), offset: query.offset, limit: query.limit, next: next))
    }

    /// `GET /dyads?limit=`: the most active pairs of countries and organisations.
    func dyads(_ request: Request) async throws -> Response {
        let p = try QueryParameters(request.uri.query, allowed: ["limit"])
        let limit = try p.int("limit", in: 1...ServerState.dyadListLength) ?? 20
        return try Reply.json(["dyads": try await state.dyads(limit: limit).map(DyadJSON.init)])
    }

    /// `GET /relation?a=&b=&...`: the relation report as JSON (the same as `dyad relation --format json`).
    func relation(_ request: Request) async throws -> Response {
        let query = try RelationQuery(request.uri.query)
        let (a, b) = try query.actors()
        return Reply.json(buffer: try await state.relation(a: a, b: b, options: query.options).json)
    }

    /// `GET /actors?q=&limit=`: countries, organisations and people of the lexicon.
    func actors(_ request: Request) async throws -> Response {
        let p = try QueryParameters(request.uri.query, allowed: ["q", "limit"])
        let limit = try p.int("limit", in: 1...1000) ?? 50
        return try Reply.json(["actors": state.actors.search(p["q"] ?? "", limit: limit)])
    }

    /// `GET /documents/{id}`: a document with its coded sentences.
    func document(_ request: Request, context: some RequestContext) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let id = try storeID(context.parameters.get("id"), of: "document")
        let (document, events) = try await state.document(id: id)
        return try Reply.json(DocumentJSON(document, events: events))
    }

    /// `POST /documents`: codes and stores a document; needs the bearer token.
    func addDocument(_ request: Request) async throws -> Response {
        try BearerAuthorization(token: state.configuration.token).check(request)
        let limit = state.configuration.maxBodyBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServerError.tooLarge(limit)
        }
        var request = request
        let body = try await request.collectBody(upTo: limit)
        let upload = try DocumentUpload(json: Data(body.readableBytesView))
        let ingest = DocumentIngest(store: state.store, coder: state.coder)
        let outcome = try await state.blocking { try ingest.ingest(upload.document) }
        state.ingested(outcome)
        switch outcome {
        case .stored(let id, let name, let newEvents, let mentions):
            let location = "\(Self.prefix)/documents/\(id)"
            return try Reply.json(
                IngestJSON(id: id, name: name, duplicate: false, events: newEvents, mentions: mentions),
                status: .created, headers: [.location: location])
        case .duplicate(let existing):
            return try Reply.json(IngestJSON(id: existing.id, name: existing.name, duplicate: true, events: 0, mentions: 0))
        }
    }

    /// `GET /openapi.json`: the API's description.
    func openAPI(_ request: Request) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        return Reply.json(buffer: OpenAPIDocument.json)
    }
}
