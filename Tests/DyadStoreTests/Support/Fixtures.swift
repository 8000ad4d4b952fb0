import DyadCoder
import DyadLexicon
import DyadStore
import DyadText

/// A small lexicon and four short articles whose events are known, so the tests do not
/// move when the bundled lexicon grows.
enum Fixtures {
    static let countries = """
        USA  United States | America
          adjective: American
          capital: Washington
        RUS  Russia
          adjective: Russian
          capital: Moscow
        GBR  Britain | United Kingdom
          adjective: British
          capital: London
        UKR  Ukraine
          adjective: Ukrainian
          capital: Kyiv
        CHN  China
          adjective: Chinese
          capital: Beijing
        """
    static let agents = "GOV diplomat: diplomat | diplomats\n"
    static let events = """
        042 verb: visit
        1663 verb: expel
        163 verb: impose ... sanctions on
        """
    static let issues = "ukraine: Ukraine | Kyiv\n"

    /// A coder over the small lexicon, with `events` and `issues` replaced when given.
    static func coder(events: String = events, issues: String = issues) throws -> EventCoder {
        let lexicon = try LexiconLoader().load(texts: [
            ("countries.txt", countries), ("agents.txt", agents), ("events.txt", events), ("issues.txt", issues),
        ])
        return EventCoder(lexicon: lexicon)
    }

    /// The articles, with the events the small lexicon codes from them:
    /// - a: USA 163 RUS (ukraine), GBR 1663 RUSGOV
    /// - b: GBR 1663 RUSGOV (the same event as in a), RUS 1663 GBRGOV negated, RUS 1663 USAGOV hypothetical
    /// - c: RUS 1663 GBRGOV, CHN 042 RUS (and "met with", no pattern in the base lexicon)
    /// - d: RUS 042 USA, RUS 163 USA
    /// 8 events, 9 mentions; 6 asserted events with 7 mentions.
    static let documents = [
        Document(
            id: "a", date: Day(iso: "2014-03-17"),
            text: "The United States imposed sanctions on Russia over Ukraine. Britain expelled Russian diplomats."),
        Document(
            id: "b", date: Day(iso: "2014-03-17"),
            text: "Britain expelled Russian diplomats. Russia did not expel British diplomats. Russia could expel American diplomats."),
        Document(
            id: "c", date: Day(iso: "2014-03-20"),
            text: "Russia expelled British diplomats. China visited Russia. Russia met with China."),
        Document(id: "d", date: Day(iso: "2015-06-01"), text: "Russia visited the United States. Moscow imposed sanctions on Washington."),
    ]

    /// `documents` as one JSON Lines text.
    static var jsonLines: String {
        documents.map { d in
            #"{"id":"\#(d.id)","date":"\#(d.date!)","text":"\#(d.text)"}"#
        }.joined(separator: "\n") + "\n"
    }

    /// Ingests `documents` (from `sourcePath`) into `store`, returning the ingester.
    @discardableResult
    static func ingest(_ documents: [Document], into store: any Store, coder: EventCoder? = nil, batchSize: Int = 256) throws -> Ingester {
        let ingester = Ingester(store: store, coder: try coder ?? Fixtures.coder(), jobs: 2, batchSize: batchSize)
        for document in documents { try ingester.add(document, sourcePath: "\(document.id).txt") }
        try ingester.finish()
        return ingester
    }

    /// Every event with every mention, any factuality: the whole content of a store.
    static func everything(_ store: any Store) throws -> [StoredEvent] {
        var filter = EventFilter()
        filter.factualities = []
        filter.rows = .mentions
        return try store.events(matching: filter)
    }
}
