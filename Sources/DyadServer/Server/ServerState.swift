import DyadAnalysis
import DyadCoder
import DyadStore
import Foundation

/// What the request handlers share: the store, the coder, the configuration, the lexicon's
/// actors, the threads that run blocking work and the caches.
final class ServerState: Sendable {
    /// The event store.
    let store: any Store
    /// The coder for documents posted to the API.
    let coder: EventCoder
    /// How the server runs.
    let configuration: ServerConfiguration
    /// The lexicon's actors.
    let actors: ActorDirectory
    /// Relation reports by actors and options.
    let reports: ExpiringCache<RelationKey, CachedReport>
    /// The most active dyads (the first ``dyadListLength``).
    let dyadList: ExpiringCache<Int, [DyadActivity]>
    /// The store's statistics.
    let statistics: ExpiringCache<Int, StoreStats>
    private let pool: BlockingPool

    /// The most dyads kept in the cached list.
    static let dyadListLength = 1000

    /// State over `store` and `coder`, with threads started.
    init(store: any Store, coder: EventCoder, configuration: ServerConfiguration) {
        self.store = store
        self.coder = coder
        self.configuration = configuration
        actors = ActorDirectory(lexicon: coder.lexicon)
        reports = ExpiringCache(seconds: configuration.cacheSeconds, capacity: configuration.cachedReports)
        dyadList = ExpiringCache(seconds: configuration.cacheSeconds, capacity: 1)
        statistics = ExpiringCache(seconds: configuration.cacheSeconds, capacity: 1)
        pool = BlockingPool(threads: configuration.storeThreads)
    }

    /// Runs `body` (store queries, coding, analysis) on the blocking threads.
    func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.run(body)
    }

    /// Forgets cached results after the store changed.
    func storeChanged() {
        reports.removeAll()
        dyadList.removeAll()
        statistics.removeAll()
    }

    /// Ends the blocking threads.
    func shutdown() { pool.shutdown() }

    /// The `limit` most active dyads, countries and organisations grouped (`USAGOV` counts as `USA`).
    func dyads(limit: Int) async throws -> [DyadActivity] {
        let all = try await dyadList.value(for: 0) { [store] in
            try await self.blocking { try store.dyads(limit: ServerState.dyadListLength, grouping: ActorCode.principal) }
        }
        return Array(all.prefix(limit))
    }

    /// What the store holds.
    func stats() async throws -> StoreStats {
        try await statistics.value(for: 0) { [store] in try await self.blocking { try store.stats() } }
    }
}
