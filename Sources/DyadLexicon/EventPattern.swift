/// A compiled event pattern from an `events*.txt` file.
public struct EventPattern: Sendable {
    /// Verb patterns take their source from the clause subject; noun patterns from a
    /// possessor, an adjective, a `by` phrase or the subject.
    public enum Kind: String, Sendable {
        case verb, noun
    }

    /// One position of a pattern.
    public enum Element: Sendable, Hashable {
        /// One of these words (a few forms of one word: a short array beats a set here).
        case word([Int32])
        /// Optionally one of these words.
        case optional([Int32])
        /// Up to four words of any kind.
        case gap
        /// Where the target stands.
        case target
    }

    /// The CAMEO code.
    public var code: String
    /// Verb or noun.
    public var kind: Kind
    /// The positions, first word first. A pattern always has exactly one ``Element/target``.
    public var elements: [Element]
    /// Forms of the first word that can follow "was/were/been" in a passive.
    public var participles: [Int32]
    /// The pattern as the lexicon writes it.
    public var text: String
    /// Where it was defined ("events-01-05.txt:40").
    public var origin: String

    /// The words that must follow the first one, when the second position is a plain word:
    /// a cheap test that rejects most candidates before matching.
    public let next: [Int32]?
    /// Whether the target slot follows the first word directly, so that a passive exists:
    /// "expel {T}" → "{T} were expelled by {S}".
    public let hasPassive: Bool
    /// The words after the first that every match needs: a sentence without all of them
    /// cannot match the pattern.
    public let requiredWords: WordMask

    /// A pattern; `elements` must start with a word and hold one target.
    public init(code: String, kind: Kind, elements: [Element], participles: [Int32], text: String, origin: String) {
        self.code = code
        self.kind = kind
        self.elements = elements
        self.participles = participles
        self.text = text
        self.origin = origin
        if elements.count > 1, case .word(let words) = elements[1] { next = words } else { next = nil }
        hasPassive = kind == .verb && elements.count >= 2 && elements[1] == .target
        var required = WordMask()
        for case .word(let words) in elements.dropFirst() where words.count == 1 { required.insert(words[0]) }
        requiredWords = required
    }

    /// Number of literal words: longer patterns win over shorter ones.
    public var specificity: Int {
        elements.reduce(0) { n, e in
            if case .word = e { return n + 2 }
            if case .optional = e { return n + 1 }
            return n
        }
    }
}
