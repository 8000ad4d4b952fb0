import DyadAnalysis
import DyadStore
import Hummingbird

/// The dashboard's routes: each reads what its page needs and renders it.
struct Dashboard: Sendable {
    /// The shared state.
    let state: ServerState

    /// `/`: what the store holds and the most active dyads.
    func overview(_ request: Request) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        async let stats = state.stats()
        async let dyads = state.dyads(limit: 25)
        return Reply.html(OverviewPage.render(stats: try await stats, dyads: try await dyads))
    }

    /// `/relation?a=&b=&...`: the relation report with links to its events, and the events.
    func relation(_ request: Request) async throws -> Response {
        let query = try RelationQuery(request.uri.query)
        guard let a = query.a, let b = query.b else { return Reply.html(RelationPage.render(query: query, report: nil, events: [])) }
        let report = try await state.relation(a: a, b: b, options: query.options).report
        var filter = EventFilter()
        filter.dyad = ActorPair(report.actorA, report.actorB)
        filter.from = query.options.from
        filter.to = query.options.to
        if query.options.allFactualities { filter.factualities = [] }
        filter.limit = RelationPage.eventLimit + 1
        let events = try await state.events(matching: filter)
        return Reply.html(RelationPage.render(query: query, report: report, events: events))
    }

    /// `/events?...`: events matching filters, a page at a time.
    func events(_ request: Request) async throws -> Response {
        let query = try EventQuery(request.uri.query, configuration: state.configuration)
        let page = try await state.events(query)
        return Reply.html(EventsPage.render(query: query, events: page.events, hasMore: page.hasMore))
    }

    /// `/documents/{id}`: a document with its coded sentences highlighted and their events.
    func document(_ request: Request, context: some RequestContext) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let id = try storeID(context.parameters.get("id"), of: "document")
        let (document, events) = try await state.document(id: id)
        return Reply.html(DocumentPage.render(document, events: events))
    }

    /// `/actors?q=`: the lexicon's actors.
    func actors(_ request: Request) async throws -> Response {
        let p = try QueryParameters(request.uri.query, allowed: ["q"])
        let q = p["q"] ?? ""
        return Reply.html(ActorPage.search(q, found: state.actors.search(q, limit: 200)))
    }

    /// `/actors/{code}`: an actor's names, people, partners and events.
    func actor(_ request: Request, context: some RequestContext) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let code: String
        do {
            code = try EventFilter.actorPrefix(context.parameters.get("code") ?? "")
        } catch let error as FilterError {
            throw ServerError.badRequest(error.description)
        }
        let principal = ActorCode.principal(code)
        let partners = try await state.dyads(limit: ServerState.dyadListLength).filter {
            $0.pair.first == principal || $0.pair.second == principal
        }
        var filter = EventFilter()
        filter.actor = code
        filter.limit = ActorPage.eventLimit + 1
        let events = try await state.events(matching: filter)
        let page = ActorPage(
            code: code, name: state.coder.lexicon.name(of: code), people: state.actors.people(of: code),
            partners: Array(partners.prefix(20)), events: events)
        return Reply.html(page.render())
    }
}
