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
    /// The asserted events of the document so far, latest last, for "the expulsions" or
    /// "the sanctions" that point back at one of them.
    var history: [(code: String, source: ActorMention, target: ActorMention)] = []
    /// The two sides of the latest joint act ("signed an agreement", "held talks"), for
    /// "the deal" or "the talks" later on.
    var lastJointPair: [ActorMention]? {
        history.last { SentenceEventBuilder.isMutual($0.code) }.map { [$0.source, $0.target] }
    }
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
                let country = member.country
                recent.removeAll { $0.country == country }
                recent.append(member)
                if recent.count > 8 { recent.removeFirst() }
            }
        }
    }

    /// Nouns that point back at an earlier event, with the codes (or prefixes) of the events
    /// they name.
    static let eventNouns: [String: [String]] = [
        "expulsion": ["16", "174"], "expulsions": ["16", "174"], "sanctions": ["163", "16"], "measures": ["16", "17"],
        "demand": ["10"], "demands": ["10"], "ultimatum": ["10", "13"], "accusation": ["11"], "accusations": ["11"],
        "allegation": ["11"], "allegations": ["11"], "charges": ["11"], "claims": ["11", "01"], "claim": ["11", "01"],
        "criticism": ["11"], "remarks": ["01", "11"], "comments": ["01", "11"], "statement": ["01", "11"],
        "proposal": ["03"], "proposals": ["03"], "offer": ["03"], "overture": ["03"], "overtures": ["03"], "plan": ["03"],
        "invitation": ["02", "03"], "request": ["02"], "call": ["02"], "appeal": ["02"], "threat": ["13"], "threats": ["13"],
        "warning": ["13"], "tariffs": ["163"], "ban": ["16", "17"], "restrictions": ["16", "17"], "report": ["11", "09"],
        "findings": ["11", "09"], "invasion": ["19", "15"], "arrest": ["17"], "arrests": ["17"], "detention": ["17"],
        "seizure": ["17"], "warrant": ["11", "17"], "verdict": ["11", "17"], "ruling": ["11", "17"], "attack": ["18", "19", "20"],
        "attacks": ["18", "19", "20"], "strike": ["19"], "strikes": ["19"], "killings": ["18", "19", "20"], "shelling": ["19"],
    ]

    /// Who did to `country` the latest event that `noun` names ("the expulsions" Merkel
    /// condemned were Russia's), else the party of the latest events that is not `country`.
    func counterparty(of country: String, noun: String? = nil) -> ActorMention? {
        let codes = noun.flatMap { DocumentContext.eventNouns[$0] }
        let named = history.reversed().filter { e in codes.map { $0.contains { e.code.hasPrefix($0) } } ?? true }
        if let event = named.first(where: { $0.target.country == country && $0.source.country != country }) { return event.source }
        if codes != nil { return named.first(where: { $0.source.country != country })?.source }
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

    /// The article's main pair: the two countries with the most events between them so far
    /// (the latest pair on a tie), or else the two sides of the latest event, or the two most
    /// recent actors of different countries. What "both sides" and "the two leaders" mean.
    func lastPair() -> [ActorMention]? {
        var counts: [String: (count: Int, latest: Int, pair: [ActorMention])] = [:]
        for (index, event) in history.enumerated() where event.source.country != event.target.country {
            // A joint act coded both ways ("China met Ukraine") is one act.
            if index > 0, SentenceEventBuilder.symmetricCodes.contains(event.code), history[index - 1].code == event.code,
                history[index - 1].source.country == event.target.country,
                history[index - 1].target.country == event.source.country
            {
                continue
            }
            let key = [event.source.country, event.target.country].sorted().joined(separator: "-")
            counts[key] = ((counts[key]?.count ?? 0) + 1, index, [event.source, event.target])
        }
        if let best = counts.values.max(by: { ($0.count, $0.latest) < ($1.count, $1.latest) }), best.count > 1 { return best.pair }
        if let (source, target) = lastParties.last, source.country != target.country { return [source, target] }
        guard let last = recent.last, let before = recent.dropLast().last(where: { $0.country != last.country }) else {
            return nil
        }
        return [before, last]
    }
}
