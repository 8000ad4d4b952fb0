/// Values computed once and reused for a while: relation reports, the dyad list, statistics.
///
/// Concurrent requests for a key that is being computed wait for that one computation rather
/// than starting their own. A failed computation is not kept. When full, the oldest entry
/// makes room.
final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var task: Task<Value, any Error>
        var created: ContinuousClock.Instant
    }

    private let entries = Locked<[Key: Entry]>([:])
    private let lifetime: Duration
    private let capacity: Int

    /// A cache keeping at most `capacity` values for `seconds` each.
    init(seconds: Double, capacity: Int) {
        lifetime = .milliseconds(Int64(max(0, seconds) * 1000))
        self.capacity = max(1, capacity)
    }

    /// The value for `key`, computed by `compute` when missing or expired.
    func value(for key: Key, compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let now = ContinuousClock.now
        let task = entries.withLock { map in
            if let entry = map[key], now - entry.created < lifetime { return entry.task }
            if map[key] == nil, map.count >= capacity, let oldest = map.min(by: { $0.value.created < $1.value.created }) {
                map[oldest.key] = nil
            }
            let task = Task { try await compute() }
            map[key] = Entry(task: task, created: now)
            return task
        }
        do {
            return try await task.value
        } catch {
            entries.withLock { map in if map[key]?.task == task { map[key] = nil } }
            throw error
        }
    }

    /// Forgets every value (after the store changed).
    func removeAll() { entries.withLock { $0.removeAll() } }
}
