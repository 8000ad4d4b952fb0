import Foundation
import Testing

@Suite("dyad code and dyad eval, run as a user would")
struct CodeCommandTests {
    @Test("codes a file into JSON Lines with the required fields")
    func jsonl() throws {
        let result = try DyadProcess.run(
            ["code", "-", "--date", "2018-03-14"], input: "Britain expelled 23 Russian diplomats on Wednesday.\n")
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first)
        let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(event?["source"] as? String == "GBR")
        #expect(event?["target"] as? String == "RUSGOV")
        #expect(event?["code"] as? String == "161")
        #expect(event?["date"] as? String == "2018-03-14")
        #expect(event?["factuality"] as? String == "asserted")
        #expect(event?["doc"] as? String == "-")
        #expect(event?["sentence"] as? String == "Britain expelled 23 Russian diplomats on Wednesday.")
    }

    @Test("a bad file is named on standard error, the others are coded, and the exit status says so")
    func badInput() throws {
        let dir = try DyadProcess.directory()
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("a-binary.txt"))
        try "date: 2018-03-14\n\nBritain expelled 23 Russian diplomats.\n".write(
            to: dir.appendingPathComponent("b-good.txt"), atomically: true, encoding: .utf8)
        let result = try DyadProcess.run(["code", dir.path, "--format", "tsv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("a-binary.txt: is a binary file, not text"))
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("id\tdoc\t") == true)
        #expect(rows.count == 2)
    }

    @Test("a broken lexicon stops with its file and line")
    func brokenLexicon() throws {
        let dir = try DyadProcess.directory()
        try "042 verb: visit\n9999 verb: nonsense\n".write(
            to: dir.appendingPathComponent("events-mine.txt"), atomically: true, encoding: .utf8)
        let result = try DyadProcess.run(["code", "-", "--lexicon", dir.path], input: "Text.")
        #expect(result.status != 0)
        #expect(result.stderr.contains("events-mine.txt:2: unknown CAMEO code '9999'"))
    }

    @Test("--explain says which pattern and entries made each event")
    func explain() throws {
        let result = try DyadProcess.run(
            ["code", "-", "--explain", "--date", "2017-04-12"], input: "Tillerson met Lavrov in Moscow.\n\nThe weather was fine.\n")
        #expect(result.stdout.contains("USAGOV 040 RUSGOV [asserted]"))
        #expect(result.stdout.contains("Rex Tillerson as Secretary of State"))
        #expect(result.stdout.contains("note: no actor found"))
    }

    @Test("eval scores a gold file and refuses unknown codes")
    func eval() throws {
        let dir = try DyadProcess.directory()
        let gold = dir.appendingPathComponent("gold.jsonl")
        try
            #"{"doc":"d","date":"2018-03-14","text":"Britain expelled 23 Russian diplomats.","events":[{"source":"GBR","target":"RUSGOV","code":"161","factuality":"asserted"}]}"#
            .write(to: gold, atomically: true, encoding: .utf8)
        let result = try DyadProcess.run(["eval", gold.path, "--examples", "0"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("overall    100.0 100.0 100.0  1/0/0"))
        let held = dir.appendingPathComponent("held.jsonl")
        try #"{"doc":"h","date":"2018-03-14","text":"Russia expelled 23 British diplomats.","events":[],"split":"test"}"#
            .write(to: held, atomically: true, encoding: .utf8)
        let splits = try DyadProcess.run(["eval", gold.path, held.path, "--examples", "0"])
        #expect(splits.stdout.contains("dev split (1 file)") && splits.stdout.contains("test split (1 file)"))
        // An armed group counts as its home country: the coder's HAMAS matches a gold PSEREB.
        try
            #"{"doc":"g","date":"2021-05-11","text":"Hamas fired rockets at Israel.","events":[{"source":"PSEREB","target":"ISR","code":"194","factuality":"asserted"}]}"#
            .write(to: gold, atomically: true, encoding: .utf8)
        #expect(try DyadProcess.run(["eval", gold.path, "--examples", "0"]).stdout.contains("overall    100.0 100.0 100.0  1/0/0"))
        try #"{"doc":"d","text":"x","events":[{"source":"GBR","target":"RUS","code":"999","factuality":"asserted"}]}"#
            .write(to: gold, atomically: true, encoding: .utf8)
        let bad = try DyadProcess.run(["eval", gold.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("gold.jsonl:1: unknown CAMEO code '999'"))
    }
}
