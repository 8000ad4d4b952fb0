/// A compiled event pattern from an `events*.txt` file.
public struct EventPattern: Sendable {
    /// Verb patterns take their source from the clause subject; noun patterns from a
    /// possessor, an adjective, a `by` phrase or the subject.
    public enum Kind: String, Sendable {
        case verb, noun
    }

    /// One position of a pattern.
    public enum Element: Sendable, Hashable {
        /// One of these words.
        case word(Set<Int32>)
        /// Optionally one of these words.
        case optional(Set<Int32>)
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
    public var participles: Set<Int32>
    /// The pattern as the lexicon writes it.
    public var text: String
    /// Where it was defined ("events-01-05.txt:40").
    public var origin: String

    /// Whether the target slot follows the first word directly, so that a passive exists:
    /// "expel {T}" → "{T} were expelled by {S}".
    public var hasPassive: Bool {
        kind == .verb && elements.count >= 2 && elements[1] == .target
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
