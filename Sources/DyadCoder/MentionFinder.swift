import DyadLexicon
import DyadText

/// Finds the actors named in a sentence: lexicon phrases combined into mentions ("Russian" +
/// "Foreign Minister" + "Sergei Lavrov"), pronouns and descriptions resolved against the
/// document, and lists ("the US and Russia") grouped.
struct MentionFinder {
    let lexicon: Lexicon
    let tokens: [Token]
    let ids: [Int32]
    /// The ``WordClasses`` of each token.
    let classes: [WordClasses]
    let date: Day?
    /// The sentence text and its offset, to show mentions as written.
    let sentence: Sentence
    /// Whether mentions say how they were found (``ActorMention/why``); building those
    /// strings for every mention is costly, and only `--explain` shows them.
    let explains: Bool

    /// A lexicon phrase found in the sentence, before combination.
    struct Piece {
        var range: Range<Int>
        var reference: ActorReference
        /// How the phrase names an actor, when the finder explains.
        var origin: String
    }

    static let pronouns: Set<String> = ["he", "she", "him"]
    static let groupWords: Set<String> = [
        "sides", "countries", "leaders", "men", "governments", "nations", "ministers", "presidents",
        "delegations", "states", "capitals", "powers", "neighbours", "neighbors", "rivals", "foes", "adversaries", "allies",
        "militaries", "armies", "parties", "enemies",
    ]
    static let prepositions: Set<String> = [
        "in", "at", "from", "with", "to", "of", "during", "against", "on", "for",
        "by", "into", "toward", "towards", "between", "among", "over", "under", "about", "than",
        "including", "like", "near", "across", "through", "via", "without", "within", "upon",
    ]

    /// The mentions of the sentence, in order; lists become one mention with members.
    func mentions(context: DocumentContext) -> [ActorMention] {
        let pieces = findPieces(context: context)
        var mentions = combine(pieces, context: context)
        mentions += builtIns(context: context, taken: mentions)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return groupLists(mentions)
    }

    // MARK: Lexicon phrases

    func findPieces(context: DocumentContext) -> [Piece] {
        var pieces: [Piece] = []
        // The countries and organisations named so far in this sentence, for a description
        // that points back at one of them ("NATO said the alliance would ...").
        var named: [String] = []
        var i = 0
        let slice = tokens[...]
        while i < tokens.count {
            guard let match = lexicon.actors.longestMatch(ids: ids, tokens: slice, start: i) else {
                i += 1
                continue
            }
            let references = match.entries.map(\.value)
            var reference = best(references)
            if case .reference = reference {
                // "The Organisation for ...", "the South China Sea": a description followed
                // by a name starts that name; one with nothing to point at names no one.
                guard !startsName(at: i + match.length), let code = pointedAt(references, named: named, context: context) else {
                    i += 1
                    continue
                }
                reference = .reference(code)
            }
            if let code = MentionFinder.namedCode(reference) { named.append(code) }
            pieces.append(Piece(range: i..<(i + match.length), reference: reference, origin: explanation(describe(reference))))
            i += match.length
        }
        return pieces
    }

    /// The actor a description ("the kingdom", "the alliance", "the junta") points back at:
    /// of the codes it may stand for, the one whose country or organisation was named last
    /// in this sentence or, failing that, in the document.
    func pointedAt(_ references: [ActorReference], named: [String], context: DocumentContext) -> String? {
        var candidates: [String: String] = [:]
        for case .reference(let code) in references { candidates[code.count == 6 ? String(code.prefix(3)) : code] = code }
        if let key = named.last(where: { candidates[$0] != nil }) { return candidates[key] }
        if let mention = context.recent.last(where: { candidates[$0.code] != nil || candidates[$0.country] != nil }) {
            return candidates[mention.code] ?? candidates[mention.country]
        }
        return candidates.keys.sorted().first(where: context.namedCodes.contains).flatMap { candidates[$0] }
    }

    /// Whether the words from `i` go on with a name: a capitalised word, or "of" and one.
    func startsName(at i: Int) -> Bool {
        func capitalised(_ k: Int) -> Bool { k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized }
        return capitalised(i) || (word(i) == "of" && capitalised(i + 1))
    }

    /// The country or organisation a lexicon phrase names outright, if any.
    static func namedCode(_ reference: ActorReference) -> String? {
        switch reference {
        case .country(let code), .countryAdjective(let code), .organisation(let code): code
        case .institution(let code): String(code.prefix(3))
        default: nil
        }
    }

    func rank(_ r: ActorReference) -> Int {
        switch r {
        case .person: return 0
        case .institution: return 1
        case .country: return 2
        case .organisation: return 3
        case .surname: return 4
        case .countryAdjective: return 5
        case .place: return 9
        case .organisationAdjective: return 6
        case .reference: return 7
        case .agent: return 8
        }
    }

    func best(_ references: [ActorReference]) -> ActorReference {
        references.min { rank($0) < rank($1) }!
    }

    func describe(_ r: ActorReference) -> String {
        switch r {
        case .country(let c): return "country \(c)"
        case .countryAdjective(let c): return "adjective of \(c)"
        case .place(let c): return "place in \(c)"
        case .institution(let c): return "institution \(c)"
        case .organisation(let c): return "organisation \(c)"
        case .organisationAdjective(let c): return "adjective of \(c)"
        case .reference(let c): return "reference to \(c)"
        case .person(let p): return "person \(lexicon.people[p].name) (\(lexicon.people[p].origin))"
        case .surname(let ps): return "surname of " + ps.map { lexicon.people[$0].name }.joined(separator: " or ")
        case .agent(let s, let l, let c): return "agent \(c ?? "")\(s) \(l?.rawValue ?? "")"
        }
    }

    /// `why` when the finder explains, else the empty string (without building `why`).
    func explanation(_ why: @autoclosure () -> String) -> String { explains ? why() : "" }

    /// The words of `range` as written in the sentence.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = sentence.text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: tokens[range.lowerBound].start - sentence.start)
        let to = utf8.index(utf8.startIndex, offsetBy: tokens[range.upperBound - 1].end - sentence.start)
        return String(sentence.text[from..<to])
    }

    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    // MARK: Combination

    /// A chain of pieces that name one actor: adjective? agent? person?
    struct Chain {
        var range: Range<Int>
        var country: String?
        var organisation: String?
        var sector: String?
        var level: ActorLevel?
        var person: Int?
        var code: String?
        /// The pieces' origins, when the finder explains.
        var why: [String] = []
        var isCounterpart = false
        /// "forces loyal to X": the forces are X's country's, not X.
        var isLoyalty = false
        /// A city or region alone: where, not who.
        var isPlace = false
    }

    func combine(_ pieces: [Piece], context: DocumentContext) -> [ActorMention] {
        var chains: [Chain] = []
        var k = 0
        while k < pieces.count {
            var chain = Chain(range: pieces[k].range)
            guard absorb(pieces[k], into: &chain, context: context) else {
                k += 1
                continue
            }
            if explains { chain.why.append(pieces[k].origin) }
            var j = k + 1
            while j < pieces.count {
                let gap = chain.range.upperBound..<pieces[j].range.lowerBound
                var extended = chain
                if isTitleComplement(gap, chain: chain, next: pieces[j].reference) {
                    // "the US envoy for Ukraine", "Russia's ambassador to the UN": part of the title.
                } else {
                    guard joinable(gap, chain: chain, next: pieces[j].reference),
                        absorb(pieces[j], into: &extended, context: context)
                    else { break }
                    if explains { extended.why.append(pieces[j].origin) }
                    if gap.map({ tokens[$0].text }) == ["loyal", "to"] { extended.isLoyalty = true }
                }
                extended.range = chain.range.lowerBound..<pieces[j].range.upperBound
                chain = extended
                j += 1
            }
            chains.append(chain)
            k = j
        }
        var mentions: [ActorMention] = []
        let venue = venueCountry(chains) ?? policeCountry(chains)
        for chain in chains {
            if let mention = resolve(chain, context: context, previous: mentions.last) ?? crowd(chain, in: venue) {
                mentions.append(mention)
            }
        }
        return mentions
    }

    /// The country of the first place the sentence puts something in ("in Yerevan",
    /// "outside the embassy in Tehran"): a city or region, or a capital or country after
    /// "in", "at", "near", "outside" or "inside".
    func venueCountry(_ chains: [Chain]) -> String? {
        chains.first { chain in
            guard let country = chain.country, !country.isEmpty, chain.sector == nil, chain.person == nil else { return false }
            return chain.isPlace || SentenceEventBuilder.locatives.contains(word(chain.range.lowerBound - 1))
        }?.country
    }

    /// "Kenyan police arrested dozens of protesters": police act at home, so with no place
    /// named, people of no named country are the police's country's.
    func policeCountry(_ chains: [Chain]) -> String? {
        chains.first { $0.sector == "COP" && !($0.country ?? "").isEmpty }?.country
    }

    /// "Thousands of protesters gathered in Yerevan": people of no named country where the
    /// sentence puts them (or its police act) are that country's civilians.
    func crowd(_ chain: Chain, in venue: String?) -> ActorMention? {
        // "its citizens in China" are not China's.
        guard let venue, chain.sector == "CVL", chain.country == nil, chain.person == nil, chain.organisation == nil,
            !["its", "their", "his", "her", "our"].contains(word(chain.range.lowerBound - 1))
        else { return nil }
        return ActorMention(
            range: chain.range, code: venue + "CVL", level: nil, text: text(chain.range),
            why: explanation("\(text(chain.range)) in \(venue)"))
    }

    /// "ambassador to the UN", "envoy for Ukraine": a place that belongs to a diplomat's title.
    func isTitleComplement(_ gap: Range<Int>, chain: Chain, next: ActorReference) -> Bool {
        guard chain.level == .diplomat, chain.person == nil else { return false }
        let words = gap.map { tokens[$0].text }
        guard words == ["to"] || words == ["to", "the"] || words == ["for"] || words == ["in"] else { return false }
        switch next {
        case .country, .organisation: return true
        default: return false
        }
    }

    /// Words of rank that may stand between a country and an agent: "Russia's top diplomat".
    static let rankWords: Set<String> = ["senior", "top", "chief", "deputy", "former", "new", "acting", "main", "leading", "most"]

    /// Whether the words between a chain and the next piece let them name one actor.
    func joinable(_ gap: Range<Int>, chain: Chain, next: ActorReference) -> Bool {
        if chain.isPlace { return false }
        let words = gap.map { tokens[$0].text }
        if words.isEmpty {
            // "Russian diplomats", "Secretary of State Rex Tillerson", but not "Russia China".
            if case .person = next, chain.person == nil { return true }
            if case .agent = next, chain.person == nil, chain.sector == nil { return true }
            if case .surname = next, chain.person == nil { return true }
            return false
        }
        if case .agent = next, chain.sector == nil, chain.person == nil {
            // "Russia's foreign minister", "Russian senior officials"
            // "Iran's top security official"
            let possessive = words.first == "'s" || words.first == "'"
            let rest = possessive ? Array(words.dropFirst()) : words
            if rest.count <= 1, possessive || rest.count == 1, rest.allSatisfy(MentionFinder.rankWords.contains) {
                return chain.country != nil || chain.organisation != nil
            }
        }
        // "forces loyal to President Bashar al-Assad", "troops loyal to Moscow"
        if words == ["loyal", "to"], chain.sector != nil, chain.country == nil, chain.person == nil {
            switch next {
            case .person, .country, .surname: return true
            default: return false
            }
        }
        if case .country = next, chain.sector != nil, chain.country == nil, chain.person == nil {
            // "the foreign minister of Russia"
            return words == ["of"] || words == ["of", "the"]
        }
        if case .organisation = next, chain.sector != nil, chain.organisation == nil, chain.person == nil, chain.country == nil {
            return words == ["of"] || words == ["of", "the"]
        }
        return false
    }

    /// Adds a piece to a chain; false when it cannot belong there.
    func absorb(_ piece: Piece, into chain: inout Chain, context: DocumentContext) -> Bool {
        switch piece.reference {
        case .country(let c):
            if chain.country != nil || chain.organisation != nil { return false }
            chain.country = c
        case .countryAdjective(let c):
            if chain.country != nil || chain.sector != nil { return false }
            chain.country = c
        case .place(let c):
            if chain.country != nil || chain.sector != nil || chain.organisation != nil || chain.person != nil { return false }
            chain.country = c
            chain.isPlace = true
        case .institution(let code):
            if chain.country != nil || chain.sector != nil { return false }
            chain.code = code
            chain.country = String(code.prefix(3))
            chain.sector = String(code.dropFirst(3))
        case .organisation(let o), .organisationAdjective(let o):
            if chain.country != nil || chain.organisation != nil { return false }
            chain.organisation = o
        case .reference(let code):
            guard chain.country == nil else { return false }
            if code.count == 6, lexicon.countryNames[String(code.prefix(3))] != nil {
                // "the junta": a country's government, as a seat of power names it.
                chain.code = code
                chain.country = String(code.prefix(3))
                chain.sector = String(code.dropFirst(3))
            } else if lexicon.countryNames[code] != nil {
                chain.country = code
            } else {
                chain.organisation = code
            }
        case .person(let p):
            chain.person = p
        case .surname(let candidates):
            guard !isInsideLongerName(piece.range), let p = pickSurname(candidates, context: context) else { return false }
            chain.person = p
        case .agent(let sector, let level, let country):
            if chain.sector != nil { return false }
            chain.sector = sector
            chain.level = level
            if let country, chain.country == nil { chain.country = country }
            if tokens[piece.range.lowerBound].text.hasPrefix("counterpart") { chain.isCounterpart = true }
        }
        return true
    }

    /// "Khan Sheikhoun", "Sadiq Khan": a surname next to other capitalised words is part of
    /// a name the lexicon does not know.
    func isInsideLongerName(_ range: Range<Int>) -> Bool {
        let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
        if let after, after.kind == .word, after.isCapitalized, !after.text.hasPrefix("'") { return true }
        if let before, before.kind == .word, before.isCapitalized, range.lowerBound - 1 > 0,
            lexicon.actors.longestMatch(ids: ids, tokens: tokens[...], start: range.lowerBound - 1) == nil
        {
            return true
        }
        return false
    }

    func pickSurname(_ candidates: [Int], context: DocumentContext) -> Int? {
        if let named = candidates.first(where: { context.people.contains($0) }) { return named }
        let active = candidates.filter { p in date.map { d in lexicon.people[p].roles.contains { $0.contains(d) } } ?? true }
        if active.count == 1 { return active[0] }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The actor a chain names, or nil for words that name no one ("officials" alone).
    func resolve(_ chain: Chain, context: DocumentContext, previous: ActorMention?) -> ActorMention? {
        // "a U.S.-drafted resolution", "the Saudi-led coalition", "pro-Russian separatists":
        // the actor only qualifies another word.
        let end = chain.range.upperBound
        if let coalition = ledCoalition(chain) { return coalition }
        if end < tokens.count, tokens[end].isHyphenated,
            tokens[end].text.hasSuffix("ed") || MentionFinder.participles.contains(tokens[end].text)
        {
            return nil
        }
        if tokens[chain.range.lowerBound].isHyphenated, ["pro", "anti", "non"].contains(word(chain.range.lowerBound - 1)) {
            return nil
        }
        let former = word(chain.range.lowerBound - 1) == "former" || word(chain.range.lowerBound - 1) == "ex"
        let shown = text(chain.range)
        let why = chain.why.joined(separator: " + ")
        if let p = chain.person, chain.isLoyalty, let sector = chain.sector {
            let country = lexicon.people[p].role(on: date).map { String($0.code.prefix(3)) } ?? lexicon.people[p].country
            return ActorMention(
                range: chain.range, code: country + sector, level: chain.level, text: shown, why: explanation(why + " (loyal to)"))
        }
        if let p = chain.person {
            let person = lexicon.people[p]
            // "U.S. Secretary of State Mike Pompeo": a title of the person's own country in the
            // text says what the writer knew; it stands when the dated roles say otherwise.
            if !former, let sector = chain.sector, let level = chain.level,
                let titled = (chain.code ?? chain.country.map { $0 + sector }), titled.hasPrefix(person.country),
                person.role(on: date).map({ $0.code != titled || $0.level != level }) ?? true
            {
                return ActorMention(
                    range: chain.range, code: titled, level: level, text: shown, person: p, why: why + " (titled in the text)")
            }
            if !former, let role = person.role(on: date) {
                return ActorMention(
                    range: chain.range, code: role.code, level: role.level, text: shown, person: p,
                    why: explanation(why + " as \(role.title)"))
            }
            let code = chain.country.map { $0 + (chain.sector ?? "") } ?? person.country
            return ActorMention(
                range: chain.range, code: former ? person.country : code, level: nil, text: shown, person: p,
                why: explanation(why + " (no role on that date)"))
        }
        if let code = chain.code, chain.sector != nil, chain.level == nil {
            return ActorMention(range: chain.range, code: code, level: nil, text: shown, why: why)
        }
        if let org = chain.organisation {
            return ActorMention(range: chain.range, code: org, level: chain.level, text: shown, why: why)
        }
        if let country = chain.country {
            // "the South China Sea", "Lake Chad": no state's place, and no actor.
            if chain.isPlace && country.isEmpty { return nil }
            var mention = ActorMention(range: chain.range, code: country + (chain.sector ?? ""), level: chain.level, text: shown, why: why)
            mention.isPlace = chain.isPlace
            return mention
        }
        if chain.isCounterpart, let other = context.other(than: previous?.country ?? context.lastPerson?.country) {
            return ActorMention(
                range: chain.range, code: other.code, level: other.level, text: shown, person: other.person,
                why: explanation("counterpart: \(other.text)"))
        }
        return nil
    }

    /// Irregular past participles that make an actor a modifier: "Iranian-made drones".
    static let participles: Set<String> = ["made", "built", "run", "held", "born", "drawn", "grown", "written", "sent", "led"]

    /// Groups that an actor leads in war: "the Saudi-led coalition", "a NATO-led mission".
    static let ledGroups: Set<String> = ["coalition", "alliance", "mission", "operation", "force", "intervention", "campaign"]

    /// "the Saudi-led coalition": the armed forces of the leader (or the leading organisation).
    func ledCoalition(_ chain: Chain) -> ActorMention? {
        let end = chain.range.upperBound
        guard end + 1 < tokens.count, tokens[end].isHyphenated, tokens[end].text == "led",
            MentionFinder.ledGroups.contains(tokens[end + 1].text), chain.person == nil
        else { return nil }
        let range = chain.range.lowerBound..<end + 2
        let why = explanation(chain.why.joined(separator: " + ") + " leading the \(tokens[end + 1].text)")
        if let org = chain.organisation { return ActorMention(range: range, code: org, level: nil, text: text(range), why: why) }
        guard let country = chain.country else { return nil }
        return ActorMention(range: range, code: country + "MIL", level: .military, text: text(range), why: why)
    }
}
