import DyadText

/// Interns the normalised token texts the lexicon knows, so that matching compares integers.
public struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]

    /// The id of a word the lexicon does not contain.
    public static let unknown: Int32 = -1

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(ids.count)
        ids[text] = id
        return id
    }

    /// The id of `text`, or ``unknown``.
    public func id(_ text: String) -> Int32 { ids[text] ?? Vocabulary.unknown }

    /// The ids of `tokens`, one per token.
    public func ids(of tokens: some Collection<Token>) -> [Int32] { tokens.map { id($0.text) } }

    /// Number of distinct words.
    public var count: Int { ids.count }
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

    private var edges: [UInt64: Int32] = [:]
    private var entries: [[Entry]] = [[]]

    /// An empty trie.
    public init() {}

    private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// Adds a phrase.
    mutating func insert(_ words: [Int32], cases: [CaseRule], value: Value) {
        var node: Int32 = 0
        for word in words {
            let k = PhraseTrie.key(node, word)
            if let next = edges[k] {
                node = next
            } else {
                let next = Int32(entries.count)
                entries.append([])
                edges[k] = next
                node = next
            }
        }
        entries[Int(node)].append(Entry(value: value, cases: cases))
    }

    /// The longest phrase starting at `start`: its length and the entries whose case rules the
    /// tokens satisfy. Nil when no phrase starts there.
    public func longestMatch(ids: [Int32], tokens: ArraySlice<Token>, start: Int) -> (length: Int, entries: [Entry])? {
        var node: Int32 = 0
        var best: (Int, [Entry])? = nil
        var i = start
        let base = tokens.startIndex
        while i < ids.count, ids[i] != Vocabulary.unknown, let next = edges[PhraseTrie.key(node, ids[i])] {
            node = next
            i += 1
            let candidates = entries[Int(node)]
            if candidates.isEmpty { continue }
            let fitting = candidates.filter { entry in
                entry.cases.indices.allSatisfy { entry.cases[$0].admits(tokens[base + start + $0]) }
            }
            if !fitting.isEmpty { best = (i - start, fitting) }
        }
        return best
    }

    /// Number of phrases stored.
    public var count: Int { entries.reduce(0) { $0 + $1.count } }
}
