import DyadStore

/// A pair of actors and how active it is, as `GET /api/v1/dyads` writes it.
struct DyadJSON: Encodable, Sendable {
    /// The first actor (alphabetically).
    var a: String
    /// The second actor.
    var b: String
    /// Asserted events between them, either direction.
    var events: Int
    /// Events from `a` to `b`.
    var aToB: Int
    /// Events from `b` to `a`.
    var bToA: Int
    /// The relation report's URL.
    var relation: String

    enum CodingKeys: String, CodingKey {
        case a, b, events, relation
        case aToB = "a_to_b"
        case bToA = "b_to_a"
    }

    init(_ activity: DyadActivity) {
        a = activity.pair.first
        b = activity.pair.second
        events = activity.events
        aToB = activity.firstToSecond
        bToA = activity.secondToFirst
        relation = URLQuery.url("/api/v1/relation", [("a", a), ("b", b)])
    }
}
