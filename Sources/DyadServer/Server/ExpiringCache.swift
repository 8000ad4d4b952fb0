/// Values computed once and reused: relation reports, the dyad list, statistics.
///
/// - Concurrent requests for a key being computed wait for that one computation rather than
///   starting their own.
/// - A value older than the lifetime is still answered at once while a new one is computed
///   in the background (stale while revalidating), so a slow report never stalls readers
///   after its first computation.
/// - ``removeAll()`` (after the store changed) forgets values outright: the next reader waits
///   for a fresh one.
/// - A failed computation is not kept. When full, the least recently computed entry makes room.
final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var value: Value?
        var computed: ContinuousClock.Instant?
        var pending: Task<Value, any Error>?
    }

    private let entries = Locked<(map: [Key: Entry], generation: Int)>(([:], 0))
    private let lifetime: Duration
    private let capacity: Int

    /// A cache keeping at most `capacity` values, each fresh for `seconds`.
    init(seconds: Double, capacity: Int) {
        lifetime = .milliseconds(Int64(max(0, seconds) * 1000))
        self.capacity = max(1, capacity)
    }

    /// The value for `key`, computed by `compute` when missing (and refreshed when old).
    func value(for key: Key, compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let now = ContinuousClock.now
        let (ready, task): (Value?, Task<Value, any Error>?) = entries.withLock { state in
            var entry = state.map[key] ?? Entry()
            if let value = entry.value, let computed = entry.computed {
                if now - computed < lifetime || entry.pending != nil { return (value, nil) }
            }
            if entry.pending == nil {
                if state.map[key] == nil { evict(&state.map) }
                entry.pending = start(key, generation: state.generation, compute)
                state.map[key] = entry
            }
            return (entry.value, entry.pending)
        }
        if let ready { return ready }
        return try await task!.value
    }

    /// Forgets every value (after the store changed); computations under way are not kept.
    func removeAll() {
        entries.withLock { state in
            state.map.removeAll()
            state.generation += 1
        }
    }

    /// A task computing the value of `key` and keeping it, unless the cache was cleared meanwhile.
    private func start(_ key: Key, generation: Int, _ compute: @escaping @Sendable () async throws -> Value) -> Task<Value, any Error> {
        Task {
            do {
                let value = try await compute()
                entries.withLock { state in
                    guard state.generation == generation else { return }
                    state.map[key] = Entry(value: value, computed: .now, pending: nil)
                }
                return value
            } catch {
                entries.withLock { state in
                    guard state.generation == generation else { return }
                    state.map[key]?.pending = nil
                    if state.map[key]?.value == nil { state.map[key] = nil }
                }
                throw error
            }
        }
    }

    /// Makes room for one more entry.
    private func evict(_ map: inout [Key: Entry]) {
        guard map.count >= capacity else { return }
        let idle = map.filter { $0.value.pending == nil }
        if let oldest = idle.min(by: { ($0.value.computed ?? .now) < ($1.value.computed ?? .now) }) { map[oldest.key] = nil }
    }
}
