import DyadLexicon
import DyadOntology
import DyadText

/// Turns the pattern matches of one sentence into events: finds each match's source,
/// expands lists into pairs, decides factuality and dates, and explains what it did.
struct SentenceEventBuilder {
    let coder: EventCoder
    let sentence: Sentence
    let tokens: [Token]
    /// The ``WordClasses`` of each token.
    let classes: [WordClasses]
    let mentions: [ActorMention]
    let document: Document
    let date: ResolvedDate?
    let eventDay: Day?
    let issues: [String]
    var events: [CodedEvent] = []
    var explanations: [String] = []
    var unpaired: [String] = []
    static let locatives: Set<String> = ["in", "at", "near", "outside", "inside"]
    /// Codes (or prefixes) whose target may be a city or region: visits and acts of force.
    static let placeTargets: [String] = ["042", "15", "17", "18", "19", "20"]
    /// Roots whose target may be a place: visits, force posture, coercion and violence.
    static let placeRoots: Set<String> = ["04", "15", "17", "18", "19", "20"]

    /// Where non-asserted acts start in the sentence, with their factuality.
    var openScopes: [(start: Int, factuality: Factuality)] = []

    /// Source and target of every event made, for later sentences.
    var parties: [(source: ActorMention, target: ActorMention)] = []
    /// The asserted events made, with their codes, for the document's history.
    var history: [(code: String, source: ActorMention, target: ActorMention)] = []
    /// Source and target of the matches added so far, for coordinated verbs.
    var previous: (match: PatternMatch, source: ActorMention?, target: ActorMention?)?

    /// Codes (or their prefixes) of joint acts, mutual when a list is the subject and no
    /// target is named: "Russia and China signed an agreement", "the two sides met".
    static let mutualCodes: [String] = ["030", "036", "037", "040", "041", "044", "046", "057", "06", "0871"]

    static func isMutual(_ code: String) -> Bool { mutualCodes.contains { code.hasPrefix($0) } }

    /// Codes of acts two parties do together whoever the sentence puts first: "Putin met
    /// Tillerson" is also Tillerson meeting Putin; phone calls, talks, agreements, joint
    /// military action and ceasefires likewise.
    static let symmetricCodes: Set<String> = ["040", "041", "046", "057", "062", "0871"]

    init(
        coder: EventCoder, sentence: Sentence, tokens: [Token], classes: [WordClasses], mentions: [ActorMention],
        document: Document, date: ResolvedDate?, eventDay: Day?, issues: [String]
    ) {
        self.coder = coder
        self.sentence = sentence
        self.tokens = tokens
        self.classes = classes
        self.mentions = mentions
        self.document = document
        self.date = date
        self.eventDay = eventDay
        self.issues = issues
    }

    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    mutating func add(_ match: PatternMatch, context: DocumentContext) {
        let pattern = MatchedPattern(match.pattern, in: coder.lexicon)
        if let (mediator, parties) = brokeredJointAct(match, pattern: pattern, context: context) {
            emit(match, pattern: pattern, source: mediator, target: parties)
            return
        }
        var source: ActorMention?
        var target = match.target.map { mentions[$0] }
        // "struck Kharkiv", "Kharkiv was shelled", "a visit to Lahore": a city or region is the
        // target only of visits and of acts of force, as its country.
        let placeTarget = SentenceEventBuilder.placeTargets.contains { pattern.code.hasPrefix($0) }
        if match.isPassive {
            target = subject(before: match.start, placesToo: placeTarget)
            source = byPhrase(after: match.end)
        } else if pattern.kind == .noun {
            source = nounSource(match, context: context)
        } else {
            source = subject(before: match.start)
            // "Britain expelled the diplomats and closed the consulate": the second verb shares the subject.
            // "... travelled to Pyongyang, when he was director of the CIA, and met Kim": a verb
            // right after "and" shares the subject of the verb before it.
            if let previous, let s = source,
                (s.range == previous.target?.range && (isCoordinated(previous.match, match) || isPurpose(previous.match, match, object: s)))
                    || followsAnd(match.start)
            {
                if previous.source != nil { source = previous.source }
            }
        }
        if let t = target, t.isPlace, !placeTarget { target = nil }
        // "arrested dozens of protesters in Nairobi": a pattern that ends on an actor word
        // ("arrest ... protesters") names its own target, before a place after it.
        if !match.isPassive, pattern.kind == .verb, match.slot > match.start,
            let own = mentions.first(where: { $0.range.contains(match.slot - 1) && !$0.range.contains(match.start) }),
            own.range != source?.range,
            target.map({ $0.isPlace || SentenceEventBuilder.locatives.contains(word($0.range.lowerBound - 1)) }) ?? true
        {
            target = own
        }
        if !match.isPassive, pattern.kind == .verb, let s = source, let t = target, let inside = partyPassedOver(match, source: s, slot: t)
        {
            target = inside
        }
        if !match.isPassive, let s = source {
            target = implicitTarget(for: match, pattern: pattern, source: s, named: target, context: context)
        }
        if !match.isPassive, let drawnFrom = target, isDrawnReaction(match, from: drawnFrom) {
            // "approved an arms sale to Taiwan, drawing a sharp rebuke from Beijing": the one who
            // drew it is the subject of the act before.
            (source, target) = (drawnFrom, previous?.source ?? source)
        }
        // "at the ICJ in The Hague", "agreed in Tokyo": a place is not a party, except to
        // visits and to acts of force.
        if let t = target, SentenceEventBuilder.locatives.contains(word(t.range.lowerBound - 1)),
            !SentenceEventBuilder.placeRoots.contains(String(pattern.code.prefix(2)))
        {
            target = nil
        }
        // Only a finite verb lends its subject to a verb coordinated later: not a noun ("weapons
        // for Ukraine") or an infinitive ("refused to allow EU funds to be used ..., and criticised").
        if pattern.kind == .verb, !["to", "be", "been", "being"].contains(word(match.start - 1)) { previous = (match, source, target) }
        emit(match, pattern: pattern, source: source, target: target)
    }

    mutating func emit(_ match: PatternMatch, pattern: MatchedPattern, source: ActorMention?, target: ActorMention?) {
        guard let info = coder.lexicon.catalog[rejectsCharge(pattern, source: source) ? "016" : pattern.code] else { return }
        if target == nil, let source, agreesToActOnOthers(match, source: source) { return }
        let detector = FactualityDetector(tokens: tokens, classes: classes)
        let subject = match.isPassive ? target?.range : source?.range
        var factuality = detector.factuality(
            patternStart: match.start, patternEnd: match.end, source: subject, isNoun: pattern.kind == .noun)
        // "Russia would be willing to let U.S. investigators attend the questioning of ...":
        // what follows a hypothetical, requested or future act in its clause shares its status.
        if factuality == .asserted, let scope = openScopes.last(where: { $0.start < (subject?.lowerBound ?? match.start) }),
            !(scope.start..<match.start).contains(where: { [";", "but", "while", "whereas"].contains(tokens[$0].text) }),
            !isFinitePast(match.start)
        {
            factuality = scope.factuality
        }
        // "Netanyahu said Israel would exact a price from Iran": announcing a threat or an
        // intent is making it.
        if ["03", "13"].contains(info.root), factuality == .future || factuality == .hypothetical, !match.isPassive, let subject,
            detector.announcesIntent(patternStart: match.start, source: subject)
        {
            factuality = .asserted
        }
        if factuality != .asserted && factuality != .negated { openScopes.append((match.start, factuality)) }
        // "Ukraine accused Russian troops of massacring civilians": the accusation is the event;
        // the act alleged is only possible (and what follows it is not).
        if factuality == .asserted, detector.isAllegation(patternStart: match.start) { factuality = .hypothetical }
        let reciprocal = SentenceEventBuilder.reciprocalVerbs.contains(String(pattern.text.drop { $0 == " " }.prefix { $0 != " " }))
        let actorPairs = pairs(info.code, source: source, target: target, reciprocal: reciprocal)
        for (s, t) in actorPairs {
            append(s, t, info, factuality, how: Self.how(match, pattern))
            // Hosting implies a visit: "Putin received Tillerson" is also Tillerson's visit.
            if info.code == "043", let visit = coder.lexicon.catalog["042"] {
                append(t, s, visit, factuality, how: "implied by hosting (\(Self.how(match, pattern)))")
            }
        }
        if factuality == .future || factuality == .hypothetical, !match.isPassive, pattern.kind == .verb, let subject,
            let code = IntentCodes.intent(of: info.code), let intent = coder.lexicon.catalog[code],
            detector.announcesIntent(patternStart: match.start, source: subject),
            // "Egypt offered to deploy troops to Somalia" is no threat: the offer is coded as such.
            !(intent.root == "13" && (subject.upperBound..<match.start).contains { SentenceEventBuilder.offerWords.contains(word($0)) })
        {
            // "Germany said it would send weapons to Ukraine": the announcement is itself an event.
            for (s, t) in actorPairs
            where !events.contains(where: { $0.source == s.code && $0.target == t.code && $0.root == intent.root }) {
                append(s, t, intent, .asserted, how: "announced (\(Self.how(match, pattern)))", announced: true)
            }
        }
        if factuality == .negated, FactualityDetector.denials.contains(word(match.start - 1)), let deny = coder.lexicon.catalog["016"] {
            // "The Kremlin denied interfering in U.S. elections": the denial answers the side
            // the act would have hit.
            for (s, t) in actorPairs {
                append(s, t, deny, .asserted, how: "denied act (\(Self.how(match, pattern)))")
            }
        }
        if let source, SentenceEventBuilder.accusableRoots.contains(info.root), factuality == .asserted,
            let speaker = speaker(before: source.range.lowerBound), let accuse = coder.lexicon.catalog["112"]
        {
            // "Kyiv said Russian troops shelled the city": the report is also an accusation.
            for s in source.expanded {
                append(speaker, s, accuse, .asserted, how: "reported by its target's accuser (\(Self.how(match, pattern)))")
            }
        }
        if coder.explains, source == nil || target == nil {
            let missing = source == nil ? (target == nil ? "source or target" : "source") : "target"
            unpaired.append(
                "pattern '\(pattern.text)' (\(pattern.origin)) matched '\(tokens[match.start].text)' but found no \(missing) actor")
        }
    }

    /// "Britain will expel 23 diplomats after Moscow refused to explain": a verb in the past
    /// tense (not after "have", "be" or "to") tells what happened, whatever the clause before.
    func isFinitePast(_ i: Int) -> Bool {
        FactualityDetector.isPastTense(word(i))
            && !["have", "has", "had", "be", "been", "being", "to", "was", "were"].contains(word(i - 1))
    }

    /// Forms of "offer", which make an announced act of force a help, not a threat.
    static let offerWords = Inflector.forms(of: ["offer"])

    /// Nouns for an accusation: what is rejected when "a charge Beijing rejected" is denied.
    static let accusationNouns: Set<String> = ["charge", "charges", "accusation", "accusations", "allegation", "allegations"]

    /// "U.S. officials accused China of reneging, a charge Beijing rejected": rejecting an
    /// accusation named just before the source is denying it (016).
    func rejectsCharge(_ pattern: MatchedPattern, source: ActorMention?) -> Bool {
        guard pattern.code.hasPrefix("12"), pattern.kind == .verb, let source else { return false }
        return SentenceEventBuilder.accusationNouns.contains(word(source.range.lowerBound - 1))
            && SentenceEventBuilder.appositiveOpeners.contains(word(source.range.lowerBound - 2))
    }

    /// How `pattern` matched, for an event's explanation.
    static func how(_ match: PatternMatch, _ pattern: MatchedPattern) -> String {
        "\(match.isPassive ? "passive " : "")\(pattern.kind.rawValue) pattern '\(pattern.text)' (\(pattern.origin))"
    }

    /// Roots whose report by a third party amounts to an accusation.
    static let accusableRoots: Set<String> = ["15", "17", "18", "19", "20"]

    /// Words before a target that make it the place or the subject of a joint act rather than
    /// a party: "held talks on the Belarusian border", "talks on Ukraine".
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "of", "off", "around", "across", "over", "into", "from", "outside", "inside", "on", "about",
    ]

    /// The source-target pairs an event of `code` gives.
    /// Verbs whose act goes both ways between the members of a list: "Greece and Turkey
    /// traded accusations", "exchanged fire", "swapped prisoners".
    static let reciprocalVerbs: Set<String> = ["trade", "exchange", "swap"]

    func pairs(_ code: String, source: ActorMention?, target: ActorMention?, reciprocal: Bool = false) -> [(ActorMention, ActorMention)] {
        var pairs: [(ActorMention, ActorMention)] = []
        // A joint act of a list, with no target or only a place ("agreed to a ceasefire in
        // eastern Ukraine", "held drills in the Sea of Japan"), is mutual among its members; a
        // reciprocal one is whatever follows ("traded accusations over a Turkish ship").
        let targetIsPlace = target.map { SentenceEventBuilder.placePrepositions.contains(word(wordBeforePhrase($0))) } ?? true
        if targetIsPlace || reciprocal, let source, source.members.count > 1, reciprocal || SentenceEventBuilder.isMutual(code) {
            for a in source.members { for b in source.members where a.code != b.code { pairs.append((a, b)) } }
        } else if let target, target.members.count > 1, word(target.range.lowerBound - 1) == "between",
            source == nil || SentenceEventBuilder.isMutual(code)
        {
            // "talks between Armenia and Azerbaijan": the list holds both sides.
            for a in target.members { for b in target.members where a.code != b.code { pairs.append((a, b)) } }
        } else if let source, let target {
            let symmetric = SentenceEventBuilder.symmetricCodes.contains(code)
            for s in source.expanded {
                for t in target.expanded {
                    pairs.append((s, t))
                    if symmetric { pairs.append((t, s)) }
                }
            }
        }
        return pairs
    }

    /// The index of the word before the noun phrase `mention` starts: "on" for "on the
    /// Belarusian border".
    func wordBeforePhrase(_ mention: ActorMention) -> Int {
        var i = mention.range.lowerBound - 1
        // (A mention from an earlier sentence has a range outside this one: `word` is "".)
        while i > 0, PatternMatcher.determiners.contains(word(i).lowercased()) { i -= 1 }
        return i
    }

    /// The parts of a state: within one country, events between two of them (its government
    /// and its army) are not relations between actors.
    static let stateSectors: Set<Substring> = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]

    /// Roots of dissent and repression: the relations within a state that event data tracks.
    static let domesticRoots: Set<String> = ["10", "11", "12", "14", "17", "18", "19", "20"]

    /// Whether an event between two actors of one country is a relation worth coding: dissent
    /// and repression between the state and its people, opposition, rebels, companies or press
    /// ("police detained protesters", "government forces shelled rebel positions"), or between
    /// two of those.
    static func isDomesticRelation(_ source: String, _ target: String, root: String) -> Bool {
        guard source.count == 6, target.count == 6, domesticRoots.contains(root) else { return false }
        let a = source.suffix(3), b = target.suffix(3)
        return a != b && !(stateSectors.contains(a) && stateSectors.contains(b))
    }

    /// Adds one event unless it is within one state or already there; `how` it was found
    /// is read only when the coder explains.
    /// An announcement is dated when it was made: never after the document ("will visit
    /// next month" was said by the document's date).
    mutating func append(
        _ s: ActorMention, _ t: ActorMention, _ info: CAMEOCode, _ factuality: Factuality, how: @autoclosure () -> String,
        announced: Bool = false
    ) {
        guard s.country != t.country || SentenceEventBuilder.isDomesticRelation(s.code, t.code, root: info.root) else { return }
        guard !events.contains(where: { $0.source == s.code && $0.target == t.code && $0.code == info.code }) else { return }
        let future = announced && eventDay.map { day in document.date.map { day > $0 } ?? false } == true
        let event = CodedEvent(
            id: "\(document.id)#\(sentence.index).\(events.count)", doc: document.id, sentence: sentence.text,
            sentenceIndex: sentence.index, offsets: [sentence.start, sentence.end], date: future ? document.date : eventDay,
            datePrecision: future ? "document" : date?.precision.rawValue ?? "document", docDate: document.date,
            source: s.code, target: t.code, sourceText: s.text, targetText: t.text,
            sourceLevel: s.level, targetLevel: t.level, code: info.code, root: info.root,
            quadClass: info.quadClass(coder.convention), goldstein: coder.convention == .gdelt ? info.goldstein : info.goldsteinICEWS,
            ploverType: info.ploverType, ploverMode: info.ploverMode, factuality: factuality, contexts: issues)
        events.append(event)
        parties.append((s, t))
        if factuality == .asserted { history.append((info.code, s, t)) }
        if coder.explains {
            explanations.append(
                "\(event.source) \(event.code) \(event.target) [\(factuality.rawValue)]: \(how()); "
                    + "source '\(s.text)' = \(s.why); target '\(t.text)' = \(t.why)")
        }
    }

    /// A source's statements (01x) are kept only when it did nothing more specific in the
    /// sentence; a denial (016) is an answer and always stays ("U.S. officials accused China
    /// of reneging, a charge Beijing rejected").
    mutating func dropSubordinateStatements() {
        let actingSources = Set(events.filter { $0.root != "01" }.map(\.source))
        // A bare "said" (010) is reporting, not an event; specific statements stay.
        let kept = events.indices.filter { i in
            events[i].root != "01" || events[i].code == "016" || !(actingSources.contains(events[i].source) || events[i].code == "010")
        }
        guard kept.count < events.count else { return }
        events = kept.map { events[$0] }
        if coder.explains { explanations = kept.map { explanations[$0] } }
    }

    /// The sentence's report: its events and, when the coder explains, what was found.
    func report(matchCount: Int) -> SentenceReport {
        var report = SentenceReport(index: sentence.index, text: sentence.text, events: events, note: "")
        guard coder.explains else { return report }
        report.note = note(matchCount: matchCount)
        report.explanations = explanations
        report.actors = mentions.flatMap(\.expanded).map { "'\($0.text)' = \($0.code)" }
        return report
    }

    /// Why the sentence gave no event, or no asserted one.
    func note(matchCount: Int) -> String {
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
        return note
    }
}
