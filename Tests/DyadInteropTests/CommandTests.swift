import Foundation
import Testing

/// `dyad import`, `dyad events --format …` and `dyad eval` on validation records, run as a
/// user runs them (needs the `dyad` executable built: `swift build --build-tests` builds it).
@Suite("Commands", .enabled(if: Dyad.isBuilt))
struct CommandTests {
    func temporaryStore() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-import-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("store.sqlite").path
    }

    @Test("import: bad rows on stderr as FILE:LINE: reason, exit status 1, the rest imported; twice changes nothing")
    func importCommand() throws {
        let store = try temporaryStore()
        let file = Fixture.path("gdelt-v1.tsv")
        let first = try Dyad.run(["import", "--format", "gdelt", file, "--store", store, "--no-bundled-lexicon"])
        #expect(first.status == 1)
        #expect(first.stderr.contains("dyad: \(file):5: 40 fields; GDELT event rows have 57, 58 (1.0) or 61 (2.0)\n"))
        #expect(first.stderr.contains("dyad: \(file):7: unknown CAMEO event code '999'\n"))
        #expect(first.stdout.contains("imported 7 of 12 rows (1 already stored)"))
        let second = try Dyad.run(["import", "--format", "gdelt", file, "--store", store, "--no-bundled-lexicon"])
        #expect(second.stdout.contains("imported 0 of 12 rows (8 already stored)"))
        #expect(second.stdout.contains(": 0 new events, 0 mentions"))

        let clean = try Dyad.run(["import", "--format", "gdelt", Fixture.path("gdelt-v2.tsv.gz"), "--store", store])
        #expect(clean.status == 0, "\(clean.stderr)")

        let events = try Dyad.run(["events", "--store", store, "--dyad", "USA,RUS", "--format", "gdelt"])
        #expect(events.status == 0, "\(events.stderr)")
        let rows = events.stdout.split(separator: "\n")
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 58 })
        let plover = try Dyad.run(["events", "--store", store, "--code", "042", "--format", "plover"])
        #expect(plover.stdout.contains("\"event\":[\"CONSULT\"]"))
        let phoenix = try Dyad.run(["events", "--store", store, "--code", "042", "--format", "phoenix"])
        #expect(phoenix.stdout.split(separator: "\n").first?.split(separator: "\t", omittingEmptySubsequences: false).count == 26)
    }

    @Test("import: usage errors")
    func usage() throws {
        let missing = try Dyad.run(["import", "--format", "gdelt"])
        #expect(missing.status != 0)
        let unknown = try Dyad.run(["import", "--format", "acled", "x.csv"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("gdelt"))
    }

    @Test("eval reads PETRARCH XML and TABARI records, with PETRARCH dictionaries as the lexicon")
    func eval() throws {
        for file in ["validation/petrarch.xml", "validation/tabari.text"] {
            let result = try Dyad.run([
                "eval", Fixture.path(file), "--no-bundled-lexicon", "--lexicon", Fixture.path("dictionaries"), "--json", "--jobs", "1",
            ])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(result.stdout.contains("\"dev\""), "\(file)")
        }
        let broken = try Dyad.run([
            "eval", Fixture.path("validation/broken.xml"), "--no-bundled-lexicon", "--lexicon", Fixture.path("dictionaries"),
        ])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("broken.xml:6: sentence DYAD-002 has no <Text>"))
    }
}
