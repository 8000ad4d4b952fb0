import DyadLexicon
import DyadText

/// Targets a sentence does not name: objects that point back at earlier events ("the
/// agreement", "the expulsions"), unnamed victims, and the roots that answer the other side.
extension SentenceEventBuilder {
    /// Nouns that, with a definite article or a demonstrative, point back at an earlier
    /// event of the article.
    static let anaphoricObjects: Set<String> = Set(DocumentContext.eventNouns.keys).union(jointObjects).union([
        "decision", "initiative", "measure", "move", "moves", "resolution", "step", "steps", "trip", "visit", "vote",
    ])

    /// Roots of judging what someone did: statements, disapproval, rejection, threats.
    static let judgementRoots: Set<String> = ["01", "11", "12", "13"]
    /// Nouns that sum up an act before a relative clause judging it: "a move Warsaw described".
    static let appositiveHeads: Set<String> = [
        "move", "step", "decision", "comment", "comments", "remark", "remarks", "charge", "claim", "claims", "action",
        "measure", "measures", "act", "accusation", "allegation", "statement", "demand", "proposal",
    ]

    /// Roots of coercion and violence, whose unnamed victims are civilians.
    static let violentRoots: Set<String> = ["17", "18", "19", "20"]

    /// Words for people who are neither a state nor an armed group.
    static let victimWords: Set<String> = [
        "civilians", "people", "residents", "villagers", "protesters", "demonstrators", "children", "women", "worshippers",
        "pilgrims", "refugees", "migrants", "farmers", "fishermen", "students", "passengers", "inhabitants", "patients",
        "families", "detainees", "prisoners", "men", "boys", "girls",
    ]

    /// The victim word within a few words from `i` ("killed 166 people", "shelled residential
    /// areas full of civilians" does not count: only numbers and adjectives may stand between).
    func victims(after i: Int) -> Int? {
        var j = i
        while j < min(tokens.count, i + 4) {
            if SentenceEventBuilder.victimWords.contains(word(j)) { return j }
            if tokens[j].kind == .punctuation || mentions.contains(where: { $0.range.contains(j) }) { return nil }
            j += 1
        }
        return nil
    }

    /// The country where violence by `other` happened: the one country the sentence names
    /// besides the attacker's, by a place anywhere or an actor after the act (`from`).
    func placeCountry(other: String, from: Int) -> String? {
        let after = mentions.filter { $0.isPlace || $0.range.lowerBound >= from }
        let named = Set(after.flatMap(\.expanded).map(\.country).filter { $0 != other })
        guard named.count == 1, let country = named.first, coder.lexicon.countryNames[country] != nil else { return nil }
        return country
    }

    /// Parts of a state that act at home: its armies and spies act abroad as often.
    static let domesticSectors: Set<Substring> = ["GOV", "COP", "JUD"]

    /// The country of a state's police, courts or government acting on unnamed people when
    /// the sentence names no other country after the act: its own.
    func homeCountry(of source: ActorMention, from: Int) -> String? {
        guard source.code.count == 6, SentenceEventBuilder.domesticSectors.contains(source.code.suffix(3)),
            !mentions.contains(where: { $0.range.lowerBound >= from && $0.country != source.country })
        else { return nil }
        return source.country
    }

    /// Nouns for joint acts: "the agreement" points back at both its parties.
    static let jointObjects: Set<String> = [
        "deal", "agreement", "accord", "framework", "truce", "ceasefire", "summit", "talks", "negotiations", "pact",
        "treaty", "arrangement", "rapprochement", "reconciliation", "settlement", "compromise", "meeting", "swap",
        "exchange",
    ]

    /// Both sides of the latest events, as one group mention standing at the object `i`,
    /// when the object is a joint act ("the deal", "the framework").
    func jointParties(at i: Int, context: DocumentContext) -> ActorMention? {
        guard [i + 1, i + 2].contains(where: { SentenceEventBuilder.jointObjects.contains(word($0)) }),
            let pair = context.lastJointPair ?? context.lastPair()
        else { return nil }
        return ActorMention(
            group: pair, range: i..<(i + 1), text: word(i + 1), why: "parties of the \(word(i + 1)): \(pair[0].text) and \(pair[1].text)")
    }

    /// The anaphoric noun of the object at `i`: "the (European) measures" → "measures".
    func objectNoun(at i: Int) -> String? {
        [i + 1, i + 2].map(word).first { SentenceEventBuilder.anaphoricObjects.contains($0) }
    }

    /// Whether the words at `i` are "the/that/this/these/those (adjective) NOUN" with an
    /// anaphoric noun.
    func refersBack(from i: Int) -> Bool {
        guard ["the", "that", "this", "these", "those"].contains(word(i)) else { return false }
        return SentenceEventBuilder.anaphoricObjects.contains(word(i + 1)) || SentenceEventBuilder.anaphoricObjects.contains(word(i + 2))
    }

    /// Words that open a relative clause on an act: "a move Warsaw described", "a charge
    /// Beijing rejected".
    static let appositiveOpeners: Set<String> = ["a", "an", "the", "which"]

    /// "Iran denies Saudi charges that it arms the Houthis": when the slot names the source
    /// itself, the party is the actor the pattern's own words passed over.
    func partyPassedOver(_ match: PatternMatch, source s: ActorMention, slot t: ActorMention) -> ActorMention? {
        guard t.country == s.country, t.members.isEmpty else { return nil }
        return mentions.first {
            $0.range.lowerBound > match.start && $0.range.upperBound <= match.slot && $0.country != s.country && !$0.isPlace
                && $0.members.isEmpty
        }
    }

    /// Roots whose acts, with no party named, answer the other side of the latest events:
    /// statements, demands, criticism, rejections and threats ("Moscow denied it", "warned it
    /// would respond", "condemned the decision", "demanded an apology").
    static let implicitTargetRoots: Set<String> = ["01", "10", "11", "12", "13"]

    /// The target of an active match whose sentence names none (or only a place), found the
    /// way a reader finds it; `named` is the target the pattern found, if any.
    func implicitTarget(
        for match: PatternMatch, pattern: MatchedPattern, source s: ActorMention, named: ActorMention?, context: DocumentContext
    ) -> ActorMention? {
        var target = named
        // "India accused Pakistan of harbouring the group, a charge Islamabad denied": an act
        // with no party named answers whoever acted on its source earlier in the sentence.
        if target == nil,
            SentenceEventBuilder.implicitTargetRoots.contains(String(pattern.code.prefix(2))),
            let (accuser, _) = parties.last(where: { $0.target.country == s.country })
        {
            target = accuser
        }
        // "Iran said it would enrich uranium to 60 percent, a move the United States called
        // provocative": a judgement in a relative clause on "a move" aims at the main subject.
        if target == nil, SentenceEventBuilder.judgementRoots.contains(String(pattern.code.prefix(2))),
            SentenceEventBuilder.appositiveHeads.contains(word(s.range.lowerBound - 1)),
            SentenceEventBuilder.appositiveOpeners.contains(word(s.range.lowerBound - 2))
        {
            target = mentions.first { $0.range.upperBound < s.range.lowerBound && $0.country != s.country && !$0.isPlace }
        }
        // "welcomed the agreement" points back at both parties of a joint act, "rejected the
        // demand" at the one who made it. The object may be the pattern's own last words.
        if target == nil, let object = (match.start + 1...max(match.start + 1, match.slot)).first(where: refersBack(from:)) {
            target = jointParties(at: object, context: context) ?? context.counterparty(of: s.country, noun: objectNoun(at: object))
            // "Ethiopia signed a memorandum with Somaliland, angering Somalia, which called the
            // deal a violation": an act of this sentence, with parties the article had not met,
            // is what the object points at, not an earlier one of other actors.
            let named = Set(mentions.map(\.country))
            if let found = target, found.expanded.allSatisfy({ !named.contains($0.country) }),
                let actor = mentions.first(where: { $0.range.upperBound <= s.range.lowerBound && $0.country != s.country && !$0.isPlace })
            {
                target = actor
            }
        }
        // "Lavrov warned that Russia would respond": an act with no party named aims at the
        // other side of what the article is about.
        // A warning about no one ("warning that arms would not solve the conflict") aims at no one.
        if target == nil, pattern.kind == .verb,
            SentenceEventBuilder.implicitTargetRoots.contains(String(pattern.code.prefix(2))),
            !(pattern.code.hasPrefix("13") && isAboutNoOne(after: match.end)),
            !namesUnknownParty(at: match.slot)
        {
            target =
                mentions.first { $0.range.lowerBound >= match.end && $0.country != s.country && !$0.isPlace }
                ?? context.counterparty(of: s.country)
        }
        // "Beijing retaliated with tariffs of its own": retaliation answers whoever last acted
        // on its source.
        if target == nil, SentenceEventBuilder.retaliationOpenings.contains(where: { pattern.text.hasPrefix($0) }) {
            target = context.counterparty(of: s.country)
        }
        // "Russian forces tortured civilians in Ukraine": victims with no country named are the
        // civilians of the country named after the act; with none named, a state's police,
        // courts or government arresting people arrested its own ("Iranian police arrested 40 people").
        let targetIsPlace = target.map { $0.isPlace || SentenceEventBuilder.locatives.contains(word($0.range.lowerBound - 1)) } ?? true
        if targetIsPlace, SentenceEventBuilder.violentRoots.contains(String(pattern.code.prefix(2))),
            let victims = victims(after: match.slot),
            let country = placeCountry(other: s.country, from: match.start)
                ?? (pattern.code.hasPrefix("17") ? homeCountry(of: s, from: match.start) : nil)
        {
            target = ActorMention(
                range: victims..<(victims + 1), code: country + "CVL", level: nil, text: word(victims),
                why: "victims '\(word(victims))' of \(country)")
        }
        return target
    }

    /// "The European Commission fined Google": a name dyad does not know stands in the
    /// target slot, so the act is on someone, just not on an actor it codes.
    func namesUnknownParty(at slot: Int) -> Bool {
        guard slot < tokens.count, tokens[slot].isCapitalized, tokens[slot].kind == .word else { return false }
        return !mentions.contains { $0.range.contains(slot) }
    }

    /// Openings of patterns of retaliation, whose target is the one retaliated against.
    static let retaliationOpenings = ["retaliate", "hit back", "respond with", "respond by", "reciprocate"]

    /// Whether the clause after `i` names no actor and no one by pronoun: "warning that arms
    /// would not solve the conflict".
    func isAboutNoOne(after i: Int) -> Bool {
        let end = (i..<tokens.count).first { [";", ".", "but"].contains(tokens[$0].text) } ?? tokens.count
        // "Moscow vowed to retaliate.": a threat with nothing after it aims at the other side.
        if !(i..<end).contains(where: { tokens[$0].kind != .punctuation }) { return false }
        if mentions.contains(where: { $0.range.lowerBound >= i && $0.range.lowerBound < end }) { return false }
        return !(i..<end).contains { ["it", "they", "we", "he", "she", "its", "their"].contains(word($0)) }
    }
}
