import DyadLexicon
import Testing

@Suite("Lexicon files")
struct LexiconTests {
    func error(_ name: String, _ text: String) -> String? {
        do {
            _ = try LexiconLoader().load(texts: [(name, text)])
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("broken entries are reported with file and line")
    func errors() {
        #expect(error("events-x.txt", "042 verb: visit\n0999 verb: fly\n") == "events-x.txt:2: unknown CAMEO code '0999'")
        #expect(
            error("people-x.txt", "Jane Doe\n  country: USA\n  role: 2001..2002 USAGOV boss Chief\n")?.hasPrefix(
                "people-x.txt:3: unknown level 'boss'") == true)
        #expect(
            error("people-x.txt", "Jane Doe\n  country: USA\n  role: 2001-13..2002 USAGOV head X\n")?.hasPrefix(
                "people-x.txt:3: '2001-13' is not a date") == true)
        #expect(error("countries-x.txt", "  adjective: Russian\n") == "countries-x.txt:1: indented line before any record")
        #expect(error("countries-x.txt", "Russia Russia\n")?.hasPrefix("countries-x.txt:1: country code") == true)
        #expect(error("places-x.txt", "Ukr  Ukraine\n  place: Kharkiv\n")?.hasPrefix("places-x.txt:1: country code") == true)
        #expect(error("places-x.txt", "UKR  Ukraine\n  city: Kharkiv\n")?.hasPrefix("places-x.txt:2: unknown key 'city'") == true)
        #expect(error("descriptions-x.txt", "sau: the kingdom\n")?.hasPrefix("descriptions-x.txt:1: expected 'CODE CODE ...") == true)
        #expect(error("descriptions-x.txt", "SAU: kingdom\n") == "descriptions-x.txt:1: a description starts with 'the', found 'kingdom'")
        #expect(error("verbs.txt", "x")?.hasPrefix("verbs.txt: unknown kind of lexicon file") == true)
    }

    @Test("the bundled lexicon loads and covers every UN member and every CAMEO root")
    func bundled() throws {
        let lexicon = try LexiconLoader().load()
        #expect(lexicon.countryNames.count >= 195)
        #expect(lexicon.people.count >= 300)
        let roots = Set(lexicon.patterns.map { String($0.code.prefix(2)) })
        #expect(roots.count == 20)
    }

    @Test("verbs are inflected, irregular ones included")
    func inflection() throws {
        let lexicon = try LexiconLoader().load(texts: [("events.txt", "040 verb: meet (with)\n042 verb: fly to\n")])
        for form in ["meets", "met", "meeting", "flew", "flown", "flies"] {
            let id = lexicon.vocabulary.id(form)
            let indexed =
                lexicon.patternsByFirstWord[id] != nil
                || lexicon.patternsByFirstTwoWords[Lexicon.wordPairKey(id, lexicon.vocabulary.id("to"))] != nil
            #expect(indexed, "\(form)")
        }
    }
}
