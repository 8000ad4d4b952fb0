import DyadAnalysis
import DyadStore

/// The parameters of `GET /api/v1/relation` and the dashboard's `/relation`: two actors and
/// the options of `dyad relation`.
///
/// `a`, `b` (actor code prefixes), `period=day|week|month|quarter`, `from`, `to`,
/// `count=events|mentions`, `all_factualities`, `window` (days), `min_phase` (periods),
/// `penalty`, `third_parties`, `evidence_limit`.
struct RelationQuery: Sendable {
    /// The names accepted.
    static let parameters: Set<String> = [
        "a", "b", "period", "from", "to", "count", "all_factualities", "window", "min_phase", "penalty", "third_parties",
        "evidence_limit",
    ]

    /// Actor A, nil when not given.
    var a: String?
    /// Actor B, nil when not given.
    var b: String?
    /// The report options.
    var options = RelationOptions()
    /// The parameters as given.
    var parameters: QueryParameters

    /// Parses a query string; the actors may be missing (the dashboard then shows its form).
    init(_ query: String?) throws {
        let p = try QueryParameters(query, allowed: Self.parameters)
        parameters = p
        do {
            a = try p["a"].map(EventFilter.actorPrefix)
            b = try p["b"].map(EventFilter.actorPrefix)
        } catch let error as FilterError {
            throw ServerError.badRequest(error.description)
        }
        options.from = try p.day("from")
        options.to = try p.day("to")
        if let from = options.from, let to = options.to, from > to {
            throw ServerError.badRequest("from \(from) is after to \(to)")
        }
        options.period = try p.choice("period", PeriodUnit.self) ?? .month
        options.count = try p.choice("count", CountMode.self) ?? .events
        options.allFactualities = try p.bool("all_factualities") ?? false
        options.titForTatWindow = try p.int("window", in: 0...3650) ?? options.titForTatWindow
        options.minimumPhaseLength = try p.int("min_phase", in: 1...1000) ?? options.minimumPhaseLength
        options.penaltyScale = try p.double("penalty", in: 0...1000) ?? options.penaltyScale
        options.thirdPartyCount = try p.int("third_parties", in: 0...50) ?? options.thirdPartyCount
        options.evidenceLimit = try p.int("evidence_limit", in: 0...100_000)
    }

    /// Both actors, or a 400 error naming the missing one.
    func actors() throws -> (a: String, b: String) {
        guard let a else { throw ServerError.badRequest("give actor a (a code such as USA)") }
        guard let b else { throw ServerError.badRequest("give actor b (a code such as RUS)") }
        return (a, b)
    }
}
