import DyadLexicon
import DyadText

/// A pattern found in a sentence.
struct PatternMatch {
    /// Index of the pattern in the lexicon.
    var pattern: Int
    /// First token of the match (the verb or noun).
    var start: Int
    /// One past the last token of the match, target included.
    var end: Int
    /// The mention in the target slot, by index into the sentence's mentions.
    var target: Int?
    /// Where the target slot began: the pattern's own words lie before it.
    var slot: Int
    /// Matched as a passive: "were expelled by Britain".
    var isPassive: Bool
}

/// Matches the lexicon's event patterns against a sentence.
struct PatternMatcher {
    let lexicon: Lexicon
    /// The lexicon's patterns by their first words.
    let index: PatternIndex
    let tokens: [Token]
    let ids: [Int32]
    /// The ``WordClasses`` of each token.
    let classes: [WordClasses]
    let mentions: [ActorMention]
    let mentionStarting: [Int: Int]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "'s",
        "planned", "proposed", "possible", "any", "no", "every",
    ]
    /// How many words a target search may pass over: "released the 24 crew members of a U.S.
    /// Navy plane".
    static let targetReach = 7
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets"]
    static let passiveFillers: Set<String> = [
        "not", "n't", "also", "reportedly", "allegedly", "never", "already", "just", "recently", "formally",
        "officially", "publicly", "now", "being", "been", "swiftly", "quickly", "later", "subsequently",
    ]
    /// Words a target search does not skip over: they start a new clause or phrase.
    static let barriers: Set<String> = [
        "that", "which", "who", "whom", "and", "but", "while", "after", "before", "because", "when", "if", "as",
        "unless", "although", "though", "where", "whose", "since", "until", "said", "says", "say", "by", "or", "be", "been", "being", "is",
        "are", "was", "were",
    ]

    init(lexicon: Lexicon, index: PatternIndex, tokens: [Token], ids: [Int32], classes: [WordClasses], mentions: [ActorMention]) {
        self.lexicon = lexicon
        self.index = index
        self.tokens = tokens
        self.ids = ids
        self.classes = classes
        self.mentions = mentions
        var starting: [Int: Int] = [:]
        for (i, m) in mentions.enumerated() { starting[m.range.lowerBound] = i }
        mentionStarting = starting
    }

    /// Every match at every position (overlaps are resolved by the caller).
    func matches() -> [PatternMatch] {
        var found: [PatternMatch] = []
        // The words after each position: a pattern's other words all follow its first.
        var following = [WordMask](repeating: WordMask(), count: ids.count + 1)
        for i in ids.indices.reversed() {
            following[i] = following[i + 1]
            if ids[i] != Vocabulary.unknown { following[i].insert(ids[i]) }
        }
        lexicon.patterns.withUnsafeBufferPointer { patterns in
            for i in tokens.indices where ids[i] != Vocabulary.unknown {
                let next = i + 1 < ids.count ? ids[i + 1] : Vocabulary.unknown
                let open = index.candidates(startingWith: ids[i])
                let paired = index.candidates(startingWith: ids[i], next)
                if open.isEmpty && paired.isEmpty { continue }
                // Most candidates fail the mask test: the position is judged only for the rest.
                var judged: (nounPosition: Bool, afterBe: Bool)?
                func tryAll(_ candidates: [PatternIndex.Candidate]) {
                    for candidate in candidates where following[i + 1].mayContain(candidate.required) {
                        let position = judged ?? (isNounPosition(i), isAfterBe(i) || isReducedRelative(i))
                        judged = position
                        if let match = match(patterns, candidate, at: i, nounPosition: position.nounPosition, afterBe: position.afterBe) {
                            found.append(match)
                        }
                    }
                }
                tryAll(open)
                tryAll(paired)
            }
        }
        return found
    }

    /// The match of `candidate` whose first word is at `i`, if any.
    func match(
        _ patterns: UnsafeBufferPointer<EventPattern>, _ candidate: PatternIndex.Candidate, at i: Int, nounPosition: Bool, afterBe: Bool
    ) -> PatternMatch? {
        // "the first visit", "his call": after a determiner a verb pattern's word is a noun.
        if nounPosition && candidate.isVerb { return nil }
        let p = candidate.pattern
        // A city or region, or a country "in" which something happened, is the target only of
        // visits and acts of force: the search for another pattern's target passes over it
        // ("accused Russia of massacring civilians in Bucha").
        let places = candidate.allowsPlaceTarget
        return candidate.elements.withUnsafeBufferPointer { elements in
            if afterBe, candidate.hasPassive, patterns[p].participles.contains(ids[i]),
                let m = matchElements(elements, from: 2, at: i + 1, target: nil, start: i, places: places)
            {
                return PatternMatch(pattern: p, start: i, end: m.end, target: nil, slot: m.end, isPassive: true)
            }
            if let m = matchElements(elements, from: 1, at: i + 1, target: nil, start: i, places: places) {
                return PatternMatch(pattern: p, start: i, end: m.end, target: m.target, slot: m.slot, isPassive: false)
            }
            return nil
        }
    }

    /// Whether the word at `i` stands where a noun does: after a determiner ("the first
    /// visit"), a number ("two trade annexes") or a preposition ("in attacks on").
    func isNounPosition(_ i: Int) -> Bool {
        // "the Group of Seven condemned": a word that ends an actor's name is no determiner.
        guard i > 0, mentionEnding(at: i) == nil else { return false }
        if tokens[i - 1].kind == .number || classes.token(i - 1, is: .numberWord) { return true }
        // "two trade annexes": a number, a modifier, then a plural, is a noun phrase.
        if i > 1, tokens[i].text.hasSuffix("s"), tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
            tokens[i - 2].kind == .number || classes.token(i - 2, is: .numberWord)
        {
            return true
        }
        // "by expelling", "for attacking": a gerund after a preposition is still a verb.
        if !classes.token(i - 1, is: .to) && classes.token(i - 1, is: .preposition) { return !tokens[i].text.hasSuffix("ing") }
        return classes.token(i - 1, is: .determiner)
    }

    /// The mention that ends right before token `i`, if any.
    func mentionEnding(at i: Int) -> ActorMention? {
        mentions.last { $0.range.upperBound == i }
    }

    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "dozens", "hundreds", "thousands",
    ]

    /// Whether a gap or a target search may pass over token `i`: words that do not open a new
    /// clause, numbers, and currency and percent signs ("$1.7 billion", "25 %").
    func isSkippable(_ i: Int) -> Bool {
        if tokens[i].kind == .punctuation { return ["$", "€", "£", "%", "\""].contains(tokens[i].text) }
        return !classes.token(i, is: .barrier)
    }

    /// "launched drones and missiles at Israel": an "and" or "or" inside a gap joins the
    /// pattern's next word (element `e`) to the words before it, and opens no new clause.
    func coordinatesNext(_ i: Int, _ elements: UnsafeBufferPointer<EventPattern.Element>, _ e: Int) -> Bool {
        guard tokens[i].text == "and" || tokens[i].text == "or", e < elements.count, i + 1 < ids.count,
            case .word(let set) = elements[e]
        else { return false }
        return set.contains(ids[i + 1])
    }

    /// "agreed to send anti-tank weapons and Stinger missiles to Ukraine": an "and" or "or"
    /// before a second object of a few words and a preposition opens no new clause; the
    /// search for the target goes on after the preposition (the index returned).
    func coordinatedObjectEnd(_ i: Int) -> Int? {
        let end = min(i + 6, tokens.count - 1)
        guard tokens[i].text == "and" || tokens[i].text == "or", i + 2 < end else { return nil }
        for k in (i + 2)..<end {
            guard tokens[k - 1].kind == .word, mentionStarting[k - 1] == nil, !classes.token(k - 1, is: .barrier) else { return nil }
            // "... and threatened to expel": a lone verb before "to" opens a new clause.
            if PatternMatcher.objectPrepositions.contains(tokens[k].text) {
                return k == i + 2 && startsPattern(i + 1) ? nil : k + 1
            }
        }
        return nil
    }

    /// Whether a pattern starts with the word at `i` (with or without the word after it).
    func startsPattern(_ i: Int) -> Bool {
        let next = i + 1 < ids.count ? ids[i + 1] : Vocabulary.unknown
        return !index.candidates(startingWith: ids[i]).isEmpty || !index.candidates(startingWith: ids[i], next).isEmpty
    }

    /// Prepositions that end a coordinated object before the target: "... and missiles to".
    static let objectPrepositions: Set<String> = ["to", "for", "against", "at", "on", "with"]

    /// "officers indicted by the United States": a participle right after an actor, with a
    /// "by" phrase, is a passive without "be".
    func isReducedRelative(_ i: Int) -> Bool {
        // "..., mediated by the United Arab Emirates": a participle set off by a comma.
        if i > 0, tokens[i - 1].text == ",", i + 1 < tokens.count, tokens[i + 1].text == "by", tokens[i].text.hasSuffix("ed") {
            return true
        }
        guard mentionEnding(at: i) != nil else { return false }
        return tokens[(i + 1)...].prefix(3).contains { $0.text == "by" }
    }

    /// Whether token `i` follows a form of "be" (with a few adverbs between).
    func isAfterBe(_ i: Int) -> Bool {
        var j = i - 1
        while classes.token(j, is: .passiveFiller), i - j <= 3 { j -= 1 }
        return classes.token(j, is: .beForm)
    }

    /// Whether `mention` says where something happened: a city or region, or a country after
    /// "in" or "at".
    func isWhere(_ mention: ActorMention) -> Bool {
        let before = mention.range.lowerBound - 1
        return mention.isPlace || (before >= 0 && SentenceEventBuilder.locatives.contains(tokens[before].text))
    }

    /// Whether "to" at `i` opens an infinitive ("meet on Tuesday to discuss sanctions on
    /// Iran"): another act, whose object is not this pattern's target.
    func startsInfinitive(_ i: Int) -> Bool {
        guard classes.token(i, is: .to), i + 1 < ids.count, !tokens[i + 1].isCapitalized else { return false }
        return !index.candidates(startingWith: ids[i + 1]).isEmpty
    }

    /// Where an apposition set off by commas that starts at `i` ends: one past its closing
    /// comma (", Enrique Manalo,").
    func appositionEnd(_ i: Int) -> Int? {
        guard i + 1 < tokens.count, tokens[i].text == ",", let a = mentionStarting[i + 1] else { return nil }
        let close = mentions[a].range.upperBound
        return close < tokens.count && tokens[close].text == "," ? close + 1 : nil
    }

    /// Matches `elements[e...]` from token `pos`; returns the end and the target mention.
    func matchElements(
        _ elements: UnsafeBufferPointer<EventPattern.Element>, from e: Int, at pos: Int, target: Int?, slot: Int? = nil, start: Int,
        places: Bool
    ) -> (end: Int, target: Int?, slot: Int)? {
        guard e < elements.count else { return (pos, target, slot ?? pos) }
        switch elements[e] {
        case .word(let set):
            // A quotation mark may open before any word after the first: called it a “usurper”.
            let at = e > 0 && pos < tokens.count && tokens[pos].text == "\"" ? pos + 1 : pos
            guard at < ids.count, set.contains(ids[at]) else { return nil }
            return matchElements(elements, from: e + 1, at: at + 1, target: target, slot: slot, start: start, places: places)
        case .optional(let set):
            if pos < ids.count, set.contains(ids[pos]),
                let m = matchElements(elements, from: e + 1, at: pos + 1, target: target, slot: slot, start: start, places: places)
            {
                return m
            }
            return matchElements(elements, from: e + 1, at: pos, target: target, slot: slot, start: start, places: places)
        case .gap:
            for skip in 0...5 {
                if skip > 0 {
                    let t = pos + skip - 1
                    guard t < tokens.count, isSkippable(t) || coordinatesNext(t, elements, e + 1) else { return nil }
                }
                if let m = matchElements(elements, from: e + 1, at: pos + skip, target: target, slot: slot, start: start, places: places) {
                    return m
                }
            }
            return nil
        case .target:
            var t = pos
            while t < tokens.count, t - pos <= PatternMatcher.targetReach {
                if let m = mentionStarting[t], places || !isWhere(mentions[m]) {
                    let after = mentions[m].range.upperBound
                    if let rest = matchElements(elements, from: e + 1, at: after, target: m, slot: pos, start: start, places: places) {
                        return rest
                    }
                    // "called his counterpart, Enrique Manalo, to discuss": an apposition stands between.
                    if e + 1 < elements.count, let close = appositionEnd(after),
                        let rest = matchElements(elements, from: e + 1, at: close, target: m, slot: pos, start: start, places: places)
                    {
                        return rest
                    }
                    break
                }
                if let next = coordinatedObjectEnd(t) {
                    t = next
                    continue
                }
                guard isSkippable(t), !startsInfinitive(t) else { break }
                t += 1
            }
            // No actor in the slot: only a final slot may stay empty. An actor the pattern's
            // own words passed over stands in ("struck Syrian facilities with missiles",
            // "deported thousands of Ukrainian children").
            guard e == elements.count - 1 else { return nil }
            let inside = mentions.firstIndex { $0.range.lowerBound > start && $0.range.lowerBound < pos }
            return (pos, inside, pos)
        }
    }
}
