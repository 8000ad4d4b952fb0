import ArgumentParser
import DyadCoder
import DyadStore
import Foundation

/// `dyad recode`: code the stored documents again, after a lexicon change.
struct RecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Re-code the stored documents with the current lexicon and replace their events.",
        discussion: """
            Reads the documents' text from the store (no files), codes them with the
            lexicon given now and replaces their events, reporting the events added,
            removed and changed. Events are compared per document by sentence, source,
            target and code; a pair whose date, factuality, levels, issues or wording
            differ is 'changed'. Counts are per mention. Events that did not change keep
            their ids.

            Examples:
              dyad recode --lexicon my-lexicon
              dyad recode --dry-run --list --lexicon my-lexicon
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Report what would change without writing.")
    var dryRun = false

    @Flag(help: "List every change: '+' added, '-' removed, '~' changed.")
    var list = false

    @Option(help: "Threads to code with.")
    var jobs: Int = processorCount

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let coder = try lexicon.makeCoder()
        let store = try storeOptions.open(creating: false)
        var output = Output()
        let totals: RecodeTotals
        do {
            totals = try Recoder(store: store, coder: coder, jobs: jobs).run(
                dryRun: dryRun,
                onChanges: { changes in
                    guard list else { return }
                    for event in changes.added { output.line("+ \(RecodeCommand.describe(event))") }
                    for event in changes.removed { output.line("- \(RecodeCommand.describe(event))") }
                    for change in changes.changed {
                        output.line("~ \(RecodeCommand.describe(change.new)): \(change.differences.joined(separator: ", "))")
                    }
                },
                onBatch: { totals in
                    output.flush()
                    Console.progress("\(totals.documents.grouped) documents re-coded, \(totals.changedDocuments.grouped) changed")
                })
        } catch let error as StoreError {
            Console.endProgress()
            throw CLIError(error.description)
        }
        Console.endProgress()
        let verb = dryRun ? "would change" : "changed"
        output.line(
            "re-coded \(totals.documents.grouped) documents, \(verb) \(totals.changedDocuments.grouped): "
                + "\(totals.added.grouped) events added, \(totals.removed.grouped) removed, \(totals.changed.grouped) changed"
                + (dryRun
                    ? " (dry run, nothing written)"
                    : "; the store has \(totals.eventsAfter.grouped) events (was \(totals.eventsBefore.grouped))"))
        output.flush()
    }

    /// `doc#3 USAGOV 042 RUS 2017-04-11 asserted`.
    static func describe(_ e: CodedEvent) -> String {
        let date = e.date?.description ?? "undated"
        return
            "\(e.doc)#\(e.sentenceIndex) \(e.source.isEmpty ? "-" : e.source) \(e.code) \(e.target.isEmpty ? "-" : e.target) \(date) \(e.factuality.rawValue)"
    }
}
