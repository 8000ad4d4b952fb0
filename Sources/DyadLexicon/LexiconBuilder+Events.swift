import DyadText

extension LexiconBuilder {
    /// Adds a line `CODE verb: p | p` or `CODE noun: p | p`.
    mutating func addEventLine(_ record: LexiconRecord, file: String) throws {
        let (left, patterns) = try LexiconBuilder.splitColon(record, file: file)
        let parts = left.split(separator: " ").map(String.init)
        guard parts.count == 2, let kind = EventPattern.Kind(rawValue: parts[1]) else {
            throw LexiconError(file: file, line: record.line, reason: "expected 'CODE verb:' or 'CODE noun:', found '\(left)'")
        }
        let code = parts[0]
        guard lexicon.catalog.contains(code) else {
            throw LexiconError(file: file, line: record.line, reason: "unknown CAMEO code '\(code)'")
        }
        guard record.attributes.isEmpty else {
            throw LexiconError(file: file, line: record.attributes[0].line, reason: "event lines take no indented lines")
        }
        for text in patterns {
            let pattern = try compilePattern(text, code: code, kind: kind, origin: "\(file):\(record.line)")
            let index = lexicon.append(pattern)
            guard case .word(let firsts) = pattern.elements[0] else {
                throw LexiconError(file: file, line: record.line, reason: "pattern '\(text)' must start with a word")
            }
            if let seconds = pattern.next {
                for first in firsts {
                    for second in seconds { lexicon.patternsByFirstTwoWords[Lexicon.wordPairKey(first, second), default: []].append(index) }
                }
            } else {
                for id in firsts { lexicon.patternsByFirstWord[id, default: []].append(index) }
            }
        }
    }

    /// The normalised words of a pattern piece (cached: the same pieces recur thousands of times).
    mutating func words(_ piece: String) -> [String] {
        if let known = wordCache[piece] { return known }
        let found = tokenizer.tokenize(piece).map(\.text)
        wordCache[piece] = found
        return found
    }

    /// The interned forms of a verb and its participles (cached).
    mutating func verbForms(_ verb: String) -> (all: [Int32], participles: [Int32]) {
        if let known = verbCache[verb] { return known }
        let forms = Inflector.verbForms(verb)
        let interned = (
            forms.all.sorted().map { lexicon.vocabulary.intern($0) }, forms.participles.sorted().map { lexicon.vocabulary.intern($0) }
        )
        verbCache[verb] = interned
        return interned
    }

    mutating func compilePattern(_ text: String, code: String, kind: EventPattern.Kind, origin: String) throws -> EventPattern {
        // The file and line are read back from `origin` only for an error.
        func failure(_ reason: String) -> LexiconError {
            LexiconError(file: String(origin.split(separator: ":")[0]), line: Int(origin.split(separator: ":")[1]) ?? 0, reason: reason)
        }
        var elements: [EventPattern.Element] = []
        var participles: [Int32] = []
        for piece in text.split(separator: " ").map(String.init) {
            switch piece {
            case "{T}", "{t}":
                elements.append(.target)
            case "...":
                elements.append(.gap)
            default:
                if piece.hasPrefix("(") && piece.hasSuffix(")") && piece.count > 2 {
                    let inner = words(String(piece.dropFirst().dropLast()))
                    for word in inner { elements.append(.optional([lexicon.vocabulary.intern(word)])) }
                    continue
                }
                guard !piece.contains(where: { $0 == "{" || $0 == "(" || $0 == ")" }) else {
                    throw failure("cannot read '\(piece)' in pattern '\(text)'")
                }
                for word in words(piece) {
                    if elements.isEmpty {
                        if kind == .verb {
                            let verb = verbForms(word)
                            participles = verb.participles
                            elements.append(.word(verb.all))
                        } else {
                            elements.append(.word(Inflector.nounForms(word).sorted().map { lexicon.vocabulary.intern($0) }))
                        }
                    } else {
                        elements.append(.word([lexicon.vocabulary.intern(word)]))
                    }
                }
            }
        }
        let targets = elements.filter { $0 == .target }.count
        guard targets <= 1 else {
            throw failure("pattern '\(text)' has more than one {T}")
        }
        guard !elements.isEmpty, elements[0] != .target, elements[0] != .gap else {
            throw failure("pattern '\(text)' must start with a word")
        }
        if targets == 0 { elements.append(.target) }
        return EventPattern(code: code, kind: kind, elements: elements, participles: participles, text: text, origin: origin)
    }

    /// Adds a line `issue-name: phrase | phrase`.
    mutating func addIssue(_ record: LexiconRecord, file: String) throws {
        let (name, phrases) = try LexiconBuilder.splitColon(record, file: file)
        guard !name.isEmpty, !name.contains(" ") else {
            throw LexiconError(file: file, line: record.line, reason: "an issue name is one word, found '\(name)'")
        }
        let index: Int
        if let existing = lexicon.issueNames.firstIndex(of: name) {
            index = existing
        } else {
            index = lexicon.issueNames.count
            lexicon.issueNames.append(name)
        }
        for phrase in phrases {
            let tokens = tokenizer.tokenize(phrase)
            guard !tokens.isEmpty else { continue }
            lexicon.issueTrie.insert(
                tokens.map { lexicon.vocabulary.intern($0.text) },
                cases: tokens.map { CaseRule.of($0, caseSensitive: true) }, value: index)
        }
    }
}
