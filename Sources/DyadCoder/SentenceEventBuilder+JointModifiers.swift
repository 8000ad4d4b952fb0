import DyadText

/// "the U.S.-Russian deal", "Russia-Ukraine talks": two actors joined by a hyphen before the
/// noun of a joint act name both its parties.
extension SentenceEventBuilder {
    /// Nouns of joint acts, with the CAMEO code their hyphenated parties get.
    static let jointActNouns: [String: String] = [
        "deal": "057", "deals": "057", "agreement": "057", "agreements": "057", "accord": "057", "accords": "057",
        "treaty": "057", "pact": "057", "talks": "046", "negotiations": "046", "summit": "040", "meeting": "040",
        "summits": "040", "dialogue": "040",
    ]

    /// Adds a mutual event for every "X-Y NOUN" in the sentence, its factuality read as for a
    /// noun pattern.
    mutating func addHyphenatedParties() {
        for (first, second) in zip(mentions, mentions.dropFirst()) {
            let noun = second.range.upperBound
            guard second.range.lowerBound == first.range.upperBound, tokens[second.range.lowerBound].isHyphenated,
                first.members.isEmpty, second.members.isEmpty, first.country != second.country,
                let code = SentenceEventBuilder.jointActNouns[word(noun)], let info = coder.lexicon.catalog[code]
            else { continue }
            let factuality = FactualityDetector(tokens: tokens, classes: classes).factuality(
                patternStart: noun, patternEnd: noun + 1, source: first.range, isNoun: true)
            let how = "parties joined by a hyphen before '\(word(noun))'"
            append(first, second, info, factuality, how: how)
            append(second, first, info, factuality, how: how)
        }
    }
}
