import ArgumentParser
import DyadAnalysis
import DyadCoder
import DyadStore
import DyadText
import Foundation

/// `dyad events`: query the stored events.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events that match filters, streaming.",
        discussion: """
            Actor filters take prefixes of actor codes: USA matches USA, USAGOV and
            USAMIL. Each event is printed once, with its first mention's sentence and
            document; '--count mentions' prints a row per mention instead. The 'id'
            column is the event's id in the store: '--id ID' shows that event with every
            sentence that reports it.

            Examples:
              dyad events --dyad USA,RUS --from 2014-01-01 --to 2014-12-31 --format table
              dyad events --actor NATO --root 17,18 --format csv > nato-coercion.csv
              dyad events --issue ukraine --text sanctions --factuality any
              dyad events --id 42 --format table
              dyad events --stats
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Source or target starts with this actor code.")
    var actor: String?

    @Option(help: ArgumentHelp("Events between two actors, either direction.", valueName: "A,B"))
    var dyad: String?

    @Option(help: "Source starts with this actor code.")
    var source: String?

    @Option(help: "Target starts with this actor code.")
    var target: String?

    @Option(help: ArgumentHelp("CAMEO code prefixes, comma-separated (04 = every consultation).", valueName: "codes"))
    var code: String?

    @Option(help: ArgumentHelp("CAMEO roots, comma-separated (01 to 20).", valueName: "roots"))
    var root: String?

    @Option(help: ArgumentHelp("QuadClasses, comma-separated (1 to 4).", valueName: "classes"))
    var quadClass: String?

    @Option(help: "Factualities, comma-separated (asserted, negated, hypothetical, requested, future), or 'any'.")
    var factuality: String = "asserted"

    @Option(help: "Events on or after this day (YYYY-MM-DD).")
    var from: Day?

    @Option(help: "Events on or before this day (YYYY-MM-DD).")
    var to: Day?

    @Option(help: "Events tagged with this issue (ukraine, arms-control, ...).")
    var issue: String?

    @Option(help: "A sentence reporting the event contains this text (ASCII case ignored).")
    var text: String?

    @Option(name: .customLong("id"), help: ArgumentHelp("Show this event with all its mentions (repeatable).", valueName: "event-id"))
    var ids: [Int64] = []

    @Option(help: "Print at most this many rows.")
    var limit: Int?

    @Option(help: "Output format: jsonl, tsv, csv or table.")
    var format: EventFormat = .jsonl

    @Option(help: ArgumentHelp("A row per event or per mention.", valueName: "events|mentions"))
    var count: String = "events"

    @Flag(help: "Print what the store holds and its most active dyads, instead of events.")
    var stats = false

    func validate() throws { _ = try makeFilter() }

    func run() throws {
        let store = try storeOptions.open(creating: false)
        do {
            if stats { return try printStats(store) }
            let filter = try makeFilter()
            if !ids.isEmpty, format == .table { return try printEvidence(store, filter: filter) }
            var writer = EventWriter(format: format)
            var output = Output()
            var seen = Set<Int64>()
            try store.forEachEvent(matching: filter) { stored in
                seen.insert(stored.id)
                for line in writer.lines([stored.event]) { output.line(line) }
            }
            if seen.isEmpty, format != .jsonl { for line in writer.lines([]) { output.line(line) } }
            output.flush()
            try checkFound(seen)
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }

    /// `--id` in a table: each event, then every sentence that reports it.
    func printEvidence(_ store: any Store, filter: EventFilter) throws {
        var output = Output()
        var seen = Set<Int64>()
        try store.forEachEvent(matching: filter) { stored in
            let e = stored.event
            if seen.insert(stored.id).inserted {
                if seen.count > 1 { output.line("") }
                output.line(
                    "event \(stored.id): \(e.date?.description ?? "undated")  \(e.source.isEmpty ? "-" : e.source) \(e.code)"
                        + " \(e.target.isEmpty ? "-" : e.target)  \(e.factuality.rawValue)  (\(stored.mentionCount) mention\(stored.mentionCount == 1 ? "" : "s"))"
                )
            }
            output.line("  \(e.doc) [sentence \(e.sentenceIndex)]\(e.docDate.map { " \($0)" } ?? ""): \(e.sentence)")
        }
        output.flush()
        try checkFound(seen)
    }

    func checkFound(_ seen: Set<Int64>) throws {
        let missing = ids.filter { !seen.contains($0) }
        guard missing.isEmpty else {
            throw CLIError("no event with id \(missing.map(String.init).joined(separator: ", ")) in \(storeOptions.location)")
        }
    }

    func printStats(_ store: any Store) throws {
        let s = try store.stats()
        var output = Output()
        output.line("store: \(store.location)")
        output.line("documents: \(s.documents.grouped)")
        output.line("events: \(s.events.grouped)")
        output.line("mentions: \(s.mentions.grouped)")
        output.line("dates: \(s.firstDate?.description ?? "-") to \(s.lastDate?.description ?? "-")")
        let dyads = try store.dyads(limit: limit ?? 10, grouping: ActorCode.principal)
        if !dyads.isEmpty { output.line("most active dyads (asserted events, A->B / B->A):") }
        for d in dyads {
            output.line(
                "  \(d.pair.description.padding(toLength: 14, withPad: " ", startingAt: 0)) \(d.events.grouped) events"
                    + " (\(d.firstToSecond.grouped) / \(d.secondToFirst.grouped))")
        }
        output.flush()
    }
}

extension EventsCommand {
    /// The filter the options describe; a bad value is a usage error.
    func makeFilter() throws -> EventFilter {
        var filter = EventFilter()
        do {
            filter.ids = ids
            filter.actor = try actor.map(EventFilter.actorPrefix)
            filter.dyad = try dyad.map(EventFilter.actorPair)
            filter.source = try source.map(EventFilter.actorPrefix)
            filter.target = try target.map(EventFilter.actorPrefix)
            filter.codes = try code.map(EventFilter.codePrefixes) ?? []
            filter.roots = try root.map(EventFilter.roots) ?? []
            filter.quadClasses = try quadClass.map(EventFilter.quadClasses) ?? []
            // An event asked for by id is shown whatever its factuality.
            filter.factualities = ids.isEmpty ? try EventFilter.factualities(factuality) : []
        } catch let error as FilterError {
            throw ValidationError(error.description)
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        guard let rows = EventFilter.Rows(rawValue: count) else { throw ValidationError("--count must be events or mentions") }
        filter.from = from
        filter.to = to
        filter.issue = issue?.lowercased()
        filter.text = text
        filter.limit = limit
        filter.rows = ids.isEmpty ? rows : .mentions
        return filter
    }
}
