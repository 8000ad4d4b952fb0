import DyadLexicon
import DyadText

/// Who acts: the subject of a verb, the agent of a passive or a noun, the speaker of
/// reported speech, and verbs that share a subject.
extension SentenceEventBuilder {
    /// The subject for a pattern at `start`: the nearest actor to its left that is not the
    /// object of a preposition.
    func subject(before start: Int, placesToo: Bool = false) -> ActorMention? {
        // "China, Pakistan's closest ally, called on...": skip an apposition before the verb.
        var limit = start
        if start > 0, tokens[start - 1].text == "," || tokens[start - 1].text == ")",
            let open = (0..<(start - 1)).last(where: { [",", "("].contains(tokens[$0].text) }),
            mentions.contains(where: { $0.range.upperBound <= open })
        {
            limit = open
        }
        let left = mentions.enumerated().filter { $0.element.range.upperBound <= limit && (placesToo || !$0.element.isPlace) }
        if let free = left.last(where: { !classes.token($0.element.range.lowerBound - 1, is: .preposition) }) {
            return free.element
        }
        return left.last?.element
    }

    func mention(startingAt i: Int) -> ActorMention? {
        mentions.first { $0.range.lowerBound == i && !$0.isPlace }
    }

    /// The actor of a "by" phrase within a few words after `i`: "received at the Kremlin by
    /// President Vladimir Putin".
    func byPhrase(after i: Int) -> ActorMention? {
        var j = i
        while j < min(tokens.count, i + 6), tokens[j].kind != .punctuation || tokens[j].text == "," {
            if tokens[j].text == "by" { return mention(startingAt: j + 1) ?? mention(startingAt: j + 2) }
            j += 1
        }
        return nil
    }

    /// Whether the pattern at `i` comes right after "and" (adverbs aside).
    func followsAnd(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, ["then", "later", "also", "subsequently", "immediately", "promptly", "quickly", "swiftly"].contains(tokens[j].text) {
            j -= 1
        }
        return j >= 0 && tokens[j].text == "and"
    }

    func isCoordinated(_ earlier: PatternMatch, _ later: PatternMatch) -> Bool {
        guard earlier.end <= later.start else { return false }
        let between = (earlier.end..<later.start).map { tokens[$0].text }.filter {
            !["then", "later", "also", "subsequently", "immediately", "promptly", "quickly"].contains($0)
        }
        return between == ["and"] || between == [",", "and"] || between == [","]
    }

    /// "South Korea summoned the Russian ambassador to protest": an infinitive right after an
    /// act's target is the purpose of its source, unless the act asks the target to do it
    /// ("urged Russia to withdraw": appeals and demands, 02 and 10).
    func isPurpose(_ earlier: PatternMatch, _ later: PatternMatch, object: ActorMention) -> Bool {
        guard earlier.end == later.start - 1, object.range.upperBound == later.start - 1, word(later.start - 1) == "to" else {
            return false
        }
        let root = coder.lexicon.patterns[earlier.pattern].code.prefix(2)
        return root != "02" && root != "10"
    }

    func nounSource(_ match: PatternMatch, context: DocumentContext) -> ActorMention? {
        // "Tillerson's visit", "Russia's recent expulsion of"
        for back in 1...3 {
            let i = match.start - back
            guard i >= 1 else { break }
            if tokens[i].text == "'s" || tokens[i].text == "'", let owner = mentions.last(where: { $0.range.upperBound == i }) {
                return owner
            }
            if ["his", "her"].contains(tokens[i].text), let person = context.lastPerson ?? subject(before: i) { return person }
            if tokens[i].kind == .punctuation { break }
        }
        // "the British expulsion of"
        if let adjacent = mentions.last(where: { $0.range.upperBound == match.start && !$0.isPlace }) { return adjacent }
        // "the expulsion of 23 diplomats by Britain"
        if let agent = byPhrase(after: match.end) { return agent }
        // The clause subject owns a noun it acts on ("announced expulsions of"), not one inside
        // a phrase about something else ("in response to the attack on ...").
        // "said that the door to talks with Washington remained open": an intent to cooperate
        // is voiced by whoever says it.
        let voiced = coder.lexicon.patterns[match.pattern].code.hasPrefix("03") ? speaker(before: match.start) : nil
        guard let subject = subject(before: match.start) else { return voiced }
        let between = (subject.range.upperBound..<match.start).map { tokens[$0].text }
        // "Kerry and Lavrov announced the framework after three days of talks": the talks a
        // list of actors came from were theirs.
        let jointAct = subject.members.count > 1 && SentenceEventBuilder.isMutual(coder.lexicon.patterns[match.pattern].code)
        if !jointAct, between.contains(where: { SentenceEventBuilder.detachingPrepositions.contains($0) }) { return voiced }
        // "The Security Council condemned the coup in Niger": what a subject reacts to is not
        // its own act.
        if between.contains(where: { SentenceEventBuilder.reactionVerbs.contains($0.lowercased()) }) { return voiced }
        return subject
    }

    /// Verbs that make the reaction after them someone else's: "drawing a sharp rebuke from
    /// Beijing", "prompted protests from Moscow".
    static let drawingVerbs = Inflector.forms(of: ["draw", "prompt", "spark", "trigger", "provoke", "earn", "elicit"])

    /// Whether `match` is a reaction drawn from the actor after "from" by the clause's
    /// subject: the word matched is then a noun ("a rebuke"), its source the one it came from.
    func isDrawnReaction(_ match: PatternMatch, from reactor: ActorMention) -> Bool {
        guard word(reactor.range.lowerBound - 1) == "from" else { return false }
        for i in stride(from: match.start - 1, through: max(0, match.start - 4), by: -1) {
            if SentenceEventBuilder.drawingVerbs.contains(tokens[i].text.lowercased()) { return true }
            if tokens[i].kind == .punctuation { return false }
        }
        return false
    }

    /// Verbs of reacting to what someone else did: the noun after them is not the subject's act.
    static let reactionVerbs = Inflector.forms(of: [
        "condemn", "denounce", "criticise", "criticize", "deplore", "decry", "welcome", "praise", "hail", "applaud", "lament",
        "regret", "mourn", "slam", "protest",
    ])

    /// Prepositions that put a noun outside what the clause subject does.
    static let detachingPrepositions: Set<String> = [
        "to", "on", "for", "after", "before", "against", "from", "about", "over", "since", "despite", "amid", "following",
    ]

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "claimed", "claims", "alleged", "alleges", "insisted", "stated", "charged", "asserted",
    ]

    /// The subject of a speech verb that governs the clause starting at `i`: "Kyiv said ...".
    func speaker(before i: Int) -> ActorMention? {
        guard let verb = (0..<i).last(where: { classes[$0].contains(.speechVerb) }) else { return nil }
        guard (verb + 1..<i).allSatisfy({ tokens[$0].kind != .punctuation || tokens[$0].text == "\"" }) else { return nil }
        return subject(before: verb)
    }

    /// "The United States, the EU, Britain and Canada agreed to cut Russian banks off from
    /// SWIFT": a list agreeing to act on a third party has agreed on that act, not with one
    /// another.
    func agreesToActOnOthers(_ match: PatternMatch, source: ActorMention) -> Bool {
        guard source.members.count > 1, ["030", "057"].contains(coder.lexicon.patterns[match.pattern].code),
            let to = (match.end..<min(tokens.count, match.end + 4)).first(where: { tokens[$0].text == "to" })
        else { return false }
        let clauseEnd = (to..<tokens.count).first { [",", ";", ".", "but"].contains(tokens[$0].text) } ?? tokens.count
        let members = Set(source.members.map(\.country))
        return mentions.contains { $0.range.lowerBound > to && $0.range.lowerBound < clauseEnd && !members.contains($0.country) }
    }
}
