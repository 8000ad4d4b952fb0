import DyadText

/// The word lists the coder's rules test tokens against, one bit each, so that a rule tests a
/// bit of a token's classes (looked up once per sentence by ``WordTable``) instead of hashing
/// the token's text against a set again and again.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    // Factuality cues (see ``FactualityDetector``).
    static let negation = WordClasses(rawValue: 1 << 0)
    static let negatingVerb = WordClasses(rawValue: 1 << 1)
    static let modal = WordClasses(rawValue: 1 << 2)
    static let hypothetical = WordClasses(rawValue: 1 << 3)
    static let future = WordClasses(rawValue: 1 << 4)
    static let requestVerb = WordClasses(rawValue: 1 << 5)
    static let nounStarter = WordClasses(rawValue: 1 << 6)
    static let intentMarker = WordClasses(rawValue: 1 << 7)
    static let endingVerb = WordClasses(rawValue: 1 << 8)
    static let purposeNoun = WordClasses(rawValue: 1 << 9)
    static let capacityNoun = WordClasses(rawValue: 1 << 10)
    static let deliberation = WordClasses(rawValue: 1 << 11)
    static let negatingWord = WordClasses(rawValue: 1 << 12)
    /// A verb that negates with a particle: "ruled (out)".
    static let negatingPhraseVerb = WordClasses(rawValue: 1 << 13)
    static let clauseOpening = WordClasses(rawValue: 1 << 14)
    /// `;` and `:`.
    static let clauseBreak = WordClasses(rawValue: 1 << 15)
    /// "will", "'ll", "shall".
    static let willOrShall = WordClasses(rawValue: 1 << 16)
    /// "is", "are", "was", "were".
    static let finiteBe = WordClasses(rawValue: 1 << 17)
    /// "denied", "denies", "deny", "denying".
    static let denial = WordClasses(rawValue: 1 << 18)
    /// Words that open a condition: "unless", "until", "before".
    static let conditionOpener = WordClasses(rawValue: 1 << 19)

    // Single words the cues look for.
    static let to = WordClasses(rawValue: 1 << 20)
    static let that = WordClasses(rawValue: 1 << 21)
    static let `for` = WordClasses(rawValue: 1 << 22)
    static let not = WordClasses(rawValue: 1 << 23)
    static let only = WordClasses(rawValue: 1 << 24)

    // Pattern matching (see ``PatternMatcher``).
    static let barrier = WordClasses(rawValue: 1 << 25)
    static let determiner = WordClasses(rawValue: 1 << 26)
    static let beForm = WordClasses(rawValue: 1 << 27)
    static let passiveFiller = WordClasses(rawValue: 1 << 28)
    static let numberWord = WordClasses(rawValue: 1 << 29)
    static let preposition = WordClasses(rawValue: 1 << 30)

    // Event building and mention finding.
    static let speechVerb = WordClasses(rawValue: 1 << 31)
    static let repetitionStart = WordClasses(rawValue: 1 << 32)
    /// Words a built-in mention can start with: pronouns, "each other", "both sides".
    static let builtInStart = WordClasses(rawValue: 1 << 33)

    // Date detection.
    /// Words a date expression can start with (``DateResolver/triggerWords``).
    static let dateTrigger = WordClasses(rawValue: 1 << 34)

    /// The words of each class.
    static let members: [(WordClasses, Set<String>)] = [
        (.negation, FactualityDetector.negations),
        (.negatingVerb, FactualityDetector.negatingVerbs),
        (.modal, FactualityDetector.modals),
        (.hypothetical, FactualityDetector.hypotheticalWords),
        (.future, FactualityDetector.futureWords),
        (.requestVerb, FactualityDetector.requestVerbs),
        (.nounStarter, FactualityDetector.nounStarters),
        (.intentMarker, FactualityDetector.intentMarkers),
        (.endingVerb, FactualityDetector.endingVerbs),
        (.purposeNoun, FactualityDetector.purposeNouns),
        (.capacityNoun, FactualityDetector.capacityNouns),
        (.deliberation, FactualityDetector.deliberation),
        (.negatingWord, FactualityDetector.negatingWords),
        (.negatingPhraseVerb, Set(FactualityDetector.negatingPhrases.keys)),
        (.clauseOpening, FactualityDetector.clauseOpeningWords),
        (.clauseBreak, [";", ":"]),
        (.willOrShall, FactualityDetector.willWords),
        (.finiteBe, FactualityDetector.finiteBeForms),
        (.denial, FactualityDetector.denials),
        (.conditionOpener, FactualityDetector.conditionOpeners),
        (.to, ["to"]),
        (.that, ["that"]),
        (.for, ["for"]),
        (.not, ["not"]),
        (.only, ["only"]),
        (.barrier, PatternMatcher.barriers),
        (.determiner, PatternMatcher.determiners),
        (.beForm, PatternMatcher.beForms),
        (.passiveFiller, PatternMatcher.passiveFillers),
        (.numberWord, PatternMatcher.numberWords),
        (.preposition, MentionFinder.prepositions),
        (.speechVerb, SentenceEventBuilder.speechVerbs),
        (.repetitionStart, SentenceEventBuilder.repetitionStarts),
        (.builtInStart, MentionFinder.builtInStarts),
        (.dateTrigger, DateResolver.triggerWords),
    ]
}

extension Array where Element == WordClasses {
    /// Whether the sentence has a token `i` and it is in `wordClass`.
    func token(_ i: Int, is wordClass: WordClasses) -> Bool { i >= 0 && i < count && self[i].contains(wordClass) }
}
