import DyadCoder
import DyadStore
import DyadText
import Testing

@Suite("Re-coding")
struct RecodeTests {
    /// The fixture lexicon changed: "visit" (042) dropped, "meet with" (040) added, and a
    /// "sanctions" issue added.
    static func changedCoder() throws -> EventCoder {
        try Fixtures.coder(
            events: "040 verb: meet with\n1663 verb: expel\n163 verb: impose ... sanctions on\n",
            issues: Fixtures.issues + "sanctions: sanctions\n")
    }

    @Test("recode after a lexicon change reports and applies the difference", arguments: Backend.available)
    func lexiconChange(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        try Fixtures.ingest(Fixtures.documents, into: store)
        var expulsions = EventFilter()
        expulsions.codes = ["1663"]
        let expulsionIDs = try store.events(matching: expulsions).map(\.id)
        let before = try Fixtures.everything(store)

        // A dry run reports without writing.
        let recoder = Recoder(store: store, coder: try RecodeTests.changedCoder(), jobs: 2, batchSize: 3)
        let dry = try recoder.run(dryRun: true)
        #expect(try Fixtures.everything(store) == before)

        var lines: [String] = []
        let totals = try recoder.run(dryRun: false) { changes in
            for e in changes.added { lines.append("+ \(e.doc) \(e.source) \(e.code) \(e.target)") }
            for e in changes.removed { lines.append("- \(e.doc) \(e.source) \(e.code) \(e.target)") }
            for c in changes.changed { lines.append("~ \(c.new.doc) \(c.new.code) \(c.differences.joined(separator: ", "))") }
        }
        #expect(totals.documents == 4)
        #expect(totals.changedDocuments == 3)
        // A meeting is coded both ways.
        #expect(totals.added == 2 && totals.removed == 2 && totals.changed == 2)
        #expect(totals.eventsBefore == 8 && totals.eventsAfter == 8)
        #expect(dry.added == totals.added && dry.removed == totals.removed && dry.changed == totals.changed)
        #expect(
            lines.sorted() == [
                "+ c CHN 040 RUS", "+ c RUS 040 CHN", "- c CHN 042 RUS", "- d RUS 042 USA",
                "~ a 163 contexts ukraine -> sanctions;ukraine", "~ d 163 contexts - -> sanctions",
            ])

        // The store holds the new coding; events that did not change kept their ids.
        #expect(try store.stats().events == 8)
        #expect(try store.events(matching: expulsions).map(\.id) == expulsionIDs)
        var sanctions = EventFilter()
        sanctions.issue = "sanctions"
        #expect(try store.events(matching: sanctions).count == 2)
        var visits = EventFilter()
        visits.codes = ["042"]
        #expect(try store.events(matching: visits).isEmpty)
        #expect(try store.codedEvents(ofDocument: 3).map(\.code) == ["1663", "040", "040"])

        // Re-coding with the same lexicon changes nothing.
        let again = try recoder.run(dryRun: false)
        #expect(again.changedDocuments == 0 && again.eventsAfter == 8)
    }

    @Test("an event's mention count and summary follow its mentions through a recode", arguments: Backend.available)
    func summaries(_ backend: Backend) throws {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        try Fixtures.ingest(Fixtures.documents, into: store)
        // Without "expel", the event reported by a and b loses both mentions and goes.
        let noExpel = try Fixtures.coder(events: "042 verb: visit\n163 verb: impose ... sanctions on\n")
        let totals = try Recoder(store: store, coder: noExpel).run(dryRun: false)
        #expect(totals.removed == 5)
        #expect(try store.stats().events == 4)
        #expect(try store.stats().mentions == 4)
        // Back to the full lexicon: the expulsions return, as one event with two mentions.
        _ = try Recoder(store: store, coder: try Fixtures.coder()).run(dryRun: false)
        var filter = EventFilter()
        filter.source = "GBR"
        #expect(try store.events(matching: filter).map(\.mentionCount) == [2])
        #expect(try store.stats().mentions == 9)
    }
}
