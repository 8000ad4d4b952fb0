import DyadOntology
import DyadText

/// "Lavrov said relations had reached their lowest point", "Grossi said he was hopeful the
/// deal would open a new phase in relations": a speaker's verdict on a relationship is a
/// pessimistic (012) or optimistic (013) comment on the other side.
extension SentenceEventBuilder {
    /// Nouns for the relationship itself.
    static let relationNouns: Set<String> = ["relations", "ties", "relationship", "trust", "dialogue", "cooperation"]
    /// Words that judge a relationship badly.
    static let pessimisticWords: Set<String> = [
        "low", "lowest", "worst", "bad", "poor", "deteriorated", "deteriorating", "frozen", "strained", "tense", "crisis",
        "dangerous", "hostile", "broken", "damaged", "poison", "poisoned", "soured", "difficult", "mistrust", "distrust",
        "collapse", "collapsed", "unreliable", "downward", "worsened", "worsening",
    ]
    /// Words that judge a relationship well.
    static let optimisticWords: Set<String> = [
        "good", "better", "improving", "improved", "warm", "warmer", "excellent", "constructive", "productive", "positive",
        "progress", "strong", "stronger", "friendly", "normalised", "normalized", "stabilise", "stabilize", "stabilised",
        "stabilized", "hopeful", "optimistic", "reset",
    ]

    /// Adds a comment event for a speech verb whose clause judges a relationship, unless the
    /// speaker already did something in the sentence.
    mutating func addRelationComments(context: DocumentContext) {
        guard let (verb, speaker) = silentSpeaker(),
            let relation = (verb..<tokens.count).first(where: { SentenceEventBuilder.relationNouns.contains(word($0)) })
        else { return }
        let clause = (verb..<tokens.count).map(word)
        let negative = clause.contains(where: SentenceEventBuilder.pessimisticWords.contains)
        let positive = clause.contains(where: SentenceEventBuilder.optimisticWords.contains)
        guard negative != positive, let info = coder.lexicon.catalog[negative ? "012" : "013"] else { return }
        let other =
            mentions.filter { $0.range.lowerBound > verb && !$0.isPlace }.flatMap(\.expanded).first { $0.country != speaker.country }
            ?? context.counterparty(of: speaker.country)
        guard let other else { return }
        appendSpoken(info, by: speaker, on: other, verb: verb, end: relation + 1, how: "comment on '\(word(relation))'")
    }

    /// Words that condemn an act when a speaker says it was so.
    static let condemningWords: Set<String> = [
        "unacceptable", "unjustified", "unjustifiable", "illegal", "illegitimate", "unlawful", "provocative", "destabilising",
        "destabilizing", "dangerous", "reckless", "irresponsible", "aggressive", "hostile", "outrageous", "shameful",
        "regrettable", "unfriendly", "disproportionate", "escalatory", "counterproductive", "short-sighted", "politicised",
        "politicized",
    ]
    /// Words that praise an act when a speaker says it was so.
    static let praisingWords: Set<String> = ["historic", "welcome", "constructive", "positive", "productive", "courageous"]

    /// "The Russian embassy said the measures were unacceptable": a speaker's verdict on an
    /// earlier act is disapproval (111) or praise (051) of whoever did it.
    mutating func addVerdicts(context: DocumentContext) {
        guard let (verb, speaker) = silentSpeaker() else { return }
        var object = verb + 1
        if word(object) == "that" { object += 1 }
        guard refersBack(from: object), let noun = objectNoun(at: object),
            let be = (object + 1...object + 3).first(where: { ["was", "were", "is", "are"].contains(word($0)) })
        else { return }
        let judgement = (be + 1..<min(tokens.count, be + 6)).map(word)
        let condemns = judgement.contains(where: SentenceEventBuilder.condemningWords.contains)
        let praises = judgement.contains(where: SentenceEventBuilder.praisingWords.contains)
        guard condemns != praises, let info = coder.lexicon.catalog[condemns ? "111" : "051"],
            let target = jointParties(at: object, context: context) ?? context.counterparty(of: speaker.country, noun: noun)
        else { return }
        appendSpoken(info, by: speaker, on: target, verb: verb, end: be + 1, how: "verdict on '\(noun)'")
    }

    /// The first speech verb of the sentence and its speaker, when the speaker did nothing
    /// else in the sentence (a bare "said" aside).
    func silentSpeaker() -> (verb: Int, speaker: ActorMention)? {
        guard let verb = tokens.indices.first(where: { classes[$0].contains(.speechVerb) }),
            let speaker = subject(before: verb), !events.contains(where: { $0.source == speaker.code && $0.code != "010" })
        else { return nil }
        return (verb, speaker)
    }

    /// Adds what a speaker said about `target`, with the factuality of the words from the
    /// speech verb to `end`.
    mutating func appendSpoken(_ info: CAMEOCode, by speaker: ActorMention, on target: ActorMention, verb: Int, end: Int, how: String) {
        let factuality = FactualityDetector(tokens: tokens, classes: classes).factuality(
            patternStart: verb, patternEnd: end, source: speaker.range, isNoun: false)
        for s in speaker.expanded {
            for t in target.expanded { append(s, t, info, factuality, how: how) }
        }
    }
}
