import DyadCoder
import DyadInterop
import DyadLexicon
import DyadStore
import DyadText
import Foundation
import Testing

@Suite("Import")
struct ImportTests {
    /// "SOURCE CODE TARGET DATE" of every stored event.
    func events(_ store: any Store, _ filter: EventFilter = EventFilter()) throws -> [String] {
        try store.events(matching: filter).map { "\($0.event.source) \($0.event.code) \($0.event.target) \($0.event.date!)" }.sorted()
    }

    func lines(_ problems: [ImportProblem], _ severity: ImportProblem.Severity = .error) -> [String] {
        problems.filter { $0.severity == severity }.map { "\(($0.file as NSString).lastPathComponent):\($0.line): \($0.reason)" }
    }

    @Test("GDELT 1.0 and 2.0 rows: mapped, bad rows reported with file and line, the rest imported")
    func gdelt() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["gdelt-v1.tsv"], format: .gdelt, into: store)
        #expect(totals.rows == 12)
        #expect(totals.failed == 4)
        #expect(totals.imported == 7)
        #expect(totals.duplicates == 1)
        #expect(
            lines(problems) == [
                "gdelt-v1.tsv:5: 40 fields; GDELT event rows have 57, 58 (1.0) or 61 (2.0)",
                "gdelt-v1.tsv:6: SQLDATE '20151345' is not a date",
                "gdelt-v1.tsv:7: unknown CAMEO event code '999'",
                "gdelt-v1.tsv:10: Actor1Code 'usa gov' is not an actor code (capital letters and digits)",
            ])
        #expect(lines(problems, .warning) == ["gdelt-v1.tsv:11: unknown country code 'XYZ' in Actor1Code, imported as written"])
        #expect(
            try events(store)
                == [
                    "RUSGOV 043 USAGOV 2015-05-12", "ROU 010  1995-03-01", "UKRMIL 190 RUSMIL 2015-05-13", "UN 0233 SYR 2015-05-14",
                    "USAGOV 0331 RUSGOV 2015-05-16", "XYZGOV 036 RUS 2015-05-15", "USAGOV 042 RUS 2015-05-12",
                ].sorted())
        // Fields taken from the row: QuadClass, Goldstein, URL, id.
        var filter = EventFilter()
        filter.codes = ["190"]
        let attack = try #require(try store.events(matching: filter).first)
        #expect(attack.event.quadClass == 4)
        #expect(attack.event.goldstein == -10)
        #expect(attack.event.root == "19")
        #expect(attack.event.doc == "gdelt:410000003")
        #expect(attack.event.sourceText == "UKRAINE")
        let document = try #require(try store.document(id: attack.documentID))
        #expect(document.document.url == "https://example.org/b")
        #expect(document.document.date == Day(iso: "2015-05-13"))
    }

    @Test("importing the same files twice changes nothing")
    func idempotent() throws {
        let (store, _) = try Fixture.store()
        let files = ["gdelt-v1.tsv", "gdelt-v2.tsv.gz", "gdelt.csv"]
        let first = try importFixtures(files, format: .gdelt, into: store)
        let before = try store.stats()
        let eventsBefore = try events(store)
        let second = try importFixtures(files, format: .gdelt, into: store)
        #expect(second.totals.imported == 0)
        #expect(second.totals.duplicates == first.totals.imported + first.totals.duplicates)
        #expect(try store.stats() == before)
        #expect(try events(store) == eventsBefore)
        // And the ICEWS, Phoenix and POLECAT keys too.
        for (file, format) in [("icews.tab", ImportFormat.icews), ("phoenix.txt", .phoenix), ("polecat.txt", .polecat)] {
            let once = try importFixtures([file], format: format, into: store)
            let stats = try store.stats()
            let twice = try importFixtures([file], format: format, into: store)
            #expect(twice.totals.imported == 0, "\(file)")
            #expect(twice.totals.duplicates == once.totals.imported + once.totals.duplicates, "\(file)")
            #expect(try store.stats() == stats, "\(file)")
        }
    }

    @Test("recode leaves imported rows with their dataset's coding")
    func recodeKeepsImports() throws {
        let (store, _) = try Fixture.store()
        _ = try importFixtures(["gdelt-v1.tsv"], format: .gdelt, into: store)
        let before = try events(store)
        let coder = EventCoder(lexicon: try LexiconLoader().load())
        let totals = try Recoder(store: store, coder: coder).run(dryRun: false)
        #expect(totals.added == 0 && totals.removed == 0 && totals.changed == 0)
        #expect(try events(store) == before)
    }

    @Test("gzip input; a truncated or corrupt archive keeps the rows before the damage")
    func gzip() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["gdelt-v2.tsv.gz"], format: .gdelt, into: store)
        #expect(totals.imported == 3)
        #expect(problems.isEmpty)
        #expect(try events(store).contains("USAGOV 057 RUS 2016-01-02"))

        let truncated = try importFixtures(["gdelt-truncated.tsv.gz"], format: .gdelt, into: store)
        #expect(truncated.totals.imported > 100)
        #expect(truncated.totals.imported < 400)
        let error = try #require(truncated.problems.first { $0.severity == .error })
        #expect(error.line == truncated.totals.rows + 1)
        #expect(error.reason.contains("truncated"))
        #expect(error.description.hasPrefix(Fixture.path("gdelt-truncated.tsv.gz") + ":\(error.line): "))

        let corrupt = try importFixtures(["gdelt-corrupt.tsv.gz"], format: .gdelt, into: store)
        #expect(corrupt.totals.failed >= 1)
        #expect(corrupt.problems.contains { $0.severity == .error && $0.reason.contains("corrupt") && $0.line > 1 })
    }

    @Test("a ZIP archive's member is read; a line that is not UTF-8 is read as Latin-1")
    func zipAndLatin1() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(
            ["gdelt.export.CSV.zip", "gdelt-latin1.tsv"], format: .gdelt, into: store, lexicon: nil)
        #expect(problems.isEmpty)
        #expect(totals.imported == 3)
        #expect(totals.latin1Lines == 1)
        var filter = EventFilter()
        filter.source = "CIV"
        #expect(try store.events(matching: filter).first?.event.sourceText == "C\u{D4}TE D'IVOIRE")
        filter = EventFilter()
        filter.codes = ["043"]
        let hosted = try #require(try store.events(matching: filter).first)
        #expect(try store.document(id: hosted.documentID)?.document.url == "https://example.org/zip/2")
    }

    @Test("comma-separated files with quotes, a header row and CRLF line ends")
    func csv() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["gdelt.csv"], format: .gdelt, into: store)
        #expect(problems.isEmpty)
        #expect(totals.rows == 2)
        #expect(try events(store) == ["GBRGOV 0211 RUS 2015-06-01", "RUS 111 GBR 2015-06-02"])
        var filter = EventFilter()
        filter.source = "GBR"
        let row = try #require(try store.events(matching: filter).first)
        #expect(row.event.sourceText == "UNITED KINGDOM, THE")
        #expect(try store.document(id: row.documentID)?.document.url == "https://example.org/csv?a=1,b=2")
    }

    @Test("ICEWS: names to ISO3 through the lexicon, sectors to dyad sectors, Intensity kept")
    func icews() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["icews.tab"], format: .icews, into: store)
        #expect(totals.rows == 10)
        #expect(
            lines(problems) == [
                "icews.tab:5: Event Date '2015-13-40' is not a date",
                "icews.tab:8: 21 fields; the header has 20",
                "icews.tab:11: Intensity 'not-a-number' is not a number from -10.0 to 10.0",
            ])
        #expect(
            lines(problems, .warning) == ["icews.tab:6: unknown country 'Gondor' in Source Country: the actor is imported without a code"])
        #expect(
            try events(store) == [
                " 010 RUS 2015-05-14", "RUSGOV 043 USAGOV 2015-05-12", "SYRCVL 020  2015-05-14", "UKRMIL 190 UKRREB 2015-05-13",
                "UN 0233 SYRGOV 2015-05-16", "USAGOV 040 RUS 2015-05-13", "USAGOV 042 RUS 2015-05-12",
            ])
        var filter = EventFilter()
        filter.codes = ["043"]
        let host = try #require(try store.events(matching: filter).first)
        #expect(host.event.goldstein == 2.8)
        #expect(host.event.doc == "icews:41234568:2015-05-12")
        #expect(host.event.sentence == "Foreign Affairs (Russia) (RUSGOV) | 043 Host a visit | John Kerry (USAGOV)")
        #expect(try store.document(id: host.documentID)?.document.title == "Example Wire")
    }

    @Test("Phoenix: full actor codes, issues as contexts, the first URL")
    func phoenix() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["phoenix.txt"], format: .phoenix, into: store)
        #expect(totals.imported == 4)
        #expect(
            lines(problems) == [
                "phoenix.txt:3: 20 fields; Phoenix rows have 26",
                "phoenix.txt:4: unknown CAMEO event code '9999'",
            ])
        #expect(
            try events(store) == [
                "NATO 172 RUSMIL 2015-05-14", "RUS 138 UKRMIL 2015-05-13", "USAGOV 040 RUSGOV 2015-05-12", "USAGOV 042 RUS 2015-05-14",
            ])
        var filter = EventFilter()
        filter.issue = "arms-control"
        let threat = try #require(try store.events(matching: filter).first)
        #expect(threat.event.contexts == ["nuclear-weapons", "arms-control"])
        #expect(threat.event.quadClass == 3)
        filter = EventFilter()
        filter.codes = ["040"]
        let consult = try #require(try store.events(matching: filter).first)
        #expect(try store.document(id: consult.documentID)?.document.url == "https://example.org/a")
    }

    @Test("POLECAT: PLOVER types to CAMEO, compound actors expanded, columns by name")
    func polecat() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["polecat.txt", "polecat-variant.txt"], format: .polecat, into: store)
        #expect(totals.imported == 4)
        #expect(
            lines(problems) == [
                "polecat.txt:4: unknown PLOVER event type 'DANCE'",
                "polecat.txt:6: Event Date '20210620x' is not a date",
                "polecat.txt:7: Actor Country 'U.S.' is not a three-letter country code",
            ])
        #expect(
            try events(store) == [
                "GBRCVL 141 GBRGOV 2022-01-01", "GBRMIL 180 SYRREB 2021-06-17", "UN 114 RUSGOV 2021-06-19", "USAGOV 042 RUSGOV 2021-06-16",
                "USAMIL 180 SYRREB 2021-06-17",
            ])
        var filter = EventFilter()
        filter.codes = ["042"]
        let visit = try #require(try store.events(matching: filter).first)
        #expect(visit.event.ploverType == "CONSULT")
        #expect(visit.event.ploverMode == "visit")
        #expect(visit.event.goldstein == 4.0)
        #expect(visit.event.quadClass == 1)
        #expect(visit.event.contexts == ["diplomatic"])
        // One document per row, with one mention per expanded event.
        filter.codes = ["18"]
        let assaults = try store.events(matching: filter)
        #expect(assaults.count == 2)
        #expect(Set(assaults.map(\.documentID)).count == 1)
    }

    @Test("the same event in two rows is one event with two mentions")
    func mentions() throws {
        let (store, _) = try Fixture.store()
        _ = try importFixtures(["gdelt-truncated.tsv.gz"], format: .gdelt, into: store)
        let stats = try store.stats()
        // 28 days of USAGOV 042 RUS: one event a day, every row a mention.
        #expect(stats.events == 28)
        #expect(stats.mentions == stats.documents)
        var filter = EventFilter()
        filter.dyad = ActorPair("USA", "RUS")
        #expect(try store.events(matching: filter).map(\.mentionCount).reduce(0, +) == stats.mentions)
    }

    @Test("without a lexicon the codes are imported as written and nothing is flagged unknown")
    func noLexicon() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["gdelt-v1.tsv"], format: .gdelt, into: store, lexicon: nil)
        #expect(totals.imported == 7)
        #expect(lines(problems, .warning).isEmpty)
    }

    @Test("a file that cannot be opened is one failure; the other files are imported")
    func missingFile() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["no-such-file.tsv", "gdelt-v2.tsv.gz"], format: .gdelt, into: store)
        #expect(totals.failed == 1)
        #expect(totals.imported == 3)
        #expect(problems.first?.line == 0)
        #expect(problems.first?.reason.hasPrefix("cannot be opened") == true)
    }

    @Test("a file of another format fails at its header")
    func wrongFormat() throws {
        let (store, _) = try Fixture.store()
        let (totals, problems) = try importFixtures(["gdelt-v2.tsv.gz"], format: .icews, into: store)
        #expect(totals.imported == 0)
        #expect(problems.count == 1)
        #expect(problems[0].line == 1)
        #expect(problems[0].reason.contains("header has no 'Event ID' column"))
    }
}
