import ArgumentParser
import DyadInterop
import DyadStore
import Foundation

extension ImportFormat: ExpressibleByArgument {}
extension Delimiter: ExpressibleByArgument {}

/// `dyad import`: load event files of other datasets into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import GDELT, ICEWS, Phoenix or POLECAT event files into the store.",
        discussion: """
            Each row becomes a document keyed by the dataset and the row's id
            (gdelt:ID, icews:ID:DATE, phoenix:ID, polecat:ID) holding the row's
            event, so importing a file twice changes nothing, and 'dyad events'
            and 'dyad relation' work on the rows. Actor codes are mapped to dyad's
            convention (ISO3 country + sector: USAGOV); ICEWS and POLECAT country
            names are resolved with the lexicon. Files may be tab- or comma-
            separated, plain, gzipped or single-member ZIP archives. The mappings
            are in docs/formats.md.

            Rows that cannot be imported are reported as FILE:LINE: reason and
            skipped; the rest of the file is imported, and the exit status is 1.

            Examples:
              dyad import --format gdelt 20150512.export.CSV.zip --store gdelt.sqlite
              dyad import --format icews events.2015.tab --store icews.sqlite
              dyad import --format phoenix events.full.2015*.txt
              dyad relation USA RUS --store gdelt.sqlite
            """
    )

    @Option(help: "The format of the files: gdelt, icews, phoenix or polecat.")
    var format: ImportFormat

    @Argument(help: "Event files (plain, .gz or .zip; '-' for standard input).")
    var files: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Field separator: auto (tab if the first line has one, else comma), tab or comma.")
    var delimiter: Delimiter = .auto

    @Option(help: "Rows per transaction.")
    var batchSize: Int = 10_000

    @Option(help: "Errors shown per file (0: all); the others are counted.")
    var errorLimit: Int = 100

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard errorLimit >= 0 else { throw ValidationError("--error-limit must be 0 or more") }
    }

    func run() throws {
        let coder = try lexicon.makeCoder()
        let store = try storeOptions.open(creating: true)
        let importer = EventImporter(
            store: store, format: format, lexicon: coder.lexicon, convention: coder.convention, batchSize: batchSize)
        importer.delimiter = delimiter
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        importer.onProblem = { problem in
            Console.endProgress()
            if problem.severity == .error, errorLimit > 0 {
                shown[problem.file, default: 0] += 1
                if shown[problem.file]! > errorLimit {
                    hidden[problem.file, default: 0] += 1
                    return
                }
            }
            Console.error(problem.description)
        }
        importer.onProgress = { t in
            Console.progress(
                "\(t.rows.grouped) rows, \(t.imported.grouped) imported, \(t.failed.grouped) failed (\(t.rowsPerSecond.rate) rows/s)")
        }
        do {
            for file in files {
                try importer.importFile(file)
                if let count = hidden[file] {
                    Console.error("\(file): \(count.grouped) more errors not shown (--error-limit 0 shows all)")
                }
            }
            try importer.finish()
        } catch let error as StoreError {
            Console.endProgress()
            throw CLIError("\(error); rows stored before this error are kept, run the same command again to finish")
        }
        Console.endProgress()
        let t = importer.totals
        var output = Output()
        output.line(
            "imported \(t.imported.grouped) of \(t.rows.grouped) rows (\(t.duplicates.grouped) already stored) from"
                + " \(t.files.grouped) file\(t.files == 1 ? "" : "s"): \(t.events.grouped) new events, \(t.mentions.grouped) mentions;"
                + " \(t.failed.grouped) failed, \(t.warnings.grouped) with warnings"
                + " in \(String(format: "%.1f", t.seconds)) s (\(t.rowsPerSecond.rate) rows/s; store: \(store.location))")
        if t.latin1Lines > 0 { output.line("\(t.latin1Lines.grouped) lines were not UTF-8 and were read as Latin-1") }
        output.flush()
        if t.failed > 0 {
            throw CLIError("\(t.failed.grouped) row\(t.failed == 1 ? "" : "s") could not be imported (see above)")
        }
    }
}
