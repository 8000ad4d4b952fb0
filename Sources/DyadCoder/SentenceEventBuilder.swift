import DyadLexicon
import DyadOntology
import DyadText

/// Turns the pattern matches of one sentence into events: finds each match's source,
/// expands lists into pairs, decides factuality and dates, and explains what it did.
struct SentenceEventBuilder {
    let coder: EventCoder
    let sentence: Sentence
    let tokens: [Token]
    let mentions: [ActorMention]
    let document: Document
    let date: ResolvedDate?
    let eventDay: Day?
    let issues: [String]
    var events: [CodedEvent] = []
    var explanations: [String] = []
    var unpaired: [String] = []
    static let locatives: Set<String> = ["in", "at", "near", "outside", "inside"]
    /// Roots whose target may be a place: visits, force posture, coercion and violence.
    static let placeRoots: Set<String> = ["04", "15", "17", "18", "19", "20"]

    /// Where non-asserted acts start in the sentence, with their factuality.
    var openScopes: [(start: Int, factuality: Factuality)] = []

    /// Source and target of every event made, for later sentences.
    var parties: [(source: ActorMention, target: ActorMention)] = []
    /// The two sides of the latest joint act of the sentence.
    var jointPair: [ActorMention]?
    /// Source and target of the matches added so far, for coordinated verbs.
    var previous: (match: PatternMatch, source: ActorMention?, target: ActorMention?)?

    /// Codes (or their prefixes) of joint acts, mutual when a list is the subject and no
    /// target is named: "Russia and China signed an agreement", "the two sides met".
    static let mutualCodes: [String] = ["030", "036", "037", "040", "041", "044", "046", "057", "06", "0871"]

    static func isMutual(_ code: String) -> Bool { mutualCodes.contains { code.hasPrefix($0) } }

    init(
        coder: EventCoder, sentence: Sentence, tokens: [Token], mentions: [ActorMention], document: Document,
        date: ResolvedDate?, eventDay: Day?, issues: [String]
    ) {
        self.coder = coder
        self.sentence = sentence
        self.tokens = tokens
        self.mentions = mentions
        self.document = document
        self.date = date
        self.eventDay = eventDay
        self.issues = issues
    }

    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    /// The subject for a pattern at `start`: the nearest actor to its left that is not the
    /// object of a preposition.
    func subject(before start: Int) -> ActorMention? {
        // "China, Pakistan's closest ally, called on...": skip an apposition before the verb.
        var limit = start
        if start > 0, tokens[start - 1].text == "," || tokens[start - 1].text == ")",
            let open = (0..<(start - 1)).last(where: { [",", "("].contains(tokens[$0].text) }),
            mentions.contains(where: { $0.range.upperBound <= open })
        {
            limit = open
        }
        let left = mentions.enumerated().filter { $0.element.range.upperBound <= limit }
        if let free = left.last(where: { !MentionFinder.prepositions.contains(word($0.element.range.lowerBound - 1)) }) {
            return free.element
        }
        return left.last?.element
    }

    func mention(startingAt i: Int) -> ActorMention? {
        mentions.first { $0.range.lowerBound == i }
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

    mutating func add(_ match: PatternMatch, context: DocumentContext) {
        let pattern = coder.lexicon.patterns[match.pattern]
        var source: ActorMention?
        var target = match.target.map { mentions[$0] }
        if match.isPassive {
            target = subject(before: match.start)
            source = byPhrase(after: match.end)
        } else if pattern.kind == .noun {
            source = nounSource(match, context: context)
        } else {
            source = subject(before: match.start)
            // "Britain expelled the diplomats and closed the consulate": the second verb shares the subject.
            // "... travelled to Pyongyang, when he was director of the CIA, and met Kim": a verb
            // right after "and" shares the subject of the verb before it.
            if let previous, let s = source,
                (s.range == previous.target?.range && isCoordinated(previous.match, match)) || followsAnd(match.start)
            {
                if previous.source != nil { source = previous.source }
            }
        }
        // "Lavrov rejected the demand", "criticised the deal": the object points back at the
        // other party of the latest events.
        // "India accused Pakistan of harbouring the group, a charge Islamabad denied": an act
        // with no party named answers whoever acted on its source earlier in the sentence.
        if target == nil, !match.isPassive, let s = source,
            SentenceEventBuilder.implicitTargetRoots.contains(String(pattern.code.prefix(2))),
            let (accuser, _) = parties.last(where: { $0.target.country == s.country })
        {
            target = accuser
        }
        // "welcomed the agreement" points back at both parties of a joint act, "rejected the
        // demand" at the one who made it. The object may be the pattern's own last words.
        if target == nil, !match.isPassive, let s = source,
            let object = (match.start + 1...max(match.start + 1, match.slot)).first(where: refersBack(from:))
        {
            target = jointParties(at: object, context: context) ?? context.counterparty(of: s.country)
        }
        // "Lavrov warned that Russia would respond": an act with no party named aims at the
        // other side of what the article is about.
        if target == nil, !match.isPassive, pattern.kind == .verb, let s = source,
            SentenceEventBuilder.implicitTargetRoots.contains(String(pattern.code.prefix(2)))
        {
            target =
                mentions.first { $0.range.lowerBound >= match.end && $0.country != s.country }
                ?? context.counterparty(of: s.country)
        }
        // "at the ICJ in The Hague", "agreed in Tokyo": a place is not a party, except to
        // visits and to acts of force.
        if let t = target, SentenceEventBuilder.locatives.contains(word(t.range.lowerBound - 1)),
            !SentenceEventBuilder.placeRoots.contains(String(pattern.code.prefix(2)))
        {
            target = nil
        }
        previous = (match, source, target)
        emit(match, pattern: pattern, source: source, target: target)
    }

    /// Nouns that, with a definite article or a demonstrative, point back at an earlier
    /// event of the article.
    static let anaphoricObjects: Set<String> = [
        "demand", "demands", "deal", "agreement", "accord", "proposal", "proposals", "offer", "decision", "move",
        "moves", "measures", "measure", "sanctions", "accusation", "accusations", "allegation", "allegations",
        "charges", "claims", "claim", "remarks", "comments", "statement", "request", "plan", "ultimatum",
        "expulsions", "expulsion", "ban", "restrictions", "step", "steps", "call", "appeal", "warning", "threat",
        "threats", "overture", "overtures", "invitation", "initiative", "criticism", "report", "findings",
        "framework", "truce", "ceasefire", "summit", "talks", "negotiations", "pact", "treaty", "arrangement",
        "rapprochement", "settlement", "compromise", "swap", "killings", "invasion", "arrests", "arrest", "detention",
        "seizure", "tariffs", "ruling", "verdict", "warrant",
        "resolution", "vote", "visit", "trip",
    ]

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
        let range = i..<(i + 1)
        let members = pair.map { m -> ActorMention in
            var m = m
            m.range = range
            return m
        }
        return ActorMention(
            range: range, code: pair[0].code, level: nil, text: word(i + 1),
            why: "parties of the \(word(i + 1)): \(pair[0].text) and \(pair[1].text)", members: members)
    }

    /// Whether the words at `i` are "the/that/this/these/those (adjective) NOUN" with an
    /// anaphoric noun.
    func refersBack(from i: Int) -> Bool {
        guard ["the", "that", "this", "these", "those"].contains(word(i)) else { return false }
        return SentenceEventBuilder.anaphoricObjects.contains(word(i + 1)) || SentenceEventBuilder.anaphoricObjects.contains(word(i + 2))
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
        if let adjacent = mentions.last(where: { $0.range.upperBound == match.start }) { return adjacent }
        // "the expulsion of 23 diplomats by Britain"
        if let agent = byPhrase(after: match.end) { return agent }
        // The clause subject owns a noun it acts on ("announced expulsions of"), not one inside
        // a phrase about something else ("in response to the attack on ...").
        guard let subject = subject(before: match.start) else { return nil }
        let between = (subject.range.upperBound..<match.start).map { tokens[$0].text }
        // "Kerry and Lavrov announced the framework after three days of talks": the talks a
        // list of actors came from were theirs.
        let jointAct = subject.members.count > 1 && SentenceEventBuilder.isMutual(coder.lexicon.patterns[match.pattern].code)
        if !jointAct, between.contains(where: { SentenceEventBuilder.detachingPrepositions.contains($0) }) { return nil }
        return subject
    }

    /// Prepositions that put a noun outside what the clause subject does.
    static let detachingPrepositions: Set<String> = [
        "to", "on", "for", "after", "before", "against", "from", "about", "over", "since", "despite", "amid", "following",
    ]

    mutating func emit(_ match: PatternMatch, pattern: EventPattern, source: ActorMention?, target: ActorMention?) {
        guard let info = coder.lexicon.catalog[pattern.code] else { return }
        let detector = FactualityDetector(tokens: tokens)
        let subject = match.isPassive ? target?.range : source?.range
        var factuality = detector.factuality(
            patternStart: match.start, patternEnd: match.end, source: subject, isNoun: pattern.kind == .noun)
        // "Russia would be willing to let U.S. investigators attend the questioning of ...":
        // what follows a hypothetical, requested or future act in its clause shares its status.
        if factuality == .asserted, let scope = openScopes.last(where: { $0.start < (subject?.lowerBound ?? match.start) }),
            !(scope.start..<match.start).contains(where: { [";", "but", "while", "whereas"].contains(tokens[$0].text) })
        {
            factuality = scope.factuality
        }
        if factuality != .asserted && factuality != .negated { openScopes.append((match.start, factuality)) }
        let voice = match.isPassive ? "passive " : ""
        let how = "\(voice)\(pattern.kind.rawValue) pattern '\(pattern.text)' (\(pattern.origin))"
        for (s, t) in pairs(info.code, source: source, target: target) {
            append(s, t, info, factuality, how: how)
            // Hosting implies a visit: "Putin received Tillerson" is also Tillerson's visit.
            if info.code == "043", let visit = coder.lexicon.catalog["042"] {
                append(t, s, visit, factuality, how: "implied by hosting (\(how))")
            }
        }
        if let source, SentenceEventBuilder.accusableRoots.contains(info.root), factuality == .asserted,
            let speaker = speaker(before: source.range.lowerBound), let accuse = coder.lexicon.catalog["112"]
        {
            // "Kyiv said Russian troops shelled the city": the report is also an accusation.
            for s in source.expanded { append(speaker, s, accuse, .asserted, how: "reported by its target's accuser (\(how))") }
        }
        if source == nil || target == nil {
            let missing = source == nil ? (target == nil ? "source or target" : "source") : "target"
            unpaired.append(
                "pattern '\(pattern.text)' (\(pattern.origin)) matched '\(tokens[match.start].text)' but found no \(missing) actor")
        }
    }

    /// Roots whose acts, with no party named, answer the other side of the latest events:
    /// statements, rejections and threats ("Moscow denied it", "warned it would respond").
    static let implicitTargetRoots: Set<String> = ["01", "12", "13"]

    /// Roots whose report by a third party amounts to an accusation.
    static let accusableRoots: Set<String> = ["15", "17", "18", "19", "20"]
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "claimed", "claims", "alleged", "alleges", "insisted", "stated", "charged", "asserted",
    ]

    /// The subject of a speech verb that governs the clause starting at `i`: "Kyiv said ...".
    func speaker(before i: Int) -> ActorMention? {
        guard let verb = (0..<i).last(where: { SentenceEventBuilder.speechVerbs.contains(tokens[$0].text) }) else { return nil }
        guard (verb + 1..<i).allSatisfy({ tokens[$0].kind != .punctuation || tokens[$0].text == "\"" }) else { return nil }
        return subject(before: verb)
    }

    /// Words before a target that make it the place of a joint act rather than a party.
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "of", "off", "around", "across", "over", "into", "from", "outside", "inside",
    ]

    /// The source-target pairs an event of `code` gives.
    func pairs(_ code: String, source: ActorMention?, target: ActorMention?) -> [(ActorMention, ActorMention)] {
        var pairs: [(ActorMention, ActorMention)] = []
        // A joint act of a list, with no target or only a place ("agreed to a ceasefire in
        // eastern Ukraine", "held drills in the Sea of Japan"), is mutual among its members.
        let targetIsPlace = target.map { SentenceEventBuilder.placePrepositions.contains(word($0.range.lowerBound - 1)) } ?? true
        if targetIsPlace, let source, source.members.count > 1, SentenceEventBuilder.isMutual(code) {
            for a in source.members { for b in source.members where a.code != b.code { pairs.append((a, b)) } }
        } else if let target, target.members.count > 1, word(target.range.lowerBound - 1) == "between",
            source == nil || SentenceEventBuilder.isMutual(code)
        {
            // "talks between Armenia and Azerbaijan": the list holds both sides.
            for a in target.members { for b in target.members where a.code != b.code { pairs.append((a, b)) } }
        } else if let source, let target {
            for s in source.expanded { for t in target.expanded { pairs.append((s, t)) } }
        }
        return pairs
    }

    /// Adds one event unless it is within one country or already there.
    mutating func append(_ s: ActorMention, _ t: ActorMention, _ info: CAMEOCode, _ factuality: Factuality, how: String) {
        // Events within one country (its government and its army) are not relations between actors.
        guard s.country != t.country else { return }
        guard !events.contains(where: { $0.source == s.code && $0.target == t.code && $0.code == info.code }) else { return }
        let event = CodedEvent(
            id: "\(document.id)#\(sentence.index).\(events.count)", doc: document.id, sentence: sentence.text,
            sentenceIndex: sentence.index, offsets: [sentence.start, sentence.end], date: eventDay,
            datePrecision: date?.precision.rawValue ?? "document", docDate: document.date,
            source: s.code, target: t.code, sourceText: s.text, targetText: t.text,
            sourceLevel: s.level, targetLevel: t.level, code: info.code, root: info.root,
            quadClass: info.quadClass(coder.convention), goldstein: coder.convention == .gdelt ? info.goldstein : info.goldsteinICEWS,
            ploverType: info.ploverType, ploverMode: info.ploverMode, factuality: factuality, contexts: issues)
        events.append(event)
        parties.append((s, t))
        if SentenceEventBuilder.isMutual(info.code), factuality == .asserted { jointPair = [s, t] }
        explanations.append(
            "\(event.source) \(event.code) \(event.target) [\(factuality.rawValue)]: \(how); "
                + "source '\(s.text)' = \(s.why); target '\(t.text)' = \(t.why)")
    }

    /// A source's statements (01x) are kept only when it did nothing more specific in the
    /// sentence: "India accused Pakistan ..., a charge Islamabad denied" keeps the denial.
    mutating func dropSubordinateStatements() {
        let actingSources = Set(events.filter { $0.root != "01" }.map(\.source))
        var kept: [CodedEvent] = []
        var keptExplanations: [String] = []
        for (event, why) in zip(events, explanations) {
            // A bare "said" (010) is reporting, not an event; specific statements stay.
            if event.root == "01" && (actingSources.contains(event.source) || event.code == "010") { continue }
            kept.append(event)
            keptExplanations.append(why)
        }
        events = kept
        explanations = keptExplanations
    }

    func report(matchCount: Int) -> SentenceReport {
        var note = ""
        if events.isEmpty {
            if mentions.isEmpty {
                note = "no actor found"
            } else if matchCount == 0 {
                note = "no event pattern matched; actors: " + mentions.map { "'\($0.text)' = \($0.code)" }.joined(separator: ", ")
            } else {
                note = unpaired.first ?? "patterns matched but gave no event with two different actors"
            }
        } else if !events.contains(where: { $0.factuality == .asserted }) {
            note = "no asserted event: " + events.map { "\($0.code) is \($0.factuality.rawValue)" }.joined(separator: ", ")
        }
        let actors = mentions.flatMap(\.expanded).map { "'\($0.text)' = \($0.code)" }
        return SentenceReport(
            index: sentence.index, text: sentence.text, events: events, note: note, explanations: explanations, actors: actors)
    }
}
