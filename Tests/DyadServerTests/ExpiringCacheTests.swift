import Foundation
import Testing

@testable import DyadServer

/// The cache of relation reports: computed once, answered stale while refreshed, cleared
/// when the store changes, errors not kept.
@Suite struct ExpiringCacheTests {
    /// Counts computations.
    final class Counter: Sendable {
        private let count = Locked(0)
        func next() -> Int {
            count.withLock {
                $0 += 1; return $0
            }
        }
        var value: Int { count.withLock { $0 } }
    }

    @Test func concurrentReadersShareOneComputation() async throws {
        let cache = ExpiringCache<String, Int>(seconds: 60, capacity: 4)
        let counter = Counter()
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value(for: "a") {
                        try await Task.sleep(for: .milliseconds(50))
                        return counter.next()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(values) == [1])
        #expect(counter.value == 1)
    }

    @Test func oldValuesAreAnsweredWhileRefreshed() async throws {
        let cache = ExpiringCache<String, Int>(seconds: 0, capacity: 4)
        let counter = Counter()
        let compute: @Sendable () async throws -> Int = { counter.next() }
        #expect(try await cache.value(for: "a", compute: compute) == 1)
        // Expired at once: the old value comes back and a refresh starts.
        #expect(try await cache.value(for: "a", compute: compute) == 1)
        try await Task.sleep(for: .milliseconds(100))
        #expect(try await cache.value(for: "a", compute: compute) == 2)
    }

    @Test func clearingForgetsAndErrorsAreNotKept() async throws {
        struct Failure: Error {}
        let cache = ExpiringCache<String, Int>(seconds: 60, capacity: 4)
        await #expect(throws: Failure.self) { try await cache.value(for: "a") { throw Failure() } }
        #expect(try await cache.value(for: "a") { 1 } == 1)
        #expect(try await cache.value(for: "a") { 2 } == 1)
        cache.removeAll()
        #expect(try await cache.value(for: "a") { 3 } == 3)
    }

    @Test func fullCacheDropsTheOldest() async throws {
        let cache = ExpiringCache<Int, Int>(seconds: 60, capacity: 2)
        for key in 0..<3 { _ = try await cache.value(for: key) { key } }
        #expect(try await cache.value(for: 0) { 100 } == 100)
        #expect(try await cache.value(for: 2) { 200 } == 2)
    }
}
