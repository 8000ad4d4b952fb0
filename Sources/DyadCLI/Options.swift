import ArgumentParser
import DyadCoder
import DyadLexicon
import DyadOntology
import DyadText
import Foundation

/// Options that choose the lexicon.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "A directory or file of extra lexicon entries (repeatable); see docs/lexicon-format.md.")
    var directories: [String] = []

    @Flag(help: "Use only the --lexicon files, not the bundled lexicon.")
    var noBundledLexicon = false

    @Option(help: "QuadClass and Goldstein convention: gdelt or icews.")
    var convention: String = "gdelt"

    /// Loads the lexicon and makes a coder, or fails with the lexicon error.
    func makeCoder() throws -> EventCoder {
        guard let convention = QuadClassConvention(rawValue: convention) else {
            throw ValidationError("--convention must be gdelt or icews")
        }
        do {
            let lexicon = try LexiconLoader().load(extraDirectories: directories, includeBundled: !noBundledLexicon)
            return EventCoder(lexicon: lexicon, convention: convention)
        } catch let error as LexiconError {
            throw CLIError("lexicon: \(error)")
        }
    }
}

/// A failure reported as one line on standard error, with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("dyad: " + line + "\n").utf8))
    }

    static var isTerminal: Bool { isatty(2) != 0 }

    /// Reports progress on a terminal, overwriting one line; silent when piped.
    static func progress(_ line: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    static func endProgress() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Buffered standard output.
struct Output {
    private var buffer = [UInt8]()

    mutating func line(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension EventFormat: ExpressibleByArgument {}

/// The number of cores, for `--jobs` defaults.
var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
