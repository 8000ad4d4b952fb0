import DyadText
import Foundation

/// The kinds of TABARI/PETRARCH dictionary dyad reads, told by the file name:
/// `*.actors.txt` / `*.actors`, `*.agents.txt` / `*.agents`, `*.verbs` / `*.verbs.txt` and
/// `CAMEO.*.txt` (PETRARCH's verb dictionary). See docs/formats.md, section 3.
enum PetrarchDictionaryKind: String {
    case actors, agents, verbs

    /// The kind of a file by its base name, or nil for dyad's own files.
    init?(fileName base: String) {
        let lower = base.lowercased()
        if lower.hasSuffix(".actors.txt") || lower.hasSuffix(".actors") {
            self = .actors
        } else if lower.hasSuffix(".agents.txt") || lower.hasSuffix(".agents") {
            self = .agents
        } else if lower.hasSuffix(".verbs") || lower.hasSuffix(".verbs.txt") || (base.hasPrefix("CAMEO.") && lower.hasSuffix(".txt")) {
            self = .verbs
        } else {
            return nil
        }
    }

    /// Whether a file in a lexicon directory is one of these dictionaries.
    static func isDictionary(_ base: String) -> Bool { PetrarchDictionaryKind(fileName: base) != nil }
}

/// One line of a dictionary with its comments removed, and its number.
struct DictionaryLine {
    var text: Substring
    var number: Int
    /// The line started with a tab or space (actor date lines).
    var indented: Bool
}

/// Reads TABARI/PETRARCH dictionaries into dyad's lexicon. What dyad cannot express is
/// left out (docs/formats.md, section 3):
/// stems match as whole words, patterns with words before the verb or a source after it are
/// skipped, and paired codes keep their first code.
struct PetrarchDictionaryReader {
    let file: String

    /// The lines without comments: `<!-- … -->` blocks, `#` at the start, ` #` and `;` to the
    /// end of a line.
    static func lines(_ text: String) -> [DictionaryLine] {
        var out: [DictionaryLine] = []
        var inComment = false
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = raw.last == "\r" ? raw.dropLast() : raw
            var kept = ""
            while !line.isEmpty {
                if inComment {
                    guard let end = line.range(of: "-->") else {
                        line = ""
                        break
                    }
                    line = line[end.upperBound...]
                    inComment = false
                } else if let start = line.range(of: "<!--") {
                    kept += line[..<start.lowerBound]
                    line = line[start.upperBound...]
                    inComment = true
                } else {
                    kept += line
                    line = ""
                }
            }
            var body = Substring(kept)
            if body.first == "#" { body = "" }
            if let semicolon = body.firstIndex(of: ";") { body = body[..<semicolon] }
            if let hash = body.range(of: " #") ?? body.range(of: "\t#") { body = body[..<hash.lowerBound] }
            let indented = body.first == " " || body.first == "\t"
            let trimmed = body.trimmingSpaces
            if trimmed.isEmpty { continue }
            out.append(DictionaryLine(text: Substring(trimmed), number: number, indented: indented))
        }
        return out
    }

    /// `JOHN_KERRY_` → `john kerry`: `_` joins words, a trailing `_` (word end) is dropped.
    static func phrase(_ raw: some StringProtocol) -> String {
        var s = String(raw).trimmingSpaces
        while s.hasSuffix("_") { s.removeLast() }
        return s.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }).joined(separator: " ").lowercased()
    }

    /// A date `YYYYMMDD` or `YYMMDD` (YY up to 30 is 20YY).
    func date(_ text: Substring, line: Int) throws -> Day {
        let digits = String(text)
        guard digits.allSatisfy(\.isASCII), let n = Int(digits), digits.count == 8 || digits.count == 6 else {
            throw LexiconError(file: file, line: line, reason: "'\(text)' is not a date (YYYYMMDD or YYMMDD)")
        }
        var year = n / 10000
        if digits.count == 6 { year += year <= 30 ? 2000 : 1900 }
        guard let day = Day(year: year, month: n / 100 % 100, day: n % 100) else {
            throw LexiconError(file: file, line: line, reason: "'\(text)' is not a date (YYYYMMDD or YYMMDD)")
        }
        return day
    }

    /// The `[…]` blocks of a line and the text before the first.
    func blocks(_ text: Substring, line: Int) throws -> (head: Substring, blocks: [Substring]) {
        var blocks: [Substring] = []
        var rest = text
        var head: Substring?
        while let open = rest.firstIndex(of: "[") {
            if head == nil { head = rest[..<open] }
            guard let close = rest[open...].firstIndex(of: "]") else {
                throw LexiconError(file: file, line: line, reason: "'[' without ']' in '\(text)'")
            }
            blocks.append(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        return (head ?? text, blocks)
    }
}

// MARK: - Actors

extension PetrarchDictionaryReader {
    /// A code line of an actor: the code and the days it applies (PETRARCH2's reading:
    /// `a-b` is a ≤ date < b, `<d` before d, `>d` from d on).
    struct DatedCode {
        var code: String
        var from: Day?
        var to: Day?
        var dated: Bool { from != nil || to != nil }
    }

    struct ActorRecord {
        var phrases: [String]
        var codes: [DatedCode] = []
        var line: Int
    }

    func datedCode(_ block: Substring, line: Int) throws -> DatedCode {
        let parts = block.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = parts.first else { throw LexiconError(file: file, line: line, reason: "empty code block '[]'") }
        let code = String(first)
        guard parts.count <= 2 else { throw LexiconError(file: file, line: line, reason: "cannot read code block '[\(block)]'") }
        guard parts.count == 2 else { return DatedCode(code: code) }
        let range = parts[1]
        if range.hasPrefix("<") { return DatedCode(code: code, to: try date(range.dropFirst(), line: line).adding(days: -1)) }
        if range.hasPrefix(">") { return DatedCode(code: code, from: try date(range.dropFirst(), line: line)) }
        let ends = range.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2 else {
            throw LexiconError(file: file, line: line, reason: "'\(range)' is not a date range (FROM-TO, <DATE or >DATE)")
        }
        return DatedCode(code: code, from: try date(ends[0], line: line), to: try date(ends[1], line: line).adding(days: -1))
    }

    func actorRecords(_ text: String) throws -> [ActorRecord] {
        var records: [ActorRecord] = []
        for line in PetrarchDictionaryReader.lines(text) {
            let body = line.text
            if body.hasPrefix("<") { continue }  // TABARI <NOUN>/<ADJECTIVE> section markers
            if line.indented || body.hasPrefix("[") {
                guard !records.isEmpty else { throw LexiconError(file: file, line: line.number, reason: "code line before any actor") }
                for block in try blocks(body, line: line.number).blocks {
                    records[records.count - 1].codes.append(try datedCode(block, line: line.number))
                }
            } else if body.hasPrefix("+") {
                guard !records.isEmpty else { throw LexiconError(file: file, line: line.number, reason: "synonym before any actor") }
                let (head, codes) = try blocks(body.dropFirst(), line: line.number)
                let phrase = PetrarchDictionaryReader.phrase(head)
                if !phrase.isEmpty { records[records.count - 1].phrases.append(phrase) }
                for block in codes { records[records.count - 1].codes.append(try datedCode(block, line: line.number)) }
            } else {
                let (head, codes) = try blocks(body, line: line.number)
                let phrase = PetrarchDictionaryReader.phrase(head)
                guard !phrase.isEmpty else { throw LexiconError(file: file, line: line.number, reason: "actor line without a phrase") }
                var record = ActorRecord(phrases: [phrase], line: line.number)
                for block in codes { record.codes.append(try datedCode(block, line: line.number)) }
                records.append(record)
            }
        }
        return records
    }

    /// The dyad level that goes with a CAMEO sector.
    static func level(_ code: String) -> ActorLevel {
        switch code.dropFirst(3).prefix(3) {
        case "MIL": .military
        case "LEG": .legislator
        case "SPY": .intelligence
        default: .official
        }
    }
}

// MARK: - Verbs

extension PetrarchDictionaryReader {
    /// A verb of a verb line: its words, which word is inflected and its irregular forms.
    struct Verb {
        var words: [String]
        var forms: [String]
        var code: String?
        var line: Int
    }

    /// The dyad pattern texts for a PETRARCH pattern's words after the verb, or nil when dyad
    /// cannot express it. `synsets` expands `&NAME`.
    static func patternTails(_ tokens: [Substring], synsets: [String: [String]]) -> [String]? {
        var tails: [[String]] = [[]]
        var targets = 0
        var inNoun = false
        for var token in tokens {
            var pieces: [String] = []
            var openNoun = false
            while token.hasPrefix("(") || token.hasPrefix("{") {
                if token.hasPrefix("{") { openNoun = true }
                token = token.dropFirst()
            }
            var closeNoun = false
            while token.hasSuffix(")") || token.hasSuffix("}") {
                if token.hasSuffix("}") { closeNoun = true }
                token = token.dropLast()
            }
            if token.contains("|") { return nil }
            if openNoun, !inNoun { pieces.append("...") }
            if openNoun { inNoun = true }
            switch token {
            case "":
                break
            case "+":
                targets += 1
                if targets > 1 { return nil }
                pieces.append("{T}")
            case "$", "%":
                return nil
            case "^":
                pieces.append("...")
            default:
                if token.hasPrefix("&") {
                    guard let members = synsets[String(token.dropFirst())], !members.isEmpty else { return nil }
                    var expanded: [[String]] = []
                    for tail in tails {
                        for member in members { expanded.append(tail + pieces + [member]) }
                    }
                    guard expanded.count <= 64 else { return nil }
                    tails = expanded
                    pieces = []
                } else {
                    let words = phrase(token)
                    guard !words.isEmpty, words.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "'" || $0 == "-" }) else {
                        return nil
                    }
                    pieces.append(words)
                }
            }
            if closeNoun { inNoun = false }
            tails = tails.map { $0 + pieces }
        }
        return tails.map { pieces in
            var out: [String] = []
            for piece in pieces where !(piece == "..." && out.last == "...") { out.append(piece) }
            return out.joined(separator: " ")
        }
    }
}

// MARK: - Loading into the lexicon

extension LexiconBuilder {
    /// Adds a TABARI/PETRARCH dictionary of `kind`.
    mutating func addPetrarch(_ kind: PetrarchDictionaryKind, name: String, text: String) throws {
        let reader = PetrarchDictionaryReader(file: (name as NSString).lastPathComponent)
        switch kind {
        case .actors: try addPetrarchActors(text, reader: reader)
        case .agents: try addPetrarchAgents(text, reader: reader)
        case .verbs: try addPetrarchVerbs(text, reader: reader)
        }
        lexicon.files.append(name)
    }

    /// Adds an actor phrase as PETRARCH matches it: ignoring case, except one-word phrases
    /// of up to three letters (`US`, `UN`), which must be written in capitals.
    mutating func addPetrarchPhrase(_ phrase: String, _ reference: ActorReference) {
        if !phrase.contains(" "), phrase.count <= 3 {
            addActor(phrase.uppercased(), reference, caseSensitive: true)
        } else {
            addActor(phrase, reference, caseSensitive: false)
        }
    }

    static func titleCased(_ phrase: String) -> String {
        phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    mutating func addPetrarchActors(_ text: String, reader: PetrarchDictionaryReader) throws {
        for record in try reader.actorRecords(text) {
            let codes = record.codes.filter { $0.code != "---" && $0.code != "###" && !$0.code.isEmpty }
            for code in codes where !code.code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                throw LexiconError(file: reader.file, line: record.line, reason: "'\(code.code)' is not an actor code")
            }
            guard let first = codes.first else { continue }  // no code, a null code or a discard: nothing to match
            let name = LexiconBuilder.titleCased(record.phrases[0])
            let reference: ActorReference
            if codes.contains(where: \.dated) {
                let roles = codes.map { c in
                    Role(from: c.from, to: c.to, code: c.code.uppercased(), level: PetrarchDictionaryReader.level(c.code), title: "")
                }
                let country = (codes.first { !$0.dated } ?? first).code.prefix(3).uppercased()
                reference = .person(lexicon.people.count)
                lexicon.people.append(Person(name: name, country: country, roles: roles, origin: "\(reader.file):\(record.line)"))
            } else if first.code.count == 3, first.code.allSatisfy(\.isLetter) {
                let code = first.code.uppercased()
                if lexicon.countryNames[code] == nil { lexicon.countryNames[code] = name }
                reference = .country(code)
            } else {
                reference = .institution(first.code.uppercased())
            }
            for phrase in record.phrases { addPetrarchPhrase(phrase, reference) }
        }
    }

    mutating func addPetrarchAgents(_ text: String, reader: PetrarchDictionaryReader) throws {
        var sets: [String: [String]] = [:]
        for line in PetrarchDictionaryReader.lines(text) {
            let body = line.text
            if body.hasPrefix("<") { continue }
            if body.hasPrefix("!"), let equals = body.firstIndex(of: "=") {
                let name = body[..<equals].trimmingSpaces
                guard name.count > 2, name.hasSuffix("!") else {
                    throw LexiconError(file: reader.file, line: line.number, reason: "expected '!NAME! = A, B', found '\(body)'")
                }
                sets[name] = body[body.index(after: equals)...].split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
                continue
            }
            let (head, blocks) = try reader.blocks(body, line: line.number)
            guard let block = blocks.first else {
                throw LexiconError(file: reader.file, line: line.number, reason: "agent without a code: expected 'PHRASE [~CODE]'")
            }
            let code = block.trimmingSpaces
            let sector: String
            if code.hasPrefix("~") {
                sector = String(code.dropFirst().prefix(3))
            } else if code.hasSuffix("~") {
                sector = String(code.dropLast().prefix(3))
            } else {
                throw LexiconError(
                    file: reader.file, line: line.number, reason: "agent code '\(code)' must be '~CODE' (appended) or 'CODE~' (prepended)")
            }
            guard sector.count == 3, sector.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw LexiconError(file: reader.file, line: line.number, reason: "agent code '\(code)' has no three-letter sector")
            }
            // The phrase and its {plural} part.
            var phraseText = head
            var plurals: [String]? = nil
            if let open = head.firstIndex(of: "{") {
                guard let close = head[open...].firstIndex(of: "}") else {
                    throw LexiconError(file: reader.file, line: line.number, reason: "'{' without '}'")
                }
                plurals = head[head.index(after: open)..<close].split(separator: " ").map { PetrarchDictionaryReader.phrase($0) }
                phraseText = head[..<open]
            }
            var singulars = [String(phraseText).trimmingSpaces]
            for (name, members) in sets where singulars.contains(where: { $0.contains(name) }) {
                singulars = singulars.flatMap { s in s.contains(name) ? members.map { s.replacingOccurrences(of: name, with: $0) } : [s] }
            }
            if let bang = singulars.first(where: { $0.contains("!") }) {
                throw LexiconError(file: reader.file, line: line.number, reason: "unknown substitution set in '\(bang)'")
            }
            let reference = ActorReference.agent(sector: sector.uppercased(), level: nil, country: nil)
            for singular in singulars.map(PetrarchDictionaryReader.phrase) where !singular.isEmpty {
                addActor(singular, reference, caseSensitive: false)
                for plural in plurals ?? [LexiconBuilder.regularPlural(singular)] where !plural.isEmpty {
                    addActor(plural, reference, caseSensitive: false)
                }
            }
        }
    }

    /// The regular plural of a phrase's last word: +S, Y → IES after a consonant, +ES after
    /// S, X, Z, SH and CH.
    static func regularPlural(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.popLast() else { return phrase }
        let plural: String
        if last.hasSuffix("y"), let before = last.dropLast().last, !"aeiou".contains(before) {
            plural = last.dropLast() + "ies"
        } else if ["s", "x", "z", "sh", "ch"].contains(where: { last.hasSuffix($0) }) {
            plural = last + "es"
        } else {
            plural = last + "s"
        }
        return (words + [plural]).joined(separator: " ")
    }

    mutating func addPetrarchVerbs(_ text: String, reader: PetrarchDictionaryReader) throws {
        var synsets: [String: [String]] = [:]
        var defining: String?
        var blockCode: String?
        var verbs: [PetrarchDictionaryReader.Verb] = []
        var afterPatterns = false

        func code(_ block: Substring, line: Int) throws -> String? {
            var code = block.trimmingSpaces
            if let colon = code.firstIndex(of: ":") { code = String(code[..<colon]) }  // [042:043]: the first event
            while code.hasSuffix("?") || code.hasSuffix("!") { code.removeLast() }
            if code == "---" || code == "###" || code.isEmpty { return nil }
            guard lexicon.catalog.contains(code) else {
                throw LexiconError(file: reader.file, line: line, reason: "unknown CAMEO code '\(code)'")
            }
            return code
        }

        for line in PetrarchDictionaryReader.lines(text) {
            let body = line.text
            if body.hasPrefix("<") || body.hasPrefix("~") { continue }  // sections, transformations
            if body.hasPrefix("&") {
                let name = String(body.dropFirst().split(separator: " ").first ?? "")
                defining = name
                synsets[name] = []
                continue
            }
            if body.hasPrefix("+"), let name = defining {
                // Members get their regular plural unless the set's name or the member ends in `_`.
                let raw = body.dropFirst().trimmingSpaces
                let member = PetrarchDictionaryReader.phrase(raw)
                synsets[name, default: []].append(member)
                if !name.hasSuffix("_"), !raw.hasSuffix("_") { synsets[name, default: []].append(LexiconBuilder.regularPlural(member)) }
                continue
            }
            defining = nil
            if body.hasPrefix("---") {
                let (_, blocks) = try reader.blocks(body, line: line.number)
                blockCode = try blocks.first.flatMap { try code($0, line: line.number) }
                verbs = []
                afterPatterns = false
                continue
            }
            if body.hasPrefix("-") {
                guard !verbs.isEmpty else {
                    throw LexiconError(file: reader.file, line: line.number, reason: "pattern before any verb")
                }
                afterPatterns = true
                let (head, blocks) = try reader.blocks(body.dropFirst(), line: line.number)
                guard let block = blocks.first else {
                    throw LexiconError(file: reader.file, line: line.number, reason: "pattern without a code: expected '- … * … [CODE]'")
                }
                guard let patternCode = try code(block, line: line.number) else { continue }
                let tokens = head.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard let star = tokens.firstIndex(of: "*") else {
                    throw LexiconError(file: reader.file, line: line.number, reason: "pattern without '*' (the verb)")
                }
                // Before the verb dyad takes only the subject as source.
                guard tokens[..<star].allSatisfy({ $0 == "$" }),
                    let tails = PetrarchDictionaryReader.patternTails(Array(tokens[(star + 1)...]), synsets: synsets)
                else { continue }
                for verb in verbs {
                    for tail in tails { try addVerbPattern(verb, tail: tail, code: patternCode, reader: reader, line: line.number) }
                }
                continue
            }
            // A verb line: VERB {FORMS} [CODE]
            if afterPatterns {
                verbs = []
                afterPatterns = false
            }
            let (verbHead, blocks) = try reader.blocks(body, line: line.number)
            var head = verbHead
            var forms: [String] = []
            if let open = head.firstIndex(of: "{") {
                guard let close = head[open...].firstIndex(of: "}") else {
                    throw LexiconError(file: reader.file, line: line.number, reason: "'{' without '}'")
                }
                forms = head[head.index(after: open)..<close].split(separator: " ").map { PetrarchDictionaryReader.phrase($0) }
                head = head[..<open]
            }
            let rawWords = head.trimmingSpaces.split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init).filter { !$0.isEmpty }
            guard !rawWords.isEmpty else { throw LexiconError(file: reader.file, line: line.number, reason: "verb line without a verb") }
            // dyad inflects the first word of a pattern: a verb whose inflected word (+) is
            // not the first cannot be expressed.
            if rawWords.dropFirst().contains(where: { $0.hasPrefix("+") }) { continue }
            let words = rawWords.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "+_")).lowercased() }
            let verbCode = try blocks.first.flatMap { try code($0, line: line.number) } ?? blockCode
            let verb = PetrarchDictionaryReader.Verb(words: words, forms: forms, code: verbCode, line: line.number)
            verbs.append(verb)
            if let verbCode { try addVerbPattern(verb, tail: "", code: verbCode, reader: reader, line: line.number) }
        }
    }

    /// Adds `verb tail` (and the same with each irregular form the inflector does not make).
    mutating func addVerbPattern(
        _ verb: PetrarchDictionaryReader.Verb, tail: String, code: String, reader: PetrarchDictionaryReader, line: Int
    ) throws {
        let regular = Inflector.verbForms(verb.words[0]).all
        var heads = [verb.words.joined(separator: " ")]
        for form in verb.forms where !form.isEmpty {
            let words = form.split(separator: " ")
            if let first = words.first, !regular.contains(String(first)), words.count == verb.words.count {
                heads.append(form)
            }
        }
        for head in heads {
            let text = tail.isEmpty ? head : "\(head) \(tail)"
            let pattern = try compilePattern(text, code: code, kind: .verb, origin: "\(reader.file):\(line)")
            guard case .word(let firsts) = pattern.elements[0] else { continue }
            let index = lexicon.append(pattern)
            for id in firsts { lexicon.patternsByFirstWord[id, default: []].append(index) }
        }
    }
}
