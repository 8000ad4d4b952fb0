import ArgumentParser
import DyadCoder
import DyadText
import Foundation

/// `dyad code`: articles in, events out.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code articles into political events, one per line.",
        discussion: """
            Inputs are plain-text files (optional 'title:', 'date:', 'url:' header lines, then a
            blank line), directories (read recursively), JSON Lines files (one document per line
            with 'text' and optional 'id', 'date', 'title', 'url') and '-' for standard input.

            Examples:
              dyad code Examples/tillerson-moscow.txt
              dyad code --format table --explain Examples/
              cat articles.jsonl | dyad code - --date 2021-06-16 --format tsv
            """
    )

    @Argument(help: "Files, directories or '-' for standard input.")
    var inputs: [String] = []

    @Option(help: "Output format: jsonl, tsv, csv or table.")
    var format: EventFormat = .jsonl

    @Option(help: "Date (YYYY-MM-DD) of documents that give none.")
    var date: Day?

    @Flag(help: "Explain each event (lexicon entries and pattern) and each sentence without one.")
    var explain = false

    @Flag(help: "Write only asserted events.")
    var assertedOnly = false

    @Option(help: "Threads to code with.")
    var jobs: Int = processorCount

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one file, directory or '-'") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var coder = try lexicon.makeCoder()
        coder.explains = explain
        var writer = EventWriter(format: format)
        var output = Output()
        var failures = 0
        var batch: [Document] = []
        func flush() {
            for result in coder.code(batch, jobs: jobs) {
                write(result, writer: &writer, output: &output)
            }
            batch.removeAll(keepingCapacity: true)
            output.flush()
        }
        DocumentReader(defaultDate: date).read(inputs) { item in
            switch item {
            case .success(let document):
                batch.append(document)
                if batch.count >= 256 { flush() }
            case .failure(let error):
                failures += 1
                Console.error(error.description)
            }
        }
        flush()
        if failures > 0 {
            throw CLIError("\(failures) input\(failures == 1 ? "" : "s") could not be coded (see above)")
        }
    }

    func write(_ result: CodingResult, writer: inout EventWriter, output: inout Output) {
        let events = assertedOnly ? result.events.filter { $0.factuality == .asserted } : result.events
        if !explain {
            for line in writer.lines(events) { output.line(line) }
            return
        }
        output.line("# \(result.document.id)\(result.document.date.map { " (\($0))" } ?? "")")
        for sentence in result.sentences {
            output.line("[\(sentence.index)] \(sentence.text)")
            if !sentence.actors.isEmpty { output.line("    actors: " + sentence.actors.joined(separator: ", ")) }
            for why in sentence.explanations { output.line("    event: \(why)") }
            if !sentence.note.isEmpty { output.line("    note: \(sentence.note)") }
        }
    }
}
