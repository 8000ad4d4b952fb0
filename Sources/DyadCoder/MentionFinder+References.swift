import DyadLexicon
import DyadText

/// Pronouns, group descriptions ("both sides") and lists ("the US and Russia").
extension MentionFinder {
    // MARK: Pronouns and group descriptions

    /// A person named earlier in the same sentence: "Pence flew to Bogotá, where he announced"
    /// (he: the first, the subject), "Merkel called Putin and asked him" (him: the latest
    /// other than the subject).
    func antecedent(of pronoun: String, at i: Int, in mentions: [ActorMention]) -> ActorMention? {
        let people = mentions.filter { $0.person != nil && $0.range.upperBound <= i }
        if pronoun == "him", people.count <= 1 {
            // "Iraq's prime minister said Iran had informed him": the one who reports it.
            return mentions.first {
                $0.range.upperBound <= i && ($0.person != nil || isOfficial($0))
                    && ($0.range.upperBound..<i).contains { classes.token($0, is: .speechVerb) }
            }
        }
        guard let first = people.first else { return nil }
        return pronoun == "him" ? people.last : first
    }

    /// What "it" at `i` stands for in this sentence: the first institution named ("Russia said
    /// it would ..."), or after "if" or "unless" the nearest ("threatened sanctions on Russia
    /// if it refused": the condition is on the one threatened).
    func institution(before i: Int, in taken: [ActorMention]) -> ActorMention? {
        let named = taken.filter { $0.person == nil && $0.members.isEmpty && $0.range.upperBound <= i }
        return ["if", "unless", "once", "until"].contains(word(i - 1)) ? named.last : named.first
    }

    /// One head of state or government, minister or deputy named by title alone: "Iraq's
    /// prime minister" (not "Russian diplomats" or "state television").
    func isOfficial(_ mention: ActorMention) -> Bool {
        guard let level = mention.level, [.head, .minister, .deputy].contains(level), mention.members.isEmpty,
            let last = mention.range.last
        else { return false }
        return !tokens[last].text.hasSuffix("s")
    }

    func builtIns(context: DocumentContext, taken: [ActorMention]) -> [ActorMention] {
        var found: [ActorMention] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in taken { for j in mention.range { covered[j] = true } }
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            if covered[i] || !classes.token(i, is: .builtInStart) { continue }
            let w = tokens[i].text
            if MentionFinder.pronouns.contains(w), let person = antecedent(of: w, at: i, in: taken) ?? context.lastPerson {
                found.append(
                    ActorMention(
                        range: i..<(i + 1), code: person.code, level: person.level, text: tokens[i].text, person: person.person,
                        why: explanation("pronoun for \(person.text)")))
            } else if w == "it", isSubjectIt(at: i),
                // After "said" it is the speaker, who must be named in the sentence.
                let institution = institution(before: i, in: taken)
                    ?? (SentenceEventBuilder.speechVerbs.contains(word(i - 1)) || word(i - 1) == "announced"
                        ? nil : context.lastInstitution)
            {
                var mention = institution
                mention.range = i..<(i + 1)
                mention.text = tokens[i].text
                mention.why = explanation("pronoun for \(institution.text)")
                found.append(mention)
            } else if (w == "each" && (word(i + 1) == "other" || MentionFinder.memberWords.contains(word(i + 1))))
                || (w == "one" && word(i + 1) == "another")
                || (w == "other" && word(i - 1) == "the" && found.contains { $0.text.hasPrefix("each ") }),
                let group = reciprocalGroup(before: i, in: taken) ?? context.lastPair()
            {
                // "both sides accused each other", "with each side accusing the other": every
                // member acts on the others (events within one member are dropped).
                let range = w == "other" ? (i - 1)..<(i + 1) : i..<(i + 2)
                found.append(
                    ActorMention(group: group, range: range, text: text(range), why: explanation("\(text(range)): \(group.map(\.text))")))
                i = range.upperBound - 1
            } else if w == "they" || w == "them",
                let group = (w == "them" ? pluralObject(before: i, in: taken) : nil) ?? ownGroup(before: i, in: taken)
                    ?? context.lastGroup
            {
                // "The G7 leaders ... said they": the sentence's own subject first.
                var mention = group
                mention.range = i..<(i + 1)
                mention.text = w
                mention.why = explanation("pronoun for \(group.text)")
                found.append(mention)
            } else if let count = MentionFinder.groupCounts[w], ["the", "all", "these", "those"].contains(word(i - 1)),
                let end = groupWordEnd(after: i), let group = context.lastGroup, group.members.count == count
            {
                // "the four countries", "all three states": the latest list of that many.
                var mention = group
                mention.range = (i - 1)..<end
                mention.text = text((i - 1)..<end)
                mention.why = explanation("the \(count) of \(group.text)")
                found.append(mention)
                i = end - 1
            } else if let end = w == "both" || (w == "two" && word(i - 1) == "the")
                ? groupWordEnd(after: i)
                : w == "all" && ["sides", "parties"].contains(word(i + 1))
                    ? i + 2 : (MentionFinder.pairWords.contains(w) && word(i - 1) == "the" ? i + 1 : nil),
                let pair = context.lastPair(), i == 0 || !covered[i - 1] || w == "both" || w == "all"
            {
                // "both sides", "all parties", "the two leaders", "the rivals": the article's main pair.
                let start = w == "both" || w == "all" ? i : i - 1
                // "the two countries' foreign ministers": a title after a possessive names who acts.
                let title = possessedTitle(after: end)
                let stop = title?.end ?? end
                found.append(
                    ActorMention(
                        group: titled(pair, as: title?.word ?? word(end - 1)), range: start..<stop, text: text(start..<stop),
                        why: explanation("both sides: \(pair[0].text) and \(pair[1].text)")))
                i = stop - 1
            }
        }
        return found
    }

    // MARK: Lists

    /// "U.S. and Russian intelligence services", "Ethiopian and Eritrean troops": bare country
    /// adjectives share the head of the last member, its sector and level.
    func distributeHead(_ members: [ActorMention]) -> [ActorMention] {
        guard let last = members.last, last.code.count == 6, last.person == nil, last.members.isEmpty else { return members }
        let sector = String(last.code.suffix(3))
        return members.map { m in
            guard m.code.count == 3, lexicon.countryNames[m.code] != nil, m.person == nil, m.members.isEmpty, !m.isPlace else { return m }
            var shared = m
            shared.code = m.code + sector
            shared.level = last.level
            if explains { shared.why += " sharing '\(last.text)'" }
            return shared
        }
    }

    /// Joins "A and B", "A, B and C" into one mention whose members are A, B, C.
    func groupLists(_ mentions: [ActorMention]) -> [ActorMention] {
        var result: [ActorMention] = []
        var k = 0
        while k < mentions.count {
            var members = [mentions[k]]
            var endsWithAnd = false
            var j = k + 1
            while j < mentions.count, mentions[j - 1].range.upperBound <= mentions[j].range.lowerBound {
                let gap = mentions[j - 1].range.upperBound..<mentions[j].range.lowerBound
                let words = gap.map { tokens[$0].text }.filter { $0 != "the" }
                // ", and" joins only a list that already has a comma: "A, B, and C", not "A, and B".
                let isAnd =
                    words == ["and"] || (words == [",", "and"] && members.count >= 2) || words == ["&"] || words == ["as", "well", "as"]
                guard isAnd || words == [","] else { break }
                members.append(mentions[j])
                j += 1
                if isAnd {
                    endsWithAnd = true
                    break
                }
            }
            if endsWithAnd && members.count > 1 {
                members = distributeHead(members)
                let range = members[0].range.lowerBound..<members.last!.range.upperBound
                var unique: [ActorMention] = []
                for m in members.flatMap(\.expanded) where !unique.contains(where: { $0.code == m.code }) { unique.append(m) }
                result.append(ActorMention(range: range, code: unique[0].code, level: nil, text: text(range), why: "list", members: unique))
                k = j
            } else {
                result.append(mentions[k])
                k += 1
            }
        }
        return result
    }

    /// Numbers of a group reference beyond two: "the four countries".
    static let groupCounts: [String: Int] = ["three": 3, "four": 4, "five": 5, "six": 6, "seven": 7]

    /// The words ``builtIns(context:taken:)`` looks at: pronouns, "each other", "one another",
    /// "both sides", "the two/four leaders".
    static let builtInStarts: Set<String> = pronouns.union(groupCounts.keys).union([
        "it", "each", "one", "they", "them", "both", "two", "other", "all",
    ]).union(pairWords)

    /// Plural nouns that, after "the", name the two sides of a conflict: "talks between the
    /// rivals".
    static let pairWords: Set<String> = ["rivals", "foes", "adversaries", "enemies", "belligerents", "neighbours", "neighbors"]

    /// Words for one member of a group: "each side", "each government".
    /// Group words that say who in each state acts: "the two presidents" are the heads of
    /// government of the pair's states, whoever the pair was met as.
    static let titledGroups: [String: (sector: String, level: ActorLevel?)] = [
        "leaders": ("GOV", .head), "presidents": ("GOV", .head), "heads": ("GOV", .head), "premiers": ("GOV", .head),
        "ministers": ("GOV", .minister), "governments": ("GOV", nil), "armies": ("MIL", nil), "militaries": ("MIL", nil),
    ]

    /// The group title after a possessive at `i` ("' foreign ministers", "'s leaders"), with
    /// one word before it at most, and where it ends.
    func possessedTitle(after i: Int) -> (word: String, end: Int)? {
        guard ["'", "'s"].contains(word(i)) else { return nil }
        for j in (i + 1)...(i + 2) where MentionFinder.titledGroups[word(j)] != nil { return (word(j), j + 1) }
        return nil
    }

    /// The pair's members as the `groupWord` of their states ("the two presidents" of `USALEG`
    /// and `CHN` are `USAGOV` and `CHNGOV`); organisations and other groups stay as they are.
    func titled(_ pair: [ActorMention], as groupWord: String) -> [ActorMention] {
        guard let (sector, level) = MentionFinder.titledGroups[groupWord] else { return pair }
        return pair.map { member in
            guard member.members.isEmpty, member.code.count == 3 || member.code.count == 6,
                lexicon.countryNames[String(member.code.prefix(3))] != nil
            else { return member }
            var titled = member
            titled.code = String(member.code.prefix(3)) + sector
            if member.code != titled.code { titled.person = nil }
            titled.level = level ?? member.level
            return titled
        }
    }

    static let memberWords: Set<String> = ["side", "country", "party", "government", "camp", "nation", "state", "army", "leader"]

    /// One past the group word of "both sides", "the two leaders" or, with one adjective
    /// between, "the two regional powers"; nil when no group word follows `i`.
    func groupWordEnd(after i: Int) -> Int? {
        if MentionFinder.groupWords.contains(word(i + 1)) { return i + 2 }
        if i + 1 < tokens.count, tokens[i + 1].kind != .punctuation, MentionFinder.groupWords.contains(word(i + 2)) { return i + 3 }
        return nil
    }

    /// Whether "it" at `i` is the subject of a clause and stands for an actor, not the empty
    /// "it" of "it is unclear" or "it would be a mistake".
    func isSubjectIt(at i: Int) -> Bool {
        guard
            i == 0
                || [
                    ",", ";", "and", "but", "that", "then", "when", "after", "before", "because", "if", "unless", "once", "until",
                    "said", "says", "announced", "warned",
                ].contains(word(i - 1))
        else {
            return false
        }
        let next = word(i + 1)
        if ["is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "remained", "means", "meant", "took", "takes"]
            .contains(next)
        {
            return false
        }
        if ["will", "would", "could", "may", "might", "has", "had", "have"].contains(next), ["be", "been"].contains(word(i + 2)) {
            return false
        }
        return i + 1 < tokens.count && tokens[i + 1].kind != .punctuation
    }

    /// "The G7 leaders condemned the attack and said they": a list or an organisation that
    /// opens the sentence, for "they" later in it.
    func ownGroup(before i: Int, in taken: [ActorMention]) -> ActorMention? {
        guard let first = taken.first, first.range.upperBound <= i, !first.isPlace else { return nil }
        return first.members.count > 1 || lexicon.organisationNames[first.code] != nil ? first : nil
    }

    /// "ordered 40 Russian diplomats out, calling them a threat": "them" is the latest group
    /// of people named before it in the sentence (a plural agent or a list).
    /// Two actors joined by "and" count as a group too ("spoke with Swaraj and Qureshi,
    /// urging them").
    func pluralObject(before i: Int, in taken: [ActorMention]) -> ActorMention? {
        let before = taken.filter { $0.range.upperBound <= i && !$0.isPlace }
        guard let last = before.last else { return nil }
        if last.members.count > 1 || (last.code.count == 6 && last.text.hasSuffix("s")) { return last }
        guard let first = before.dropLast().last, first.country != last.country,
            first.range.upperBound + 1 == last.range.lowerBound, word(first.range.upperBound) == "and"
        else { return nil }
        return ActorMention(group: [first, last], range: i..<(i + 1), text: "\(first.text) and \(last.text)", why: "")
    }

    /// The actors "each other" spans: the latest group before `i`, or the distinct countries
    /// named before it in the sentence ("Russia and Ukraine accused each other").
    func reciprocalGroup(before i: Int, in taken: [ActorMention]) -> [ActorMention]? {
        let before = taken.filter { $0.range.upperBound <= i && !$0.isPlace }
        if let group = before.last(where: { $0.members.count > 1 }) { return group.members }
        var distinct: [ActorMention] = []
        for m in before where !distinct.contains(where: { $0.country == m.country }) { distinct.append(m) }
        return distinct.count >= 2 ? distinct : nil
    }
}
