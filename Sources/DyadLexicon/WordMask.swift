/// A 256-bit summary of a set of word ids (each id sets bit `id % 256`), for a quick test
/// that rules out most event patterns whose words a sentence lacks.
///
/// ``mayContain(_:)`` may answer true for words that are absent, never false for words that
/// are there, so the test only skips work.
public struct WordMask: Sendable, Hashable {
    private var a: UInt64 = 0
    private var b: UInt64 = 0
    private var c: UInt64 = 0
    private var d: UInt64 = 0

    /// An empty mask.
    public init() {}

    /// Adds a word id.
    public mutating func insert(_ id: Int32) {
        let bit = UInt64(1) << UInt64(id & 63)
        switch (id >> 6) & 3 {
        case 0: a |= bit
        case 1: b |= bit
        case 2: c |= bit
        default: d |= bit
        }
    }

    /// Whether every word of `other` may be in this mask.
    public func mayContain(_ other: WordMask) -> Bool {
        other.a & ~a | other.b & ~b | other.c & ~c | other.d & ~d == 0
    }
}
