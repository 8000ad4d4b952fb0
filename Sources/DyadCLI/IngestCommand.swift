import ArgumentParser
import DyadCoder
import DyadStore
import DyadText
import Foundation

/// `dyad ingest`: code articles and keep them, with their events, in the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code articles and store them with their events.",
        discussion: """
            Inputs are read as by 'dyad code': plain-text files, directories
            (recursively), JSON Lines files and '-' for standard input. Each document is
            keyed by a hash of its normalised text, so ingesting a file twice, or the
            same story under another name, stores it once ("skipped (already stored)").
            The same event reported by several documents (same date, source, target,
            code and factuality) is one event with several mentions.

            Documents are written in batches, each batch in one transaction: an
            interrupted ingest leaves whole documents only, and running it again
            completes it. Inputs that cannot be read are reported (file:line: reason)
            and skipped; the exit status is then 1.

            Examples:
              dyad ingest Corpus/demo/us-russia
              dyad ingest --store events.sqlite articles.jsonl --date 2021-06-16
              cat articles.jsonl | DYAD_STORE=team.sqlite dyad ingest -
            """
    )

    @Argument(help: "Files, directories or '-' for standard input.")
    var inputs: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Date (YYYY-MM-DD) of documents that give none.")
    var date: Day?

    @Option(help: "Threads to code with.")
    var jobs: Int = processorCount

    @Option(help: "Documents per batch (one transaction each).")
    var batchSize: Int = 2048

    @Flag(name: .shortAndLong, help: "Do not list the documents skipped as duplicates.")
    var quiet = false

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one file, directory or '-'") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let coder = try lexicon.makeCoder()
        let store = try storeOptions.open(creating: true)
        let ingester = Ingester(store: store, coder: coder, jobs: jobs, batchSize: batchSize)
        var output = Output()
        ingester.onOutcome = { outcome in
            switch outcome {
            case .failed(let error):
                Console.endProgress()
                Console.error(error.description)
            case .duplicate(let name, _, let existing) where !quiet:
                let same = existing.name == name ? "" : " as '\(existing.name)'"
                output.line("\(name): skipped (already stored\(same))")
            default:
                break
            }
        }
        ingester.onBatch = { totals in
            output.flush()
            Console.progress(
                "\(totals.documents.grouped) documents, \(totals.events.grouped) events"
                    + " (\(totals.documentsPerSecond.rate) documents/s, \(totals.eventsPerSecond.rate) events/s)")
        }
        do {
            try ingester.ingest(paths: inputs, reader: DocumentReader(defaultDate: date))
        } catch let error as StoreError {
            Console.endProgress()
            output.flush()
            throw CLIError("\(error); documents stored before this error are kept, run the same command again to finish")
        }
        Console.endProgress()
        let t = ingester.totals
        output.line(
            "ingested \(t.documents.grouped) documents (\(t.duplicates.grouped) skipped as duplicates), \(t.events.grouped) events,"
                + " \(t.mentions.grouped) mentions; \(t.failed.grouped) inputs failed"
                + " in \(String(format: "%.1f", t.seconds)) s (store: \(store.location))")
        if t.documents > 0 {
            output.line(
                "coding \(String(format: "%.1f", t.codingSeconds)) s, writing \(String(format: "%.1f", t.writingSeconds)) s"
                    + " (\((Double(t.mentions) / max(t.writingSeconds, 1e-9)).rate) mentions/s)")
        }
        output.flush()
        if t.failed > 0 {
            throw CLIError("\(t.failed) input\(t.failed == 1 ? "" : "s") could not be read (see above)")
        }
    }
}
