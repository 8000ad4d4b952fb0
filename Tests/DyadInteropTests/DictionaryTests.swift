import DyadCoder
import DyadLexicon
import DyadText
import Foundation
import Testing

@Suite("TABARI and PETRARCH dictionaries")
struct DictionaryTests {
    /// A coder over the test dictionaries only.
    static func coder() throws -> EventCoder {
        let lexicon = try LexiconLoader().load(extraDirectories: [Fixture.path("dictionaries")], includeBundled: false)
        return EventCoder(lexicon: lexicon)
    }

    func code(_ text: String, on date: String = "2013-05-12") throws -> [String] {
        let document = Document(id: "t", date: Day(iso: date), text: text)
        return try DictionaryTests.coder().code(document).events.map { "\($0.source) \($0.code) \($0.target)" }
    }

    @Test("the three dictionaries load from a directory, as --lexicon does")
    func loads() throws {
        let lexicon = try LexiconLoader().load(extraDirectories: [Fixture.path("dictionaries")], includeBundled: false)
        #expect(
            lexicon.files.map { ($0 as NSString).lastPathComponent }.sorted() == ["CAMEO.test.txt", "test.actors.txt", "test.agents.txt"])
        #expect(lexicon.countryNames["GON"] == "Gondor")
        #expect(lexicon.people.map(\.name) == ["Aragorn", "Denethor"])
    }

    @Test("actors: names and + synonyms, comments of every kind, null and discard codes left out")
    func actors() throws {
        #expect(try code("Gondor visited Arnor.") == ["GON 042 ARN"])
        #expect(try code("Minas Tirith visited Fornost.") == ["GON 042 ARN"])
        #expect(try code("The White Council visited Gondor.") == ["IGOWCL 042 GON"])
        #expect(try code("Sauron visited Gondor.") == [])
        #expect(try code("Mordor visited Gondor.") == [])
    }

    @Test("actors: date-restricted codes, PETRARCH2 reading of the ranges, bare code as fallback")
    func datedCodes() throws {
        #expect(try code("Aragorn visited Gondor.", on: "2011-06-01") == ["ARNREB 042 GON"])
        #expect(try code("King Elessar visited Arnor.", on: "2013-06-01") == ["GONGOV 042 ARN"])
        // a-b is a <= date < b: on 2012-01-01 the first line no longer applies, the second does.
        #expect(try code("Aragorn visited Arnor.", on: "2012-01-01") == ["GONGOV 042 ARN"])
        #expect(try code("Aragorn visited Gondor.", on: "2011-12-31") == ["ARNREB 042 GON"])
        #expect(try code("Aragorn visited Gondor.", on: "2005-01-01") == ["ARN 042 GON"])
        // Several blocks on the name line (TABARI style).
        #expect(try code("Denethor visited Arnor.", on: "2005-01-01") == ["GONGOV 042 ARN"])
        #expect(try code("Denethor visited Arnor.", on: "2012-01-01") == ["GON 042 ARN"])
    }

    @Test("agents: ~CODE after the country, substitution sets, regular and irregular plurals")
    func agents() throws {
        #expect(try code("The foreign minister of Gondor visited Arnor.") == ["GONGOV 042 ARN"])
        #expect(try code("The foreign ministry of Gondor visited Arnor.") == ["GONGOV 042 ARN"])
        #expect(try code("Soldiers of Arnor attacked Gondor.") == ["ARNMIL 190 GON"])
        #expect(try code("The armies of Arnor attacked Gondor.") == ["ARNMIL 190 GON"])
        #expect(try code("The attorneys general of Gondor visited Arnor.") == ["GONJUD 042 ARN"])
    }

    @Test("verbs: block codes, + and synset slots, paired codes, irregular forms; inexpressible patterns skipped")
    func verbs() throws {
        #expect(try code("Arnor expelled the envoy from Gondor.") == ["ARN 1663 GON"])
        #expect(try code("Arnor banished two emissaries from Gondor.") == ["ARN 1663 GON"])
        #expect(try code("Arnor expelled Gondor.") == ["ARN 1663 GON"])
        #expect(try code("Aragorn journeyed to Gondor.", on: "2005-01-01") == ["ARN 042 GON"])
        #expect(try code("Gondor attacked Arnor.") == ["GON 190 ARN"])
        #expect(try code("Gondor cordoned off Arnor.") == ["GON 190 ARN"])
        #expect(try code("Gondor praised Arnor.") == ["GON 051 ARN"])
        // `- % * (FOR TALKS)` and `- SOMEONE * +` cannot be written as dyad patterns.
        let lexicon = try DictionaryTests.coder().lexicon
        #expect(!lexicon.patterns.contains { $0.text.contains("talks") })
        #expect(!lexicon.patterns.contains { $0.text.contains("someone") })
        #expect(!lexicon.patterns.contains { $0.text.hasPrefix("wire") })
        #expect(lexicon.patterns.contains { $0.text == "journey to {T}" && $0.code == "042" })
        #expect(lexicon.patterns.contains { $0.origin == "CAMEO.test.txt:9" })
    }

    @Test(
        "errors name the file and line",
        arguments: [
            ("bad.actors.txt", "bad.actors.txt:2: '[' without ']' in 'ARNOR_ [ARN'"),
            ("dates.actors.txt", "dates.actors.txt:3: '2010' is not a date (YYYYMMDD or YYMMDD)"),
            ("CAMEO.bad.txt", "CAMEO.bad.txt:3: unknown CAMEO code '9999'"),
            ("nocode.agents.txt", "nocode.agents.txt:2: agent without a code: expected 'PHRASE [~CODE]'"),
        ])
    func errors(_ file: String, _ message: String) throws {
        let error = try #require(throws: LexiconError.self) {
            try LexiconLoader().load(extraDirectories: [Fixture.path("dictionaries-bad/\(file)")], includeBundled: false)
        }
        #expect(error.description.hasSuffix(message), "\(error)")
        #expect(error.file.hasSuffix(file))
    }

    @Test("alongside the bundled lexicon")
    func withBundled() throws {
        let lexicon = try LexiconLoader().load(extraDirectories: [Fixture.path("dictionaries")])
        let coder = EventCoder(lexicon: lexicon)
        let events = coder.code(Document(id: "t", date: Day(iso: "2013-05-12"), text: "Russia visited Gondor.")).events
        #expect(events.map { "\($0.source) \($0.code) \($0.target)" } == ["RUS 042 GON"])
    }
}
