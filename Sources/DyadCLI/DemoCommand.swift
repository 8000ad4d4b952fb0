import ArgumentParser
import DyadAnalysis
import DyadCoder
import DyadServer
import DyadStore
import DyadText
import Foundation

/// `dyad demo`: the whole pipeline on the bundled US-Russia corpus.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled US-Russia corpus (2013-2022) and show the relationship's phases.",
        discussion: """
            Codes the 88 bundled articles into a store (./dyad-demo.sqlite unless --store is given;
            running it again stores nothing twice and re-codes what is stored with the current
            lexicon), prints the USA-RUS report by quarter and writes the HTML report with its
            charts (./dyad-demo.html). Then explore with, for example:
              dyad events --store dyad-demo.sqlite --dyad USA,RUS --root 16 --format table
              dyad relation USA RUS --store dyad-demo.sqlite --period month --format json
            """
    )

    @Option(help: "The store to ingest into.")
    var store: String = "dyad-demo.sqlite"

    @Option(help: "Where to write the HTML report.")
    var html: String = "dyad-demo.html"

    @Option(help: "Changepoint penalty multiplier (the corpus is small: lower finds more phases).")
    var penalty: Double = 0.25

    @OptionGroup var lexicon: LexiconOptions

    /// The bundled corpus.
    static var corpus: URL? {
        Bundle.module.url(forResource: "Demo", withExtension: nil)?.appendingPathComponent("us-russia")
    }

    func run() throws {
        guard let corpus = DemoCommand.corpus else { throw CLIError("the bundled demo corpus is missing from this installation") }
        let coder = try lexicon.makeCoder()
        let location = StoreLocation.resolve(store, environment: [:])
        let opened: any Store
        do { opened = try location.open(creating: true) } catch let error as StoreError { throw CLIError(error.description) }
        let ingester = Ingester(store: opened, coder: coder, jobs: processorCount)
        ingester.onOutcome = { if case .failed(let error) = $0 { Console.error(error.description) } }
        try ingester.ingest(paths: [corpus.path], reader: DocumentReader())
        let t = ingester.totals
        var output = Output()
        output.line(
            "Ingested the demo corpus into \(location): \(t.documents) new documents (\(t.duplicates) already stored), "
                + "\(t.events) events, \(t.mentions) mentions.")
        if t.duplicates > 0 {
            // Documents stored by an earlier run are re-coded, so the report follows the current lexicon.
            let recoded = try Recoder(store: opened, coder: coder, jobs: processorCount).run(dryRun: false)
            output.line(
                "Re-coded the stored documents with the current lexicon: \(recoded.added) events added, \(recoded.removed) removed, \(recoded.changed) changed."
            )
        }
        var options = RelationOptions()
        options.period = .quarter
        options.penaltyScale = penalty
        options.minimumPhaseLength = 2
        let events = try StoredEvents.load(from: opened, actors: ["USA", "RUS"], from: nil, to: nil, allFactualities: false)
        var report: RelationReport
        do {
            report = try RelationAnalyzer(weightedEvents: events, a: "USA", b: "RUS", options: options).report()
        } catch let error as RelationError {
            throw CLIError(error.description)
        }
        try StoredEvents.fillCitations(&report, from: opened)
        output.line("")
        output.line(TerminalRenderer().render(report))
        output.flush()
        try report.write(format: .html, to: html)
        output.line("")
        output.line("HTML report with charts: \(html)")
        output.line("Evidence for any event id above: dyad events --store \(store) --id ID")
        output.flush()
    }
}
