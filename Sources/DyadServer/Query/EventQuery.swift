import DyadCoder
import DyadStore
import Foundation

/// The parameters of `GET /api/v1/events` and the dashboard's `/events`: the filters of
/// `dyad events` and paging.
///
/// `actor`, `dyad=A,B`, `source`, `target`, `code`, `root`, `quad_class`, `factuality`,
/// `from`, `to`, `issue`, `text`, `ids`, `count=events|mentions`; `limit` rows from `offset`
/// (or from `page`, counted from 1).
struct EventQuery: Sendable {
    /// The names accepted.
    static let parameters: Set<String> = [
        "actor", "dyad", "source", "target", "code", "root", "quad_class", "factuality", "from", "to", "issue", "text",
        "ids", "count", "limit", "offset", "page",
    ]
    /// The most ids in one `ids` parameter.
    static let maxIDs = 1000

    /// The filter, without paging.
    var filter: EventFilter
    /// Rows wanted.
    var limit: Int
    /// Rows skipped.
    var offset: Int
    /// The parameters as given, for next-page links.
    var parameters: QueryParameters

    /// Parses a query string.
    init(_ query: String?, configuration: ServerConfiguration) throws {
        let p = try QueryParameters(query, allowed: Self.parameters)
        parameters = p
        filter = EventFilter()
        do {
            filter.actor = try p["actor"].map(EventFilter.actorPrefix)
            filter.dyad = try p["dyad"].map(EventFilter.actorPair)
            filter.source = try p["source"].map(EventFilter.actorPrefix)
            filter.target = try p["target"].map(EventFilter.actorPrefix)
            filter.codes = try p["code"].map(EventFilter.codePrefixes) ?? []
            filter.roots = try p["root"].map(EventFilter.roots) ?? []
            filter.quadClasses = try p["quad_class"].map(EventFilter.quadClasses) ?? []
            filter.factualities = try EventFilter.factualities(p["factuality"] ?? "asserted")
        } catch let error as FilterError {
            throw ServerError.badRequest(error.description)
        }
        filter.ids = try p["ids"].map(Self.ids) ?? []
        // An event asked for by id is shown whatever its factuality, as with `dyad events --id`.
        if !filter.ids.isEmpty, p["factuality"] == nil { filter.factualities = [] }
        filter.from = try p.day("from")
        filter.to = try p.day("to")
        if let from = filter.from, let to = filter.to, from > to {
            throw ServerError.badRequest("from \(from) is after to \(to)")
        }
        filter.issue = p["issue"]?.lowercased()
        filter.text = p["text"]
        filter.rows = try p.choice("count", EventFilter.Rows.self) ?? .events
        // A list of ids is shown whole unless a limit is given.
        let defaultLimit = min(configuration.maxPageSize, max(configuration.defaultPageSize, filter.ids.count))
        limit = try p.int("limit", in: 1...configuration.maxPageSize) ?? defaultLimit
        if p.has("offset"), p.has("page") { throw ServerError.badRequest("give offset or page, not both") }
        let maxPage = configuration.maxOffset / limit + 1
        if let page = try p.int("page", in: 1...maxPage) {
            offset = (page - 1) * limit
        } else {
            offset = try p.int("offset", in: 0...configuration.maxOffset) ?? 0
        }
    }

    /// Event ids: comma-separated positive whole numbers.
    static func ids(_ text: String) throws -> [Int64] {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard items.count <= maxIDs else { throw ServerError.badRequest("ids lists more than \(maxIDs) events") }
        return try items.map { item in
            guard let id = Int64(item), id > 0 else {
                throw ServerError.badRequest("'\(item)' is not an event id (a whole number above 0)")
            }
            return id
        }
    }

    /// The query string of the page after this one.
    var nextPage: [(name: String, value: String)] {
        parameters.replacing(["page": nil, "offset": String(offset + limit)])
    }

    /// The query string of the page before this one; nil on the first page.
    var previousPage: [(name: String, value: String)]? {
        guard offset > 0 else { return nil }
        return parameters.replacing(["page": nil, "offset": offset > limit ? String(offset - limit) : nil])
    }
}
