import DyadText

/// "Italy and Spain followed suit", "Canada did the same": the subject repeats the latest
/// act, on the same target.
extension SentenceEventBuilder {
    /// Words that may end a bare "followed": "followed on Tuesday", "followed days later".
    static let followEnders: Set<String> = [
        ".", ",", ";", "on", "in", "within", "days", "weeks", "hours", "later", "shortly", "soon",
    ]

    /// Forms of "follow", for "followed suit".
    static let followVerbs: Set<String> = ["followed", "follow", "follows", "following"]
    /// Forms of "do", for "did the same".
    static let doVerbs: Set<String> = ["did", "do", "does"]
    /// The words a repetition phrase may start with, to pass over the others at one look-up.
    static let repetitionStarts: Set<String> = followVerbs.union(doVerbs).union(["done"])

    /// Where the words at `i` say the subject repeated an act: "followed suit", "did the
    /// same", "followed" with no object. Returns one past the phrase.
    func repetition(at i: Int) -> Int? {
        guard classes.token(i, is: .repetitionStart) else { return nil }
        let w = word(i)
        if SentenceEventBuilder.followVerbs.contains(w) {
            if word(i + 1) == "suit" { return i + 2 }
            if w == "followed", i + 1 >= tokens.count || SentenceEventBuilder.followEnders.contains(word(i + 1)) {
                return i + 1
            }
        }
        if SentenceEventBuilder.doVerbs.contains(w), word(i + 1) == "the", word(i + 2) == "same" { return i + 3 }
        if w == "done", word(i + 1) == "the", word(i + 2) == "same" { return i + 3 }
        return nil
    }

    /// Adds, for each repetition phrase with a subject, the latest asserted act of the
    /// sentence (or else of the document) with the subject as its source.
    mutating func addRepetitions(context: DocumentContext) {
        for i in tokens.indices {
            guard let end = repetition(at: i), let subject = subject(before: i) else { continue }
            let earlier = history.last ?? context.history.last
            guard let (code, _, target) = earlier, let info = coder.lexicon.catalog[code],
                !history.contains(where: { $0.source.range == subject.range })
            else { continue }
            let factuality = FactualityDetector(tokens: tokens, classes: classes).factuality(
                patternStart: i, patternEnd: end, source: subject.range, isNoun: false)
            let phrase = word(i)
            for s in subject.expanded {
                append(s, target, info, factuality, how: "repeats the latest act ('\(phrase)')")
            }
        }
    }
}
