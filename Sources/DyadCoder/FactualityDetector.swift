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
        "allegedly", "rumoured", "rumored", "would-be", "in case", "lest",
    ]
    static let futureWords: Set<String> = [
        "will", "'ll", "shall", "plans", "plan", "planned", "planning", "intends", "intend", "intended",
        "expected", "scheduled", "set", "due", "going", "upcoming", "next", "forthcoming", "soon", "later",
        "tomorrow", "to be",
    ]
    static let requestVerbs: Set<String> = [
        "urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "called", "calls", "call", "calling",
        "demanded", "demands", "demand", "demanding", "pressed", "presses", "press", "pressing", "appealed",
        "appeals", "appeal", "requested", "requests", "request", "told", "ordered", "orders", "encouraged",
        "encourages", "invited", "invites", "pushed", "pushing", "pleaded", "begged", "implored", "wants", "want",
        "wanted", "insisted", "insists", "required", "requires", "needs", "need", "needed",
    ]
    static let clauseOpeners: Set<String> = [";", ":", "but", "while", "whereas", "although", "though", "because", "and"]

    /// The factuality of an event whose pattern starts at `start`, with its source mention
    /// ending at `sourceEnd` (or nil).
    func factuality(patternStart start: Int, sourceEnd: Int?, isNoun: Bool) -> Factuality {
        let clauseStart = self.clauseStart(before: start)
        let windowStart = max(clauseStart, min(sourceEnd ?? clauseStart, start))
        let window = Array(tokens[windowStart..<start]).map(\.text)
        let wide = Array(tokens[clauseStart..<start]).map(\.text)

        // Requested: "urged Moscow to withdraw", "called on Iran to allow".
        if let to = window.lastIndex(of: "to"), to == window.count - 1 || (to >= window.count - 3 && !isNoun),
            wide.contains(where: { FactualityDetector.requestVerbs.contains($0) })
        {
            let before = wide.prefix(wide.count - (window.count - to))
            if before.contains(where: { FactualityDetector.requestVerbs.contains($0) }) { return .requested }
        }
        if wide.contains("demanded") || wide.contains("demands") || wide.contains("insisted"),
            wide.contains("that"), window.contains(where: { ["should", "must", "be"].contains($0) })
        {
            return .requested
        }
        // Negated: "did not expel", "failed to agree", "no talks".
        let near = window.suffix(isNoun ? 3 : 6)
        if near.contains(where: { FactualityDetector.negations.contains($0) }) {
            if !(near.contains("not") && near.contains("only")) { return .negated }
        }
        if let to = window.lastIndex(of: "to"), to >= window.count - 2, to > 0,
            FactualityDetector.negatingVerbs.contains(window[to - 1]) || (to > 1 && FactualityDetector.negatingVerbs.contains(window[to - 2]))
        {
            if window[to - 1] != "called" { return .negated }
        }
        if let last = window.last, ["denied", "denies", "deny", "denying"].contains(last) { return .negated }
        // Hypothetical: modals, conditionals, threats, questions.
        if sentenceIsQuestion || isConditional(clauseStart) { return .hypothetical }
        if window.contains(where: { FactualityDetector.modals.contains($0) }) { return .hypothetical }
        if window.contains(where: { FactualityDetector.hypotheticalWords.contains($0) }) && window.contains("to") {
            return .hypothetical
        }
        if isNoun, let last = window.last, ["possible", "potential", "proposed", "planned", "threatened", "hypothetical", "future", "new"].contains(last) {
            return last == "planned" || last == "future" ? .future : (last == "new" ? .asserted : .hypothetical)
        }
        // Future: "will visit", "is expected to sign", "plans to travel".
        if window.contains(where: { ["will", "'ll", "shall"].contains($0) }) { return .future }
        if window.contains("to"), window.contains(where: { FactualityDetector.futureWords.contains($0) }) { return .future }
        if window.contains("to"), let to = window.lastIndex(of: "to"), to > 0,
            ["is", "are", "was", "were"].contains(window[to - 1])
        {
            return .future
        }
        return .asserted
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
        if clauseStart > 0, ["if", "unless"].contains(tokens[clauseStart].text) { return true }
        return false
    }

    /// Index of the first token of the clause containing `i`.
    func clauseStart(before i: Int) -> Int {
        var j = i - 1
        while j >= 0 {
            let t = tokens[j].text
            if t == ";" || t == ":" { return j + 1 }
            if ["but", "whereas", "while", "although", "though"].contains(t) { return j }
            if ["if", "unless"].contains(t), j > 0, tokens[j - 1].text == "," { return j }
            j -= 1
        }
        return 0
    }
}
