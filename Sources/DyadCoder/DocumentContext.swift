import DyadLexicon
import DyadText

/// What earlier sentences of a document said, for resolving pronouns, surnames, definite
/// descriptions ("the alliance"), "both sides" and relative dates ("the next day").
struct DocumentContext {
    /// People named so far, by lexicon index.
    var people: Set<Int> = []
    /// Actor codes named so far (organisations among them, for "the alliance").
    var namedCodes: Set<String> = []
    /// The most recent person or people-like actor mentioned, for "he" and "she".
    var lastPerson: ActorMention?
    /// The latest country or organisation that opened a sentence, for "it".
    var lastInstitution: ActorMention?
    /// The most recent group mention ("the US and Russia"), for "they".
    var lastGroup: ActorMention?
    /// Distinct actors by recency, most recent last.
    var recent: [ActorMention] = []
    /// Source and target of the latest events, for objects such as "the demand" or "the
    /// deal" that point back at them.
    var lastParties: [(source: ActorMention, target: ActorMention)] = []
    /// The two sides of the latest joint act ("signed an agreement", "held talks"), for
    /// "the deal" or "the talks" later on.
    var lastJointPair: [ActorMention]?
    /// The last date a sentence gave, for "the next day".
    var lastDate: Day?
    /// Sentences already coded, to skip verbatim repeats (pull quotes).
    var seenSentences: Set<String> = []

    /// Words after a name that make it a modifier, not a participant: "the Trump administration".
    static let modifiedNouns: Set<String> = [
        "administration", "government", "team", "campaign", "era", "camp", "doctrine", "aides", "cabinet",
    ]

    /// Records the mentions of a sentence. The first person named (the subject, usually)
    /// becomes the antecedent of "he" and "she".
    mutating func remember(_ allMentions: [ActorMention], tokens: [Token]) {
        let mentions = allMentions.filter { !$0.isPlace }
        let people = mentions.filter { m in
            m.person != nil && m.members.isEmpty
                && !(m.range.upperBound < tokens.count && DocumentContext.modifiedNouns.contains(tokens[m.range.upperBound].text))
        }
        if let subject = people.first { lastPerson = subject }
        if let first = mentions.first, first.person == nil, first.members.isEmpty { lastInstitution = first }
        for mention in mentions {
            if mention.members.count > 1 { lastGroup = mention }
            for member in mention.expanded {
                if let person = member.person { self.people.insert(person) }
                namedCodes.insert(member.code)
                recent.removeAll { $0.country == member.country }
                recent.append(member)
                if recent.count > 8 { recent.removeFirst() }
            }
        }
    }

    /// The party of the latest events that is not `country`: who made "the demand" that
    /// `country` rejected.
    func counterparty(of country: String) -> ActorMention? {
        for (source, target) in lastParties.reversed() {
            if source.country != country { return source }
            if target.country != country { return target }
        }
        return nil
    }

    /// The most recent actor whose country differs from `country`.
    func other(than country: String?) -> ActorMention? {
        recent.last { $0.country != country }
    }

    /// The two sides of the latest event, or else the two most recent actors of different
    /// countries: what "both sides" and "the two leaders" mean.
    func lastPair() -> [ActorMention]? {
        if let (source, target) = lastParties.last, source.country != target.country { return [source, target] }
        guard let last = recent.last, let before = recent.dropLast().last(where: { $0.country != last.country }) else {
            return nil
        }
        return [before, last]
    }
}
