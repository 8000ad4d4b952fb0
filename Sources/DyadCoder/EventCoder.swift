import DyadLexicon
import DyadOntology
import DyadText

/// Codes documents into events. One coder is immutable and may be shared across threads.
///
/// ```swift
/// let coder = EventCoder(lexicon: try LexiconLoader().load())
/// let result = coder.code(Document(id: "a", date: Day(iso: "2017-04-11"), text: text))
/// ```
public struct EventCoder: Sendable {
    /// The lexicon the coder matches against.
    public let lexicon: Lexicon
    /// QuadClass convention for the events' `quad_class`.
    public var convention: QuadClassConvention
    /// Whether sentence reports explain what was found (`--explain`): each event's pattern
    /// and entries, the actors and the notes on sentences without events. Off, reports hold
    /// only the events, which codes faster.
    public var explains: Bool
    private let splitter = SentenceSplitter()
    private let dates = DateResolver()
    /// Each token's word id and classes, in one look-up.
    let words: WordTable
    /// The lexicon's patterns by their first words.
    private let patternIndex: PatternIndex

    /// A coder over `lexicon`.
    public init(lexicon: Lexicon, convention: QuadClassConvention = .gdelt, explains: Bool = false) {
        self.lexicon = lexicon
        self.words = WordTable(lexicon: lexicon)
        self.patternIndex = PatternIndex(lexicon: lexicon)
        self.convention = convention
        self.explains = explains
    }

    /// Codes one document: its events and, for each sentence, what was found.
    public func code(_ document: Document) -> CodingResult {
        var context = DocumentContext()
        var result = CodingResult(document: document)
        var copy = document.text
        copy.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes: bytes)
            for sentence in splitter.split(tokens: tokens, bytes: bytes) {
                if Boilerplate.isBoilerplate(sentence.text) {
                    result.sentences.append(
                        SentenceReport(
                            index: sentence.index, text: sentence.text, events: [], note: "page furniture (links, credits); not coded"))
                    continue
                }
                guard context.seenSentences.insert(repeatKey(sentence)).inserted else {
                    result.sentences.append(
                        SentenceReport(
                            index: sentence.index, text: sentence.text, events: [], note: "repeats an earlier sentence; coded once"))
                    continue
                }
                let report = code(sentence, document: document, context: &context)
                result.events += report.events
                result.sentences.append(report)
            }
        }
        return result
    }

    /// The words of `sentence` joined by spaces: the same for a verbatim repeat.
    func repeatKey(_ sentence: Sentence) -> String {
        var key = ""
        key.reserveCapacity(sentence.end - sentence.start + sentence.tokens.count)
        for (n, token) in sentence.tokens.enumerated() {
            if n > 0 { key += " " }
            key += token.text
        }
        return key
    }

    func code(_ sentence: Sentence, document: Document, context: inout DocumentContext) -> SentenceReport {
        let tokens = Array(sentence.tokens)
        let (ids, classes) = words.look(up: tokens)
        let found = dates.resolve(tokens, documentDate: document.date, previous: context.lastDate) {
            classes[$0].contains(.dateTrigger) || DateResolver.isNumeric(tokens[$0])
        }
        let eventDay = found?.day ?? document.date
        if let found, found.precision == .day { context.lastDate = found.day }
        // Offices are looked up in the middle of a coarse date: "In 2017, Putin thanked Trump"
        // (Trump became president on January 20, 2017).
        let finder = MentionFinder(
            lexicon: lexicon, tokens: tokens, ids: ids, classes: classes, date: found?.middle ?? eventDay, sentence: sentence,
            explains: explains)
        let mentions = finder.mentions(context: context)
        let matcher = PatternMatcher(lexicon: lexicon, index: patternIndex, tokens: tokens, ids: ids, classes: classes, mentions: mentions)
        let accepted = resolveOverlaps(matcher.matches(), tokens: tokens)
        var builder = SentenceEventBuilder(
            coder: self, sentence: sentence, tokens: tokens, classes: classes, mentions: mentions, document: document,
            date: found, eventDay: eventDay, issues: issues(tokens, ids))
        for match in accepted { builder.add(match, context: context) }
        builder.addHyphenatedParties()
        builder.addRepetitions(context: context)
        builder.addRelationComments(context: context)
        builder.addVerdicts(context: context)
        builder.dropSubordinateStatements()
        if !builder.parties.isEmpty { context.lastParties = builder.parties }
        context.history += builder.history
        context.remember(mentions, tokens: tokens)
        return builder.report(matchCount: accepted.count)
    }

    /// Keeps the longest, most specific match where matches share words.
    func resolveOverlaps(_ matches: [PatternMatch], tokens: [Token]) -> [PatternMatch] {
        // Specificity is looked up once per match, not once per comparison.
        let ranked: [(match: PatternMatch, specificity: Int)] = matches.map { ($0, lexicon.patterns[$0.pattern].specificity) }
        let ordered = ranked.sorted { (a: (match: PatternMatch, specificity: Int), b: (match: PatternMatch, specificity: Int)) -> Bool in
            if a.specificity != b.specificity { return a.specificity > b.specificity }
            return (a.match.end - a.match.start) > (b.match.end - b.match.start)
        }
        var used = [Bool](repeating: false, count: matches.map { literalTokens($0).upperBound }.max() ?? 0)
        var kept: [PatternMatch] = []
        for (match, _) in ordered {
            let literal = literalTokens(match)
            // "signed a Russian-brokered agreement": the mediation written into the joint act's
            // object stands beside it.
            if isCompoundMediation(match, tokens) {
                kept.append(match)
                continue
            }
            guard !used[literal].contains(true) else { continue }
            used.replaceSubrange(literal, with: repeatElement(true, count: literal.count))
            kept.append(match)
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// Whether `match` is a mediation written against its mediator with a hyphen
    /// ("Russian-brokered", "UN-mediated").
    func isCompoundMediation(_ match: PatternMatch, _ tokens: [Token]) -> Bool {
        tokens[match.start].isHyphenated && lexicon.patterns[match.pattern].code == "045"
    }

    /// The tokens a match's own words occupy (up to its target slot).
    func literalTokens(_ match: PatternMatch) -> Range<Int> {
        match.start..<max(match.start + 1, match.slot)
    }

    func issues(_ tokens: [Token], _ ids: [Int32]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < tokens.count {
            if let m = lexicon.issueTrie.longestMatch(ids: ids, tokens: tokens[...], start: i) {
                for e in m.entries where !found.contains(lexicon.issueNames[e.value]) { found.append(lexicon.issueNames[e.value]) }
                i += m.length
            } else {
                i += 1
            }
        }
        return found
    }
}
