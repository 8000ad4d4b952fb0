import DyadCoder
import DyadStore
import DyadText
import Foundation
import Testing

@Suite("Ingest")
struct IngestTests {
    @Test("ingested documents can be queried back", arguments: Backend.available)
    func ingestThenQuery(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        let ingester = try Fixtures.ingest(Fixtures.documents, into: store)
        #expect(ingester.totals.documents == 4)
        #expect(ingester.totals.events == 8)
        #expect(ingester.totals.mentions == 9)

        let stats = try store.stats()
        #expect(stats.documents == 4)
        #expect(stats.events == 8)
        #expect(stats.mentions == 9)
        #expect(stats.firstDate == Day(iso: "2014-03-17"))
        #expect(stats.lastDate == Day(iso: "2015-06-01"))

        let asserted = try store.events(matching: EventFilter())
        #expect(
            asserted.map { "\($0.event.source) \($0.event.code) \($0.event.target)" }.sorted() == [
                "CHN 042 RUS", "GBR 1663 RUSGOV", "RUS 042 USA", "RUS 163 USA", "RUS 1663 GBRGOV", "USA 163 RUS",
            ])
        #expect(asserted.map(\.event.date) == asserted.map(\.event.date).sorted { ($0?.ordinal ?? 0) < ($1?.ordinal ?? 0) })
        let sanctions = try #require(asserted.first { $0.event.code == "163" && $0.event.source == "USA" })
        #expect(sanctions.event.doc == "a")
        #expect(sanctions.event.sentence == "The United States imposed sanctions on Russia over Ukraine.")
        #expect(sanctions.event.contexts == ["ukraine"])
        #expect(sanctions.event.id == String(sanctions.id))
        #expect(sanctions.event.docDate == Day(iso: "2014-03-17"))

        let document = try #require(try store.document(id: sanctions.documentID))
        #expect(document.document.id == "a")
        #expect(document.sourcePath == "a.txt")
        #expect(document.document.text == Fixtures.documents[0].text)
        #expect(document.contentHash == ContentHash.of(Fixtures.documents[0].text))
        #expect(try store.codedEvents(ofDocument: document.id).map(\.code) == ["163", "1663"])
    }

    @Test("the same event in two documents is one event with two mentions", arguments: Backend.available)
    func oneEventTwoMentions(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        try Fixtures.ingest(Fixtures.documents, into: store)
        var filter = EventFilter()
        filter.source = "GBR"
        let events = try store.events(matching: filter)
        let expulsion = try #require(events.first)
        #expect(events.count == 1)
        #expect(expulsion.mentionCount == 2)

        var evidence = EventFilter()
        evidence.ids = [expulsion.id]
        evidence.rows = .mentions
        let mentions = try store.events(matching: evidence)
        #expect(mentions.map(\.event.doc) == ["a", "b"])
        #expect(mentions.allSatisfy { $0.id == expulsion.id && $0.event.sentence == "Britain expelled Russian diplomats." })
        #expect(Set(mentions.map(\.mentionID)).count == 2)
    }

    @Test("reports of another date, factuality, code or actor are other events", arguments: Backend.available)
    func identity(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        let day = Day(iso: "2014-03-17")
        try Fixtures.ingest(
            [
                Document(id: "base", date: day, text: "Britain expelled Russian diplomats."),
                Document(id: "same", date: day, text: "Britain expelled Russian diplomats, officials said."),
                Document(id: "negated", date: day, text: "Britain did not expel Russian diplomats."),
                Document(id: "next day", date: day?.adding(days: 1), text: "Britain expelled Russian diplomats, the ministry said."),
                Document(id: "other target", date: day, text: "Britain expelled American diplomats."),
                Document(id: "undated 1", text: "Britain expelled Russian diplomats today."),
                Document(id: "undated 2", text: "Britain expelled Russian diplomats again."),
            ], into: store)
        var filter = EventFilter()
        filter.factualities = []
        let events = try store.events(matching: filter).map {
            "\($0.event.date?.description ?? "undated") \($0.event.target) \($0.event.factuality) \($0.mentionCount)"
        }
        #expect(
            events.sorted() == [
                "2014-03-17 RUSGOV asserted 2", "2014-03-17 RUSGOV negated 1", "2014-03-17 USAGOV asserted 1",
                "2014-03-18 RUSGOV asserted 1", "undated RUSGOV asserted 2",
            ])
    }

    @Test(
        "an event sums up its mentions, within a batch and across batches",
        arguments: Backend.available, [1, 256])
    func summary(_ backend: Backend, batchSize: Int) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        let day = Day(iso: "2014-03-17")
        try Fixtures.ingest(
            [
                Document(id: "plain", date: day, text: "Britain expelled Russian diplomats."),
                Document(id: "dated", date: day, text: "On March 17, 2014, Britain expelled Russian diplomats over Ukraine."),
                Document(id: "again", date: day, text: "Britain expelled Russian diplomats, the ministry said."),
            ], into: store, batchSize: batchSize)
        let event = try #require(try store.events(matching: EventFilter()).first)
        #expect(event.mentionCount == 3)
        #expect(event.event.contexts == ["ukraine"])
        #expect(event.event.datePrecision == "day")
        #expect(event.event.doc == "plain")
        var evidence = EventFilter()
        evidence.ids = [event.id]
        evidence.rows = .mentions
        let mentions = try store.events(matching: evidence)
        #expect(mentions.map(\.event.contexts) == [[], ["ukraine"], []])
        #expect(mentions.map(\.event.datePrecision) == ["document", "day", "document"])
        #expect(mentions.allSatisfy { $0.mentionCount == 3 })
    }

    @Test("ingesting the same documents again changes nothing", arguments: Backend.available)
    func reingest(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        try Fixtures.ingest(Fixtures.documents, into: store)
        let stats = try store.stats()
        let before = try Fixtures.everything(store)

        var skipped: [String] = []
        let again = Ingester(store: try backend.store(in: dir), coder: try Fixtures.coder())
        again.onOutcome = { if case .duplicate(let name, _, let existing) = $0 { skipped.append("\(name)=\(existing.name)") } }
        for document in Fixtures.documents { try again.add(document, sourcePath: "again/\(document.id).txt") }
        try again.finish()

        #expect(again.totals.documents == 0)
        #expect(again.totals.duplicates == 4)
        #expect(again.totals.events == 0 && again.totals.mentions == 0)
        #expect(skipped == ["a=a", "b=b", "c=c", "d=d"])
        #expect(try store.stats() == stats)
        #expect(try Fixtures.everything(store) == before)
    }

    @Test("the same story under two names, with other spacing, quotes and case, is stored once", arguments: Backend.available)
    func sameStoryTwoNames(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        let original = Document(
            id: "wire/reuters.txt", date: Day(iso: "2014-03-17"), text: "Britain expelled Russian diplomats, calling it a \"response\".")
        let copy = Document(
            id: "mirror/copy.txt", title: "Another title", date: Day(iso: "2014-03-18"),
            text: "  BRITAIN expelled\n\nRussian   diplomats, calling it a \u{201C}response\u{201D}.\n")
        let other = Document(
            id: "other.txt", date: Day(iso: "2014-03-18"), text: "Britain expelled Russian diplomats, calling it a response.")

        // In one batch: the copy repeats a document of the same batch.
        var outcomes: [IngestOutcome] = []
        let ingester = Ingester(store: store, coder: try Fixtures.coder())
        ingester.onOutcome = { outcomes.append($0) }
        for document in [original, copy, other] { try ingester.add(document, sourcePath: document.id) }
        try ingester.finish()
        #expect(ingester.totals.documents == 2)
        #expect(ingester.totals.duplicates == 1)
        guard case .duplicate("mirror/copy.txt", _, let existing) = outcomes[1] else {
            Issue.record("expected the copy to be skipped, got \(outcomes[1])")
            return
        }
        #expect(existing.name == "wire/reuters.txt")

        // In a later run.
        let later = try Fixtures.ingest([copy], into: store)
        #expect(later.totals.duplicates == 1 && later.totals.documents == 0)
        #expect(try store.stats().documents == 2)
        #expect(try store.stats().mentions == 2)
    }

    @Test("bad inputs are reported with file and line, and the good ones stored", arguments: Backend.available)
    func badInputs(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        let inputs = dir.path("inputs")
        try dir.write("inputs/good.txt", "date: 2014-03-20\n\nChina visited Russia.\n")
        try dir.write("inputs/latin1.txt", Data("Britain expelled Russian diplomats.\nCaf".utf8) + Data([0xE9, 0x0A]))
        try dir.write(
            "inputs/feed.jsonl",
            #"{"id":"j1","date":"2014-03-17","text":"Britain expelled Russian diplomats."}"# + "\n"
                + #"{"id":"j2","date":"2014-03-17","text":"Russia expelled"# + "\n"
                + #"{"id":"j3","date":"2015-06-01","text":"Russia visited the United States."}"# + "\n")

        var failures: [String] = []
        let ingester = Ingester(store: store, coder: try Fixtures.coder())
        ingester.onOutcome = { if case .failed(let error) = $0 { failures.append(error.description) } }
        try ingester.ingest(paths: [inputs, dir.path("missing.txt")], reader: DocumentReader())

        #expect(failures.count == 3)
        #expect(failures.contains { $0.hasPrefix("\(inputs)/feed.jsonl:2: malformed JSON") })
        #expect(failures.contains { $0.hasPrefix("\(inputs)/latin1.txt:2: is not valid UTF-8") })
        #expect(failures.contains { $0.hasPrefix("\(dir.path("missing.txt")): no such file") })
        #expect(ingester.totals.failed == 3)
        #expect(ingester.totals.documents == 3)
        #expect(try store.documents().map(\.document.id) == ["j1", "j3", "\(inputs)/good.txt"])
        #expect(Set(try store.documents().map(\.sourcePath)) == ["\(inputs)/feed.jsonl", "\(inputs)/good.txt"])
        #expect(try store.stats().events == 3)
    }

    @Test("an interrupted ingest run again completes the store without duplicates", arguments: Backend.available)
    func resume(_ backend: Backend) throws {
        let dir = try TestDirectory()
        // Interrupted: only the first half made it into the store.
        let resumed = try backend.store(in: dir)
        try Fixtures.ingest(Array(Fixtures.documents.prefix(2)), into: resumed)
        let rerun = try Fixtures.ingest(Fixtures.documents, into: try backend.store(in: dir), batchSize: 1)
        #expect(rerun.totals.duplicates == 2)
        #expect(rerun.totals.documents == 2)

        let fresh = try TestDirectory()
        let complete = try backend.store(in: fresh)
        try Fixtures.ingest(Fixtures.documents, into: complete)
        #expect(try resumed.stats() == complete.stats())
        func summary(_ store: any Store) throws -> [String] {
            try Fixtures.everything(store).map {
                "\($0.event.date!) \($0.event.source) \($0.event.code) \($0.event.target) \($0.event.factuality) \($0.mentionCount) \($0.event.doc)"
            }
        }
        #expect(try summary(resumed) == summary(complete))
    }
}
