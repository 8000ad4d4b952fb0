import Hummingbird

/// The routes a router serves, to tell "no such path" (404) from "not with this method" (405
/// with `Allow`). Filled once the routes are registered.
final class RouteTable: Sendable {
    private let routes = Locked<[(method: String, segments: [Substring])]>([])

    /// Records the routes of `router`.
    func record<Context>(_ router: Router<Context>) {
        let found = router.routes.map { (method: $0.method.rawValue, segments: $0.path.description.split(separator: "/")) }
        routes.withLock { $0 = found }
    }

    /// The methods served at `path`, sorted.
    func methods(at path: String) -> [String] {
        let parts = path.split(separator: "/")
        return routes.withLock { routes in
            routes.filter { route in
                route.segments.count == parts.count
                    && zip(route.segments, parts).allSatisfy { $0.hasPrefix(":") || $0.hasPrefix("{") || $0 == $1 }
            }.map(\.method)
        }.sorted()
    }
}
