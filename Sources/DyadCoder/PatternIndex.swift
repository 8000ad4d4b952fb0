import DyadLexicon

/// The lexicon's event patterns indexed for ``PatternMatcher``: by first word in an array
/// (no hashing) and, as in the lexicon, by pair of first words, each candidate side by side
/// with the words it needs so that the scan that rejects most of them reads memory in order.
struct PatternIndex: Sendable {
    /// A pattern that may start at a word, with its ``EventPattern/requiredWords`` and the
    /// facts the matcher checks before reading the pattern itself, which is then rarely needed.
    struct Candidate: Sendable {
        var pattern: Int
        var required: WordMask
        /// ``EventPattern/elements``, here so that matching need not read the pattern.
        var elements: [EventPattern.Element]
        /// Whether the pattern is a verb pattern.
        var isVerb: Bool
        /// ``EventPattern/hasPassive``.
        var hasPassive: Bool
        /// Whether the target may be a place: visits and acts of force
        /// (``SentenceEventBuilder/placeTargets``).
        var allowsPlaceTarget: Bool
    }

    /// ``Lexicon/patternsByFirstWord`` as candidates, by word id.
    private let byFirstWord: [[Candidate]]
    /// ``Lexicon/patternsByFirstTwoWords`` as candidates.
    private let byFirstTwoWords: [UInt64: [Candidate]]

    /// The index of `lexicon`'s patterns.
    init(lexicon: Lexicon) {
        func candidates(_ patterns: [Int]) -> [Candidate] {
            patterns.map { p in
                let pattern = lexicon.patterns[p]
                return Candidate(
                    pattern: p, required: lexicon.requiredWords[p], elements: pattern.elements, isVerb: pattern.kind == .verb,
                    hasPassive: pattern.hasPassive,
                    allowsPlaceTarget: SentenceEventBuilder.placeTargets.contains { pattern.code.hasPrefix($0) })
            }
        }
        var byFirstWord = [[Candidate]](repeating: [], count: lexicon.vocabulary.count)
        for (word, patterns) in lexicon.patternsByFirstWord { byFirstWord[Int(word)] = candidates(patterns) }
        self.byFirstWord = byFirstWord
        byFirstTwoWords = lexicon.patternsByFirstTwoWords.mapValues(candidates)
    }

    /// The patterns whose second position is not a plain word, that may start with `word`.
    func candidates(startingWith word: Int32) -> [Candidate] {
        word == Vocabulary.unknown ? [] : byFirstWord[Int(word)]
    }

    /// The patterns that start with the plain words `first` and `second`.
    func candidates(startingWith first: Int32, _ second: Int32) -> [Candidate] {
        guard first != Vocabulary.unknown, second != Vocabulary.unknown else { return [] }
        return byFirstTwoWords[Lexicon.wordPairKey(first, second)] ?? []
    }
}
