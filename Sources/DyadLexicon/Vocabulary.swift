import DyadText

/// Interns the normalised token texts the lexicon knows, so that matching compares integers.
public struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]

    /// The id of a word the lexicon does not contain.
    public static let unknown: Int32 = -1

    /// The id of `text`, adding it when new (the coder adds the words its rules test, so that
    /// one look-up per token finds both).
    public mutating func intern(_ text: String) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(ids.count)
        ids[text] = id
        return id
    }

    /// The id of `text`, or ``unknown``.
    public func id(_ text: String) -> Int32 { ids[text] ?? Vocabulary.unknown }

    /// The ids of `tokens`, one per token.
    @inlinable
    public func ids(of tokens: some Collection<Token>) -> [Int32] { tokens.map { id($0.text) } }

    /// Number of distinct words.
    public var count: Int { ids.count }

    /// Every word with its id.
    public var words: [String: Int32] { ids }
}

/// How a lexicon word must be written in the text to match.
public enum CaseRule: UInt8, Sendable {
    /// Any case: "officials", "the".
    case any
    /// With a capital first letter: "Moscow", "Turkey".
    case capitalized
    /// All in capitals: short acronyms such as "US", "IS", "UN".
    case allCaps

    /// The rule for a word as the lexicon writes it.
    static func of(_ token: Token, caseSensitive: Bool) -> CaseRule {
        guard caseSensitive else { return .any }
        if token.isAllCaps && token.text.count <= 5 && !token.text.contains(".") { return .allCaps }
        return token.isCapitalized ? .capitalized : .any
    }

    /// Whether `token` satisfies the rule.
    public func admits(_ token: Token) -> Bool {
        switch self {
        case .any: return true
        case .capitalized: return token.isCapitalized || token.isAllCaps
        case .allCaps: return token.isAllCaps
        }
    }
}

/// A phrase dictionary: token-id sequences to values, matched longest first.
public struct PhraseTrie<Value: Sendable>: Sendable {
    /// A value stored at the end of a phrase, with the case each of its words needs.
    public struct Entry: Sendable {
        /// The stored value.
        public var value: Value
        /// The case rule of each word of the phrase.
        public var cases: [CaseRule]
    }

    // The storage is usable from inlinable code, so that `longestMatch` is specialised for the
    // coder's values.

    /// The node each word leads to from the root (node 0), by word id; 0 for none. Most
    /// lookups start and end at the root, so they index an array instead of hashing.
    @usableFromInline var roots: [Int32] = []
    /// The edges below the root, by ``key(_:_:)``.
    @usableFromInline var edges = EdgeTable()
    /// The entries of each node.
    @usableFromInline var entries: [[Entry]] = [[]]

    /// An empty trie.
    public init() {}

    @usableFromInline static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// The node `word` leads to from `node`, if any.
    @inlinable
    func child(of node: Int32, _ word: Int32) -> Int32? {
        guard node == 0 else { return edges[PhraseTrie.key(node, word)] }
        guard word >= 0, Int(word) < roots.count, roots[Int(word)] != 0 else { return nil }
        return roots[Int(word)]
    }

    /// Adds a phrase.
    mutating func insert(_ words: [Int32], cases: [CaseRule], value: Value) {
        var node: Int32 = 0
        for word in words {
            if let next = child(of: node, word) {
                node = next
                continue
            }
            let next = Int32(entries.count)
            entries.append([])
            if node == 0 {
                if roots.count <= Int(word) { roots += repeatElement(0, count: Int(word) + 1 - roots.count) }
                roots[Int(word)] = next
            } else {
                edges.insert(PhraseTrie.key(node, word), node: next)
            }
            node = next
        }
        entries[Int(node)].append(Entry(value: value, cases: cases))
    }

    /// The longest phrase starting at `start`: its length and the entries whose case rules the
    /// tokens satisfy. Nil when no phrase starts there.
    @inlinable
    public func longestMatch(ids: [Int32], tokens: ArraySlice<Token>, start: Int) -> (length: Int, entries: [Entry])? {
        let base = tokens.startIndex
        func fits(_ entry: Entry) -> Bool {
            entry.cases.indices.allSatisfy { entry.cases[$0].admits(tokens[base + start + $0]) }
        }
        var node: Int32 = 0
        var best: (length: Int, node: Int)? = nil
        var i = start
        while i < ids.count, ids[i] != Vocabulary.unknown, let next = child(of: node, ids[i]) {
            node = next
            i += 1
            if entries[Int(node)].contains(where: fits) { best = (i - start, Int(node)) }
        }
        return best.map { ($0.length, entries[$0.node].filter(fits)) }
    }

    /// Number of phrases stored.
    public var count: Int { entries.reduce(0) { $0 + $1.count } }
}
