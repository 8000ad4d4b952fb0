/// The edges below the root of a ``PhraseTrie``: child nodes by edge key (parent node and
/// word id packed in a `UInt64`).
///
/// An open-addressing table with a multiplicative hash, each key beside its node: a lookup
/// costs a multiplication and usually one cache line, where a `Dictionary` hashes the key
/// with SipHash and keeps keys and values apart.
@usableFromInline
struct EdgeTable: Sendable {
    /// One slot of the table.
    @usableFromInline
    struct Slot: Sendable {
        /// The edge key, or ``EdgeTable/empty``.
        @usableFromInline var key: UInt64
        /// The child node.
        @usableFromInline var node: Int32
    }

    /// The key of a free slot: no edge has it, as word ids are never negative.
    @usableFromInline static var empty: UInt64 { .max }

    /// The slots; their number is a power of two, at most half of them taken.
    @usableFromInline var slots = [Slot](repeating: Slot(key: EdgeTable.empty, node: 0), count: 16)
    /// Number of edges stored.
    private var count = 0

    /// An empty table.
    init() {}

    /// Where the search for `key` starts among `slotCount` slots.
    @inlinable
    static func firstSlot(_ key: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slotCount - 1)
    }

    /// The child node of edge `key`, if any.
    @inlinable
    subscript(key: UInt64) -> Int32? {
        var i = EdgeTable.firstSlot(key, slotCount: slots.count)
        while true {
            let slot = slots[i]
            if slot.key == key { return slot.node }
            if slot.key == EdgeTable.empty { return nil }
            i = (i + 1) & (slots.count - 1)
        }
    }

    /// Adds edge `key`, which must be new, leading to `node`.
    mutating func insert(_ key: UInt64, node: Int32) {
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = [Slot](repeating: Slot(key: EdgeTable.empty, node: 0), count: slots.count * 2)
            for slot in old where slot.key != EdgeTable.empty { place(slot) }
        }
        place(Slot(key: key, node: node))
        count += 1
    }

    /// Puts `slot` in the first free slot from its key's.
    private mutating func place(_ slot: Slot) {
        var i = EdgeTable.firstSlot(slot.key, slotCount: slots.count)
        while slots[i].key != EdgeTable.empty { i = (i + 1) & (slots.count - 1) }
        slots[i] = slot
    }
}
