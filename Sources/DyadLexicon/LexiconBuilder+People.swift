import DyadText

extension LexiconBuilder {
    /// East Asian names put the family name first ("Xi Jinping"): it is the one used alone.
    static let familyNameFirst: Set<String> = [
        "xi", "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "hu", "kim",
        "park", "moon", "yoon", "lee", "han", "wen", "qin", "cui", "dong", "wei", "xie", "fu", "mao", "lin",
        "hua", "ban", "jiang", "zhu", "tang", "ma", "guo", "cho", "choi", "chung", "roh",
    ]

    mutating func addPerson(_ record: LexiconRecord, file: String) throws {
        let names = RecordReader.alternatives(Substring(record.header))
        guard let name = names.first else {
            throw LexiconError(file: file, line: record.line, reason: "person without a name")
        }
        try LexiconBuilder.checkKeys(record, allowed: ["country", "role"], file: file)
        guard let country = record.values("country").first else {
            throw LexiconError(file: file, line: record.line, reason: "\(name) has no 'country:' line")
        }
        var roles: [Role] = []
        for attribute in record.attributes where attribute.key == "role" {
            for value in attribute.values {
                roles.append(try LexiconBuilder.parseRole(value, file: file, line: attribute.line))
            }
        }
        let index = lexicon.people.count
        lexicon.people.append(Person(name: name, country: country, roles: roles, origin: "\(file):\(record.line)"))
        for variant in names {
            addActor(variant, .person(index))
            let words = tokenizer.tokenize(variant).filter { $0.kind == .word && !$0.text.hasSuffix(".") }
            guard words.count >= 2 else { continue }
            // The surname is the last word, unless it is the tail of a hyphenated given name
            // ("Moon Jae-in") or too short to be safe alone.
            if let last = words.last, !last.isHyphenated, last.isCapitalized, last.text.count >= 3 {
                let start = variant.utf8.index(variant.utf8.startIndex, offsetBy: last.start)
                surnames[String(variant[start...]), default: []].insert(index)
            }
            if LexiconBuilder.familyNameFirst.contains(words[0].text) {
                let end = variant.utf8.index(variant.utf8.startIndex, offsetBy: words[0].end)
                surnames[String(variant[..<end]), default: []].insert(index)
            }
        }
    }

    /// Parses `FROM..TO  CODE  LEVEL  Title words`.
    static func parseRole(_ text: String, file: String, line: Int) throws -> Role {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 3 else {
            throw LexiconError(file: file, line: line, reason: "a role needs 'FROM..TO CODE LEVEL [title]', found '\(text)'")
        }
        let range = fields[0].components(separatedBy: "..")
        guard range.count == 2 else {
            throw LexiconError(file: file, line: line, reason: "a role's dates are 'FROM..TO', found '\(fields[0])'")
        }
        func day(_ s: String) throws -> Day? {
            if s.isEmpty { return nil }
            guard let d = Day(iso: s, partial: true) else {
                throw LexiconError(file: file, line: line, reason: "'\(s)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            return d
        }
        guard let level = ActorLevel(rawValue: String(fields[2])) else {
            let levels = ActorLevel.allCases.map(\.rawValue).joined(separator: ", ")
            throw LexiconError(file: file, line: line, reason: "unknown level '\(fields[2])' (expected one of: \(levels))")
        }
        var to = try day(range[1])
        // A bare year or month as an end date means the end of that year or month.
        if let end = to, range[1].count == 4 { to = Day(year: end.components.year, month: 12, day: 31) }
        if let end = to, range[1].count == 7 {
            let (y, m, _) = end.components
            to = Day(year: y, month: m, day: Day.daysIn(month: m, year: y))
        }
        return Role(
            from: try day(range[0]), to: to, code: String(fields[1]), level: level,
            title: fields.dropFirst(3).joined(separator: " "))
    }
}
