import DyadLexicon
import DyadText

/// Decides whether an event is asserted, negated, hypothetical, requested or future, from the
/// words of its clause before and around the pattern.
///
/// The cues are looked for between the start of the event's clause (or its source) and the
/// pattern's first word; a conditional or a question mark anywhere in the sentence makes
/// the clause hypothetical. Precedence: requested, then negated, then hypothetical, then
/// future. "threatened to cut" makes the cut hypothetical while the threat itself, matched
/// by its own pattern, stays asserted.
struct FactualityDetector {
    let tokens: [Token]
    /// The ``WordClasses`` of each token.
    let classes: [WordClasses]

    static let negations: Set<String> = ["not", "n't", "never", "neither", "nor", "no", "without", "cannot"]
    static let negatingVerbs: Set<String> = [
        "failed", "fail", "fails", "refused", "refuse", "refuses", "declined", "declines", "denied", "denies", "deny",
        "rejected", "rejects", "avoided", "avoids", "halted", "stopped", "ruled", "dismissed", "postponed", "cancelled",
        "canceled", "scrapped", "called", "shelved",
    ]
    static let modals: Set<String> = [
        "could", "would", "might", "may", "should", "can", "'d", "must", "ought",
    ]
    static let hypotheticalWords: Set<String> = [
        "threatened", "threatens", "threaten", "threatening", "warned", "warns", "possible", "possibly",
        "potential", "potentially", "proposed", "considering", "considered", "consider", "mulling", "weighing",
        "weighed", "if", "unless", "whether", "hypothetical", "risk", "risks", "option", "options", "prospect",
        "likely", "unlikely", "perhaps", "maybe", "hoped", "hopes", "hope", "wants", "want", "wanted", "seeks",
        "sought", "seeking", "aims", "aim", "aimed", "offered", "offers", "offer", "ready", "willing",
        "prepared", "vowed", "vows", "pledged", "pledges", "promised", "promises", "suggested", "floated",
        "allegedly", "rumoured", "rumored", "would-be", "in case", "lest", "tried", "tries", "try", "trying", "attempted", "right",
        "permission", "able", "capable",
        "attempts", "attempting",
    ]
    static let futureWords: Set<String> = [
        "will", "'ll", "shall", "plans", "plan", "planned", "planning", "intends", "intend", "intended",
        "expected", "expects", "expect", "expecting", "scheduled", "set", "due", "going", "upcoming", "next", "forthcoming", "soon",
        "later",
        "tomorrow", "to be",
    ]
    static let requestVerbs: Set<String> = [
        "urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "called", "calls", "call", "calling",
        "demanded", "demands", "demand", "demanding", "pressed", "presses", "press", "pressing", "appealed",
        "appeals", "appeal", "requested", "requests", "request", "told", "ordered", "orders", "encouraged",
        "encourages", "invited", "invites", "pushed", "pushing", "pleaded", "begged", "implored", "wants", "want",
        "wanted", "insisted", "insists", "required", "requires", "needs", "need", "needed",
    ]
    /// Verbs that warn someone against an act: "warned Washington against sending warships".
    static let warningVerbs = Inflector.forms(of: ["warn", "caution", "advise"])
    /// After "to", these make it a preposition ("in response to the attack"), not an infinitive.
    static let nounStarters: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our"]
    /// Words that mark the future on their own: "will visit".
    static let willWords: Set<String> = ["will", "'ll", "shall"]
    /// Finite forms of "be", before a "to" of plans: "is to visit".
    static let finiteBeForms: Set<String> = ["is", "are", "was", "were"]
    /// Forms of "deny" that negate the act right after them.
    static let denials: Set<String> = ["denied", "denies", "deny", "denying"]

    /// Whether the token at `i` is a verb of asking, not a noun ("in a phone call that ...").
    func isRequestVerb(_ i: Int) -> Bool {
        classes.token(i, is: .requestVerb) && !(i > 0 && FactualityDetector.requestNounMarkers.contains(tokens[i - 1].text.lowercased()))
    }

    /// Words before "call", "request" or "demand" that make it a noun.
    static let requestNounMarkers: Set<String> = nounStarters.union(["phone", "telephone", "video", "conference", "joint"])

    /// Whether a token of `range` is in `wordClass`.
    func hasWord(in range: Range<Int>, _ wordClass: WordClasses) -> Bool {
        range.contains { classes[$0].contains(wordClass) }
    }

    /// "said Moscow was “not guilty” and warned that ...": a "not" after "be" (a quotation mark
    /// may stand between), with "and" between it and the pattern, negates the copula, not the
    /// verb coordinated after it.
    func negatesCopulaOnly(_ negation: Int, patternStart start: Int) -> Bool {
        let before = negation > 0 && tokens[negation - 1].text == "\"" ? negation - 2 : negation - 1
        return classes.token(before, is: .beForm) && (negation + 1..<start).contains { tokens[$0].text == "and" }
    }

    /// "The General Assembly later voted to condemn the move": "later" before a verb in the
    /// past tense tells what came next, not what will.
    func isPastLater(_ i: Int) -> Bool {
        tokens[i].text == "later" && i + 1 < tokens.count && FactualityDetector.isPastTense(tokens[i + 1].text)
    }

    /// Whether `word` is a verb in the past tense: regular, or an irregular one dyad knows.
    static func isPastTense(_ word: String) -> Bool {
        word.hasSuffix("ed") || Inflector.irregularPasts.contains(word)
    }

    /// "said no Americans had been harmed and announced sanctions": a verb in the past tense
    /// after "and" starts a predicate of its own, which the negation before does not reach.
    func startsNewPredicate(after negation: Int, before start: Int) -> Bool {
        (negation + 1..<start).contains { i in
            tokens[i].text == "and" && i + 1 < tokens.count && i + 1 <= start
                && FactualityDetector.isPastTense(tokens[i + 1].text)
        }
    }

    /// The last token of `range` in `wordClass`.
    func lastWord(in range: Range<Int>, _ wordClass: WordClasses) -> Int? {
        range.last { classes[$0].contains(wordClass) }
    }

    /// The factuality of an event whose pattern starts at `start`, with its source mention
    /// ending at `sourceEnd` (or nil).
    ///
    /// The cues are read in two ranges of tokens before the pattern: the `window` from its
    /// source (or its clause) and the `wide` one from the start of its clause.
    func factuality(patternStart start: Int, patternEnd: Int, source: Range<Int>?, isNoun: Bool) -> Factuality {
        let sourceEnd = source?.upperBound
        let clauseStart = self.clauseStart(before: start)
        let windowStart = max(clauseStart, min(sourceEnd ?? clauseStart, start))
        let window = windowStart..<start
        let wide = clauseStart..<start

        // Requested: "urged Moscow to withdraw", "called on Iran to allow".
        if let to = lastWord(in: window, .to), to == start - 1 || to >= start - (isNoun ? 5 : 3),
            to + 1 >= start || !classes.token(to + 1, is: .nounStarter),
            hasWord(in: wide, .requestVerb)
        {
            if hasWord(in: clauseStart..<to, .requestVerb) { return .requested }
        }
        // "demanded that the council impose sanctions": what follows the demand's "that".
        if let that = lastWord(in: wide, .that), that > clauseStart,
            isRequestVerb(that - 1) || (that > clauseStart + 1 && isRequestVerb(that - 2))
        {
            return .requested
        }
        // "warned Washington against sending warships": what one is warned against is not done.
        if start >= 2, tokens[start].text.hasSuffix("ing"),
            let against = (max(clauseStart, start - 2)..<start).last(where: { tokens[$0].text == "against" }),
            (clauseStart..<against).contains(where: { FactualityDetector.warningVerbs.contains(tokens[$0].text.lowercased()) })
        {
            return .hypothetical
        }
        // Negated: "did not expel", "failed to agree", "no talks".
        // A noun's own source often stands right before it ("German weapons deliveries"), so
        // its cues are read in the clause before it.
        let near = max(isNoun ? clauseStart : windowStart, start - 6)..<start
        if let negation = lastWord(in: near, .negation), !negatesCopulaOnly(negation, patternStart: start),
            !startsNewPredicate(after: negation, before: start)
        {
            if !(hasWord(in: near, .not) && hasWord(in: near, .only)) { return .negated }
        }
        if let to = lastWord(in: window, .to), to >= start - 2, to > windowStart,
            classes.token(to - 1, is: .negatingVerb) || (to > windowStart + 1 && classes.token(to - 2, is: .negatingVerb))
        {
            if tokens[to - 1].text != "called" { return .negated }
        }
        if !window.isEmpty, classes.token(start - 1, is: .denial) { return .negated }
        // "agreed to stop all firing", "halted the offensive": an act ended is not one done.
        if hasWord(in: max(windowStart, start - 3)..<start, .endingVerb) { return .negated }
        if hasNegatingPhrase(near) { return .negated }
        // "the main forum for talks", "a channel for dialogue": a purpose, not an act.
        if isNoun, let forIndex = lastWord(in: max(clauseStart, start - 3)..<start, .for), forIndex > clauseStart,
            classes.token(forIndex - 1, is: .purposeNoun)
        {
            return .hypothetical
        }
        // Hypothetical: modals, conditionals, threats, questions.
        if sentenceIsQuestion || isConditional(clauseStart) { return .hypothetical }
        if hasWord(in: window, .modal) { return .hypothetical }
        if hasWord(in: near, .deliberation) { return .hypothetical }
        if isOpenCondition(start: source?.lowerBound ?? windowStart) { return .hypothetical }
        // "had the right to use British weapons to strike", "was able to": a capacity, not an act.
        if (clauseStart..<max(clauseStart, start - 1)).contains(where: {
            classes.token($0, is: .capacityNoun) && classes.token($0 + 1, is: .to)
        }) {
            return .hypothetical
        }
        let windowHasTo = hasWord(in: window, .to)
        if windowHasTo && hasWord(in: window, .hypothetical) { return .hypothetical }
        if isNoun, !window.isEmpty {
            let last = tokens[start - 1].text
            if ["possible", "potential", "proposed", "planned", "threatened", "hypothetical", "future", "new"].contains(last) {
                return last == "planned" || last == "future" ? .future : (last == "new" ? .asserted : .hypothetical)
            }
        }
        // A noun subject: "sanctions against Turkey could follow", "talks will resume".
        if isNoun, let after = predicateAfterNoun(from: patternEnd) { return after }
        // Future: "will visit", "is expected to sign", "plans to travel".
        if hasWord(in: window, .willOrShall) { return .future }
        if windowHasTo, window.contains(where: { classes[$0].contains(.future) && !isPastLater($0) }) { return .future }
        if let to = lastWord(in: window, .to), to > windowStart, classes.token(to - 1, is: .finiteBe) { return .future }
        return .asserted
    }

    /// Words by which an actor announces its own act: "said it would send", "plans to
    /// visit", "pledged to release".
    static let intentMarkers: Set<String> = [
        "will", "'ll", "shall", "would", "plans", "plan", "planned", "planning", "intends", "intend", "intended", "pledged",
        "pledges", "vowed", "vows", "promised", "promises", "offered", "offers", "ready", "willing", "prepared", "announced",
    ]

    /// Whether a future or hypothetical act is one its source announces, not a condition,
    /// a question or someone else's wish: "Germany said it would send weapons to Ukraine".
    func announcesIntent(patternStart start: Int, source: Range<Int>) -> Bool {
        let clauseStart = self.clauseStart(before: start)
        guard source.upperBound <= start, !sentenceIsQuestion, !isConditional(clauseStart), !isOpenCondition(start: source.lowerBound)
        else { return false }
        let window = source.upperBound..<start
        guard window.count <= 6, hasWord(in: window, .intentMarker) else { return false }
        return !window.contains { !classes[$0].isDisjoint(with: [.negation, .requestVerb]) }
    }

    /// Verbs that end an act: "stop firing", "halt the offensive".
    static let endingVerbs: Set<String> = [
        "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "cease", "ceases", "ceased", "end",
        "ends", "ended", "ending", "restrict", "restricts", "restricted", "restricting", "ban", "bans", "banned", "banning",
        "curb", "curbs", "curbed", "curbing", "block", "blocks", "blocked", "blocking", "suspend", "suspends", "suspended",
        "suspending",
    ]

    /// Nouns whose "for" names a purpose: "a forum for talks", "a channel for dialogue".
    static let purposeNouns: Set<String> = [
        "forum", "channel", "channels", "mechanism", "venue", "platform", "framework", "format", "basis", "room", "hopes",
        "prospects", "calls", "call", "plans", "proposal", "push", "pressure", "conditions", "opportunity", "chance",
    ]

    /// Words of a capacity or entitlement before "to": "the right to strike".
    static let capacityNouns: Set<String> = ["right", "rights", "permission", "able", "authority", "freedom", "licence", "license"]

    /// Verbs of weighing an option: what is weighed has not happened ("is considering
    /// supplying weapons").
    static let deliberation: Set<String> = [
        "considering", "considers", "weighing", "weighs", "mulling", "mulls", "contemplating", "contemplates",
        "exploring", "debating",
    ]

    /// "ruled out", "held off on", "stopped short of", "refrained from", "avoided", in `range`.
    func hasNegatingPhrase(_ range: Range<Int>) -> Bool {
        for i in range {
            if classes.token(i, is: .negatingWord) { return true }
            if classes.token(i, is: .negatingPhraseVerb), i + 1 < range.upperBound,
                tokens[i + 1].text == FactualityDetector.negatingPhrases[tokens[i].text]
            {
                return true
            }
        }
        return false
    }

    /// Verbs that negate what follows when the particle given follows them: "ruled out".
    static let negatingPhrases: [String: String] = [
        "ruled": "out", "rule": "out", "rules": "out", "ruling": "out",
        "held": "off", "hold": "off", "holds": "off", "holding": "off",
        "stopped": "short", "stop": "short", "stops": "short", "stopping": "short",
        "called": "off", "call": "off", "calls": "off", "calling": "off",
    ]
    /// Verbs that negate what follows on their own: "refrained from", "avoided".
    static let negatingWords: Set<String> = [
        "refrained", "refrain", "refrains", "avoided", "avoid", "avoids", "avoiding", "shunned", "cancelled", "canceled",
        "postponed", "scrapped", "shelved", "aborted", "abandoned",
    ]

    /// Words that open a condition: "unless Serbia recognises Kosovo".
    static let conditionOpeners: Set<String> = ["unless", "until", "before", "once", "whether", "lest"]

    /// "..., unless Serbia recognises Kosovo", "until Russia withdraws", "before Belgrade
    /// recognises": an open condition in the present tense has not happened yet.
    func isOpenCondition(start: Int) -> Bool {
        guard classes.token(start - 1, is: .conditionOpener) else { return false }
        let opener = tokens[start - 1].text
        if opener != "before" && opener != "once" { return true }
        guard let verb = tokens[start...].first(where: { $0.kind == .word && !$0.isCapitalized }) else { return false }
        return !verb.text.hasSuffix("ed") && !["was", "were", "had", "did"].contains(verb.text)
    }

    /// Verbs whose object is then charged with an act: "accused Iran of plotting", "blamed
    /// Russia for poisoning", "suspected of spying".
    static let accusingVerbs: [String: String] = [
        "accuse": "of", "accuses": "of", "accused": "of", "accusing": "of", "suspect": "of", "suspects": "of",
        "suspected": "of", "suspecting": "of", "blame": "for", "blames": "for", "blamed": "for", "blaming": "for",
    ]

    /// Whether the act whose pattern starts at `start` is what someone is accused of
    /// ("accused Russian troops of massacring civilians"): an allegation, not a reported fact.
    func isAllegation(patternStart start: Int) -> Bool {
        guard start >= 2, ["of", "for"].contains(tokens[start - 1].text) else { return false }
        for i in stride(from: start - 2, through: max(0, start - 10), by: -1) {
            if let preposition = FactualityDetector.accusingVerbs[tokens[i].text] { return preposition == tokens[start - 1].text }
            if tokens[i].kind == .punctuation || classes.token(i, is: .barrier) { return false }
        }
        return false
    }

    /// Adjectives that make an event the subject of "be" only possible ("a meeting was
    /// possible") or still to come ("talks are planned").
    static let possibleAdjectives: [String: Factuality] = [
        "possible": .hypothetical, "likely": .hypothetical, "unlikely": .hypothetical, "conceivable": .hypothetical,
        "expected": .future, "planned": .future, "scheduled": .future, "due": .future, "envisaged": .future,
    ]

    /// The modality of the few words after a noun pattern, within its clause: "sanctions
    /// could follow" and "a meeting was possible" are hypothetical, "talks will resume" and
    /// "talks are planned" future.
    func predicateAfterNoun(from end: Int) -> Factuality? {
        for i in min(end, tokens.count)..<min(end + 4, tokens.count) {
            if FactualityDetector.finiteBeForms.contains(tokens[i].text), i + 1 < tokens.count,
                let modality = FactualityDetector.possibleAdjectives[tokens[i + 1].text]
            {
                return modality
            }
            if tokens[i].kind == .punctuation || classes.token(i, is: .barrier) { return nil }
            if classes.token(i, is: .modal) { return .hypothetical }
            if classes.token(i, is: .willOrShall) { return .future }
        }
        return nil
    }

    var sentenceIsQuestion: Bool {
        tokens.last(where: { $0.kind == .punctuation && !["\"", "'", ")"].contains($0.text) })?.text == "?"
    }

    /// "If ...", "Unless ...", "Should the talks fail, ...", "Were the sanctions to widen, ...".
    func isConditional(_ clauseStart: Int) -> Bool {
        var i = 0
        while i < tokens.count, tokens[i].kind == .punctuation { i += 1 }
        guard i < tokens.count else { return false }
        let first = tokens[i].text
        if ["if", "unless", "should", "were", "had"].contains(first) {
            // The whole sentence hangs on the condition.
            return first == "if" || first == "unless" || tokens[(i + 1)...].prefix(8).contains { $0.text == "," } || first == "were"
        }
        // "..., if Moscow agrees" leaves the main clause asserted; a clause that starts with if does not.
        if clauseStart > 0, ["if", "unless", "whether"].contains(tokens[clauseStart].text) { return true }
        return false
    }

    /// Index of the first token of the clause containing `i`.
    func clauseStart(before i: Int) -> Int {
        var j = i - 1
        while j >= 0 {
            if classes.token(j, is: .clauseBreak) { return j + 1 }
            if classes.token(j, is: .clauseOpening) { return j }
            j -= 1
        }
        return 0
    }

    /// Words that open a clause of their own: "but", "while", "if".
    static let clauseOpeningWords: Set<String> = ["but", "whereas", "while", "although", "though", "if", "unless", "whether"]
}
