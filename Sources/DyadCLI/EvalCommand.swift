import ArgumentParser
import DyadCoder
import DyadEval
import DyadInterop
import DyadText
import Foundation

/// `dyad eval`: score the coder against gold files.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the coder against gold-coded sentences.",
        discussion: """
            GOLD is a JSON Lines gold file (docs/gold-format.md), a PETRARCH XML validation file
            (.xml), a TABARI validation text file, or a directory of them. The
            headline score compares the CAMEO root and both actors' countries; 'strict' compares
            full codes. Sentences marked "split": "test" are scored apart from the others.

            Examples:
              dyad eval Corpus/dev
              dyad eval Corpus/test --examples 0
              dyad eval my-gold.jsonl --json
            """
    )

    @Argument(help: "Gold files or directories.")
    var gold: [String] = ["Corpus/dev"]

    @Option(help: "How many misses and false events to list.")
    var examples: Int = 20

    @Flag(help: "Write the scores as JSON.")
    var json = false

    @Option(help: "Threads to code with.")
    var jobs: Int = processorCount

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let coder = try lexicon.makeCoder()
        var sentences: [GoldSentence] = []
        var files: [String] = []
        for path in gold {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file or directory")
            }
            files +=
                isDirectory.boolValue
                ? DocumentReader().files(under: path).filter(GoldReader.isGoldFile) : [path]
        }
        guard !files.isEmpty else { throw CLIError("\(gold.joined(separator: " ")): no gold files (.jsonl, .xml, .text) found") }
        let evaluator = Evaluator(coder: coder, jobs: jobs)
        var splits: [(String, Evaluation)] = []
        // The files each split's sentences came from, in the order given.
        var filesOfSplit: [String: [String]] = [:]
        do {
            for file in files {
                let read = try GoldReader.read(file)
                sentences += read
                for split in Set(read.map { $0.split ?? "dev" }) { filesOfSplit[split, default: []].append(file) }
            }
            let groups = Dictionary(grouping: sentences) { $0.split ?? "dev" }
            for name in groups.keys.sorted() {
                let splitFiles = filesOfSplit[name] ?? []
                splits.append((name, try evaluator.evaluate(groups[name]!, file: splitFiles.joined(separator: ","))))
            }
        } catch let error as InputError {
            throw CLIError(error.description)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(Dictionary(uniqueKeysWithValues: splits))
            print(String(decoding: data, as: UTF8.self))
        } else {
            for (name, evaluation) in splits {
                let count = filesOfSplit[name]?.count ?? 0
                print(evaluation.report(title: "\(name) split (\(count) file\(count == 1 ? "" : "s"))", examples: examples))
                print("")
            }
        }
    }
}
