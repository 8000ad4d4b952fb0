/// A read-only map from words to ids for the per-token look-up of ``WordTable``.
///
/// ASCII words, nearly all tokens, go through an open-addressing table hashed with FNV-1a over
/// their bytes, which for short words costs far less than the standard library's seeded
/// hashing. Other words keep the standard dictionary, whose look-up honours canonical
/// equivalence ("é" written as one scalar or two).
struct WordIndex: Sendable {
    /// The ASCII word in each slot; meaningful only where `ids` is not `WordIndex.empty`.
    private let asciiWords: [String]
    /// The id in each slot, or `WordIndex.empty`.
    private let ids: [Int32]
    /// Slot count minus one (the count is a power of two).
    private let mask: Int
    /// Every word, for the look-up of words that are not ASCII.
    private let all: [String: Int32]

    /// Marks a free slot.
    private static let empty: Int32 = -1

    /// The index of `words`, whose ids must not be negative.
    init(_ words: [String: Int32]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        var slots = [String](repeating: "", count: capacity)
        var ids = [Int32](repeating: WordIndex.empty, count: capacity)
        for (word, id) in words {
            guard let hash = WordIndex.asciiHash(word) else { continue }
            var slot = hash & (capacity - 1)
            while ids[slot] != WordIndex.empty { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = word
            ids[slot] = id
        }
        self.asciiWords = slots
        self.ids = ids
        self.mask = capacity - 1
        self.all = words
    }

    /// The id of `word`, or nil when the index lacks it.
    func id(_ word: String) -> Int32? {
        guard let hash = WordIndex.asciiHash(word) else { return all[word] }
        var slot = hash & mask
        while true {
            let id = ids[slot]
            if id == WordIndex.empty { return nil }
            if asciiWords[slot] == word { return id }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a of the bytes of `word`, or nil when it is not all ASCII.
    private static func asciiHash(_ word: String) -> Int? {
        func fnv(_ bytes: some Sequence<UInt8>) -> Int? {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
        return word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
    }
}
