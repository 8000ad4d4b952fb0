import Foundation
import Testing

@Suite("dyad demo and dyad relation over the store")
struct DemoCommandTests {
    @Test("the demo ingests the bundled corpus, reports phases with evidence and writes the HTML report; a second run adds nothing")
    func demo() throws {
        let dir = try DyadProcess.directory()
        let store = dir.appendingPathComponent("demo.sqlite").path
        let html = dir.appendingPathComponent("demo.html").path
        let first = try DyadProcess.run(["demo", "--store", store, "--html", html])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("88 new documents"))
        #expect(first.stdout.contains("PHASES"))
        #expect(first.stdout.contains("ESCALATION"))
        #expect(first.stdout.contains("“"))  // marking events are quoted with their sentences
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<svg"))
        let second = try DyadProcess.run(["demo", "--store", store, "--html", html])
        #expect(second.stdout.contains("0 new documents (88 already stored)"))
    }

    @Test("relation reads the store, and its event ids lead to the sentences with dyad events --id")
    func relationEvidence() throws {
        let dir = try DyadProcess.directory()
        let store = dir.appendingPathComponent("s.sqlite").path
        let text = """
            date: 2018-03-26

            The United States expelled 60 Russian diplomats on Monday.

            Russia expelled 60 American diplomats on Thursday.
            """
        try text.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let ingest = try DyadProcess.run(["ingest", dir.appendingPathComponent("a.txt").path, "--store", store])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let relation = try DyadProcess.run(["relation", "USA", "RUS", "--store", store, "--format", "json"])
        #expect(relation.status == 0, "\(relation.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(relation.stdout.utf8)) as? [String: Any]
        #expect(report != nil)
        // The events were read without sentences; the cited ones got theirs afterwards.
        #expect(relation.stdout.contains("Russia expelled 60 American diplomats on Thursday."))
        #expect(relation.stdout.contains("a.txt\"") && !relation.stdout.contains("\"#"))
        let events = try DyadProcess.run(["events", "--store", store, "--id", "1"])
        #expect(events.stdout.contains("expelled 60"))
    }
}
