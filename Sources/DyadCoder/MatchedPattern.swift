import DyadLexicon

/// What event building reads of a matched pattern, taken from the lexicon without copying
/// the whole ``EventPattern`` (its elements, participles and next words).
struct MatchedPattern {
    /// The CAMEO code.
    let code: String
    /// Verb or noun.
    let kind: EventPattern.Kind
    /// The pattern as the lexicon writes it.
    let text: String
    /// Where it was defined ("events-01-05.txt:40").
    let origin: String

    /// Pattern `index` of `lexicon`.
    init(_ index: Int, in lexicon: Lexicon) {
        code = lexicon.patterns[index].code
        kind = lexicon.patterns[index].kind
        text = lexicon.patterns[index].text
        origin = lexicon.patterns[index].origin
    }
}
