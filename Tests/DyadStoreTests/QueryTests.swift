import DyadCoder
import DyadStore
import DyadText
import Testing

@Suite("Queries")
struct QueryTests {
    /// A store holding the fixture documents.
    func fixture(_ backend: Backend) throws -> (TestDirectory, any Store) {
        let dir = try TestDirectory()
        let store = try backend.store(in: dir)
        try Fixtures.ingest(Fixtures.documents, into: store)
        return (dir, store)
    }

    /// `source code target` of each event `filter` finds, in the order found.
    func found(_ store: any Store, _ filter: EventFilter) throws -> [String] {
        try store.events(matching: filter).map { "\($0.event.source) \($0.event.code) \($0.event.target)" }
    }

    @Test("a dyad matches both directions, by prefix", arguments: Backend.available)
    func dyad(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        #expect(try found(store, EventFilter().with(\.dyad, ActorPair("USA", "RUS"))) == ["USA 163 RUS", "RUS 042 USA", "RUS 163 USA"])
        #expect(try found(store, EventFilter().with(\.dyad, ActorPair("RUS", "USA"))) == ["USA 163 RUS", "RUS 042 USA", "RUS 163 USA"])
        #expect(try found(store, EventFilter().with(\.dyad, ActorPair("RUSGOV", "GBR"))) == ["GBR 1663 RUSGOV"])
        #expect(try found(store, EventFilter().with(\.dyad, ActorPair("GBR", "RUS"))) == ["GBR 1663 RUSGOV", "RUS 1663 GBRGOV"])
        #expect(try found(store, EventFilter().with(\.dyad, ActorPair("CHN", "USA"))) == [])
    }

    @Test("date ranges include both ends and leave undated events out", arguments: Backend.available)
    func dates(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        let march20 = Day(iso: "2014-03-20")
        #expect(try found(store, EventFilter().with(\.from, march20)) == ["RUS 1663 GBRGOV", "CHN 042 RUS", "RUS 042 USA", "RUS 163 USA"])
        #expect(try found(store, EventFilter().with(\.to, march20)).count == 4)
        #expect(try found(store, EventFilter().with(\.from, march20).with(\.to, march20)) == ["RUS 1663 GBRGOV", "CHN 042 RUS"])
        #expect(
            try found(store, EventFilter().with(\.dyad, ActorPair("USA", "RUS")).with(\.from, Day(iso: "2015-01-01"))) == [
                "RUS 042 USA", "RUS 163 USA",
            ])

        let undated = Document(id: "undated", text: "China visited Britain.")
        try Fixtures.ingest([undated], into: store)
        #expect(try found(store, EventFilter().with(\.actor, "CHN")) == ["CHN 042 GBR", "CHN 042 RUS"])
        #expect(try found(store, EventFilter().with(\.actor, "CHN").with(\.to, Day(iso: "2030-01-01"))) == ["CHN 042 RUS"])
        // An actor in a date range, as source or as target, in date order.
        #expect(
            try found(store, EventFilter().with(\.actor, "RUS").with(\.from, march20)) == [
                "RUS 1663 GBRGOV", "CHN 042 RUS", "RUS 042 USA", "RUS 163 USA",
            ])
    }

    @Test("codes, roots and QuadClasses", arguments: Backend.available)
    func codes(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        #expect(
            try found(store, EventFilter().with(\.roots, ["16"])).sorted() == [
                "GBR 1663 RUSGOV", "RUS 163 USA", "RUS 1663 GBRGOV", "USA 163 RUS",
            ])
        #expect(try found(store, EventFilter().with(\.roots, ["04"])) == ["CHN 042 RUS", "RUS 042 USA"])
        #expect(try found(store, EventFilter().with(\.roots, ["01", "02"])) == [])
        #expect(try found(store, EventFilter().with(\.codes, ["1663"])) == ["GBR 1663 RUSGOV", "RUS 1663 GBRGOV"])
        #expect(try found(store, EventFilter().with(\.codes, ["04", "1663"])).count == 4)
        #expect(try found(store, EventFilter().with(\.quadClasses, [1])) == ["CHN 042 RUS", "RUS 042 USA"])
        #expect(try found(store, EventFilter().with(\.quadClasses, [4])).count == 4)
    }

    @Test("factuality defaults to asserted", arguments: Backend.available)
    func factuality(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        #expect(try found(store, EventFilter().with(\.factualities, [.negated])) == ["RUS 1663 GBRGOV"])
        #expect(
            try found(store, EventFilter().with(\.factualities, [.hypothetical, .negated])).sorted() == [
                "RUS 1663 GBRGOV", "RUS 1663 USAGOV",
            ])
        #expect(try found(store, EventFilter().with(\.factualities, [])).count == 8)
        #expect(try found(store, EventFilter()).count == 6)
        #expect(try found(store, EventFilter().with(\.dyad, ActorPair("USA", "RUS")).with(\.factualities, [])).count == 4)
    }

    @Test("actors, sources, targets, issues and text", arguments: Backend.available)
    func actors(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        #expect(try found(store, EventFilter().with(\.actor, "GBR")) == ["GBR 1663 RUSGOV", "RUS 1663 GBRGOV"])
        #expect(try found(store, EventFilter().with(\.source, "RUS").with(\.target, "GBR")) == ["RUS 1663 GBRGOV"])
        #expect(try found(store, EventFilter().with(\.target, "RUSGOV")) == ["GBR 1663 RUSGOV"])
        #expect(try found(store, EventFilter().with(\.issue, "ukraine")) == ["USA 163 RUS"])
        #expect(try found(store, EventFilter().with(\.issue, "ukrain")) == [])
        #expect(try found(store, EventFilter().with(\.text, "DIPLOMATS")) == ["GBR 1663 RUSGOV", "RUS 1663 GBRGOV"])
        #expect(try found(store, EventFilter().with(\.text, "100% sure'; DROP TABLE events; --")) == [])
        #expect(try store.stats().events == 8)
    }

    @Test("rows per mention, limits and early stops", arguments: Backend.available)
    func rows(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        #expect(try found(store, EventFilter().with(\.rows, .mentions)).count == 7)
        #expect(try found(store, EventFilter().with(\.rows, .mentions).with(\.text, "Britain expelled")).count == 2)
        #expect(try found(store, EventFilter().with(\.limit, 2)) == ["USA 163 RUS", "GBR 1663 RUSGOV"])

        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try store.forEachEvent(matching: EventFilter()) { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }

    @Test("the most active dyads, at country level", arguments: Backend.available)
    func dyads(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        let dyads = try store.dyads(limit: 2) { $0.count == 6 ? String($0.prefix(3)) : $0 }
        #expect(dyads.map(\.pair) == [ActorPair("RUS", "USA"), ActorPair("GBR", "RUS")])
        #expect(dyads[0].events == 3 && dyads[0].firstToSecond == 2 && dyads[0].secondToFirst == 1)
        #expect(dyads[1].events == 2 && dyads[1].firstToSecond == 1 && dyads[1].secondToFirst == 1)
    }

    @Test("filter values parse from text, and bad ones are refused")
    func parsing() throws {
        #expect(try EventFilter.actorPair("usa, rus") == ActorPair("USA", "RUS"))
        #expect(throws: FilterError.self) { try EventFilter.actorPair("USA") }
        #expect(throws: FilterError.self) { try EventFilter.actorPrefix("US%") }
        #expect(try EventFilter.roots("1,17") == ["01", "17"])
        #expect(throws: FilterError.self) { try EventFilter.roots("21") }
        #expect(try EventFilter.codePrefixes("04,1663") == ["04", "1663"])
        #expect(throws: FilterError.self) { try EventFilter.codePrefixes("04a") }
        #expect(try EventFilter.quadClasses("3, 4") == [3, 4])
        #expect(try EventFilter.factualities("any") == [])
        #expect(try EventFilter.factualities("Asserted,future") == [.asserted, .future])
        #expect(throws: FilterError.self) { try EventFilter.factualities("maybe") }
    }

    @Test("a limited query returns the first events of the same query without a limit", arguments: Backend.available)
    func limitedQueriesStartTheFullOrder(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        try Fixtures.ingest([Document(id: "undated", text: "China visited Britain. Russia criticised Britain.")], into: store)
        let filters = [
            EventFilter().with(\.actor, "RUS"), EventFilter().with(\.actor, "GBR").with(\.factualities, []),
            EventFilter().with(\.source, "RUS"), EventFilter().with(\.target, "USA"),
            EventFilter().with(\.dyad, ActorPair("USA", "RUS")), EventFilter().with(\.actor, "RUS").with(\.from, Day(iso: "2014-03-20")),
            EventFilter().with(\.actor, "RUS").with(\.codes, ["16"]),
        ]
        for filter in filters {
            let all = try store.events(matching: filter).map(\.id)
            #expect(all.count >= 2, "\(filter)")
            for limit in 1...all.count + 1 {
                #expect(
                    try store.events(matching: filter.with(\.limit, limit)).map(\.id) == Array(all.prefix(limit)),
                    "\(filter) limit \(limit)")
            }
        }
    }

    @Test("events read without sentences are the same events, with placeholders for the sentence", arguments: Backend.available)
    func withoutSentences(_ backend: Backend) throws {
        let (_, store) = try fixture(backend)
        try Fixtures.ingest([Document(id: "undated", text: "China visited Britain.")], into: store)
        var filter = EventFilter()
        filter.factualities = []
        let full = try store.events(matching: filter)
        filter.sentences = false
        let outlines = try store.events(matching: filter)
        #expect(outlines.map(\.id) == full.map(\.id))
        #expect(outlines.map(\.event.code) == full.map(\.event.code))
        #expect(outlines.map(\.mentionCount) == full.map(\.mentionCount))
        for (outline, event) in zip(outlines, full) {
            #expect(outline.event.sentence == "#\(event.event.sentenceIndex)")
            #expect(outline.event.doc == String(event.documentID) && outline.documentID == event.documentID)
            #expect(outline.event.sentenceIndex == event.event.sentenceIndex)
            // The document's date comes with undated events only.
            #expect(outline.event.docDate == (event.event.date == nil ? event.event.docDate : nil))
        }
        // Unordered, each event still comes once, shown with its first mention.
        #expect(full.contains { $0.mentionCount > 1 })
        filter.ordered = false
        let unordered = try store.events(matching: filter).sorted { $0.id < $1.id }
        #expect(unordered == outlines.sorted { $0.id < $1.id })
    }
}

extension EventFilter {
    /// This filter with `value` at `field`: `EventFilter().with(\.source, "RUS")`.
    func with<Value>(_ field: WritableKeyPath<EventFilter, Value>, _ value: Value) -> EventFilter {
        var copy = self
        copy[keyPath: field] = value
        return copy
    }

}
