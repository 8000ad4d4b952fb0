import DyadText

extension LexiconBuilder {
    static let countryKeys: Set<String> = ["adjective", "demonym", "capital", "seat", "military", "intelligence", "legislature"]
    static let organisationKeys: Set<String> = ["adjective", "reference", "seat", "country"]

    static func checkKeys(_ record: LexiconRecord, allowed: Set<String>, file: String) throws {
        for attribute in record.attributes where !allowed.contains(attribute.key) {
            let list = allowed.sorted().joined(separator: ", ")
            throw LexiconError(file: file, line: attribute.line, reason: "unknown key '\(attribute.key)' (expected one of: \(list))")
        }
    }

    mutating func addCountry(_ record: LexiconRecord, file: String) throws {
        let (code, rest) = LexiconBuilder.splitHeader(record.header)
        guard code.count == 3, code.allSatisfy({ $0.isUppercase && $0.isLetter }) else {
            throw LexiconError(file: file, line: record.line, reason: "country code must be three capital letters, found '\(code)'")
        }
        let names = RecordReader.alternatives(rest)
        guard let first = names.first else {
            throw LexiconError(file: file, line: record.line, reason: "country \(code) has no name")
        }
        try LexiconBuilder.checkKeys(record, allowed: LexiconBuilder.countryKeys, file: file)
        lexicon.countryNames[code] = first
        for name in names { addActor(name, .country(code)) }
        for name in record.values("capital") + record.values("demonym") { addActor(name, .country(code)) }
        for name in record.values("adjective") { addActor(name, .countryAdjective(code)) }
        for name in record.values("seat") { addActor(name, .institution(code + "GOV")) }
        for name in record.values("military") { addActor(name, .institution(code + "MIL")) }
        for name in record.values("intelligence") { addActor(name, .institution(code + "SPY")) }
        for name in record.values("legislature") { addActor(name, .institution(code + "LEG")) }
    }

    /// A `places*.txt` record: a country code, its name, and `place:` lines. The code `---`
    /// lists places of no single state ("South China Sea"), which name no one.
    mutating func addPlaces(_ record: LexiconRecord, file: String) throws {
        let (code, _) = LexiconBuilder.splitHeader(record.header)
        guard code == "---" || (code.count == 3 && code.allSatisfy({ $0.isUppercase && $0.isLetter })) else {
            throw LexiconError(
                file: file, line: record.line, reason: "country code must be three capital letters or ---, found '\(code)'")
        }
        try LexiconBuilder.checkKeys(record, allowed: ["place"], file: file)
        for name in record.values("place") { addActor(name, .place(code == "---" ? "" : code)) }
    }

    mutating func addOrganisation(_ record: LexiconRecord, file: String) throws {
        let (code, rest) = LexiconBuilder.splitHeader(record.header)
        guard !code.isEmpty, code.allSatisfy({ ($0.isUppercase && $0.isLetter) || $0.isNumber }) else {
            throw LexiconError(
                file: file, line: record.line, reason: "organisation code must be capital letters and digits, found '\(code)'")
        }
        let names = RecordReader.alternatives(rest)
        guard let first = names.first else {
            throw LexiconError(file: file, line: record.line, reason: "organisation \(code) has no name")
        }
        try LexiconBuilder.checkKeys(record, allowed: LexiconBuilder.organisationKeys, file: file)
        lexicon.organisationNames[code] = first
        if let country = record.values("country").first { lexicon.organisationCountries[code] = country }
        for name in names + record.values("seat") { addActor(name, .organisation(code)) }
        for name in record.values("adjective") { addActor(name, .organisationAdjective(code)) }
        for name in record.values("reference") { addActor(name, .reference(code), caseSensitive: false) }
    }

    /// A `descriptions*.txt` line: the codes of the actors a description may point back at,
    /// then the descriptions ("SAU JOR MAR: the kingdom | the desert kingdom").
    mutating func addDescription(_ record: LexiconRecord, file: String) throws {
        let (left, phrases) = try LexiconBuilder.splitColon(record, file: file)
        let codes = left.split(separator: " ").map(String.init)
        guard !codes.isEmpty, codes.allSatisfy({ $0.allSatisfy { ($0.isUppercase && $0.isLetter) || $0.isNumber } }) else {
            throw LexiconError(
                file: file, line: record.line, reason: "expected 'CODE CODE ...: description | description', found '\(left)'")
        }
        for phrase in phrases {
            guard phrase.split(separator: " ").first?.lowercased() == "the" else {
                throw LexiconError(file: file, line: record.line, reason: "a description starts with 'the', found '\(phrase)'")
            }
            for code in codes { addActor(phrase, .reference(code)) }
        }
    }

    mutating func addAgent(_ record: LexiconRecord, file: String) throws {
        let (left, words) = try LexiconBuilder.splitColon(record, file: file)
        let parts = left.split(separator: " ").map(String.init)
        guard parts.count <= 2, let code = parts.first, code.count == 3 || code.count == 6,
            code.allSatisfy({ $0.isUppercase && $0.isLetter })
        else {
            throw LexiconError(file: file, line: record.line, reason: "expected 'SECTOR LEVEL:' or 'CCCSECTOR LEVEL:', found '\(left)'")
        }
        var level: ActorLevel? = nil
        if parts.count == 2 {
            guard let l = ActorLevel(rawValue: parts[1]) else {
                let levels = ActorLevel.allCases.map(\.rawValue).joined(separator: ", ")
                throw LexiconError(file: file, line: record.line, reason: "unknown level '\(parts[1])' (expected one of: \(levels))")
            }
            level = l
        }
        let sector = String(code.suffix(3))
        let country = code.count == 6 ? String(code.prefix(3)) : nil
        for word in words {
            addActor(word, .agent(sector: sector, level: level, country: country), caseSensitive: false)
        }
    }
}
