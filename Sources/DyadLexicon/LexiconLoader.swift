import DyadOntology
import DyadText
import Foundation

/// Loads lexicon directories (the bundled one and any the user adds) into a ``Lexicon``.
///
/// ```swift
/// let lexicon = try LexiconLoader().load(extraDirectories: ["my-lexicon"])
/// ```
public struct LexiconLoader: Sendable {
    /// The file kinds, by the prefix of their name.
    enum FileKind: String, CaseIterable {
        case countries, organisations, people, agents, events, issues, places, descriptions
    }

    /// A loader.
    public init() {}

    /// The directory of the lexicon shipped with dyad.
    public static var bundledDirectory: URL? {
        if let override = ProcessInfo.processInfo.environment["DYAD_BUNDLED_LEXICON"] {
            return URL(fileURLWithPath: override)
        }
        return Bundle.module.url(forResource: "Lexicon", withExtension: nil)
    }

    /// The bundled lexicon plus the files in `extraDirectories` (directories or single files).
    public func load(extraDirectories: [String] = [], includeBundled: Bool = true) throws -> Lexicon {
        var files: [String] = []
        if includeBundled {
            guard let bundled = LexiconLoader.bundledDirectory else {
                throw LexiconError(file: "Lexicon", line: 0, reason: "the bundled lexicon is missing from this installation")
            }
            files += try lexiconFiles(in: bundled.path)
        }
        for directory in extraDirectories { files += try lexiconFiles(in: directory) }
        var builder = LexiconBuilder()
        for file in files { try builder.add(file: file) }
        return builder.finish()
    }

    /// Builds a lexicon from in-memory files, `name` → text (for tests and tools).
    public func load(texts: [(name: String, text: String)]) throws -> Lexicon {
        var builder = LexiconBuilder()
        for (name, text) in texts { try builder.add(name: name, text: text) }
        return builder.finish()
    }

    private func lexiconFiles(in path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LexiconError(file: path, line: 0, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        return names.filter { $0.hasSuffix(".txt") || PetrarchDictionaryKind.isDictionary($0) }.sorted().map {
            (path as NSString).appendingPathComponent($0)
        }
    }
}

/// Accumulates lexicon files into a ``Lexicon``.
struct LexiconBuilder {
    var lexicon = Lexicon()
    let tokenizer = Tokenizer()
    var surnames: [String: Set<Int>] = [:]
    var wordCache: [String: [String]] = [:]
    var verbCache: [String: (all: [Int32], participles: [Int32])] = [:]

    mutating func add(file: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw LexiconError(file: file, line: 0, reason: "cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconError(file: file, line: 0, reason: "is not valid UTF-8 text")
        }
        try add(name: file, text: text)
    }

    mutating func add(name: String, text: String) throws {
        let base = (name as NSString).lastPathComponent
        if let kind = PetrarchDictionaryKind(fileName: base) { return try addPetrarch(kind, name: name, text: text) }
        guard let kind = LexiconLoader.FileKind.allCases.first(where: { base.hasPrefix($0.rawValue) }) else {
            let kinds =
                LexiconLoader.FileKind.allCases.map { "\($0.rawValue)*.txt" }.joined(separator: ", ")
                + ", or a TABARI/PETRARCH *.actors.txt, *.agents.txt, *.verbs or CAMEO.*.txt"
            throw LexiconError(file: name, line: 0, reason: "unknown kind of lexicon file; name it one of \(kinds)")
        }
        let records = try RecordReader.records(text, file: name)
        let file = base
        switch kind {
        case .countries: try records.forEach { try addCountry($0, file: file) }
        case .organisations: try records.forEach { try addOrganisation($0, file: file) }
        case .people: try records.forEach { try addPerson($0, file: file) }
        case .agents: try records.forEach { try addAgent($0, file: file) }
        case .events: try records.forEach { try addEventLine($0, file: file) }
        case .issues: try records.forEach { try addIssue($0, file: file) }
        case .places: try records.forEach { try addPlaces($0, file: file) }
        case .descriptions: try records.forEach { try addDescription($0, file: file) }
        }
        lexicon.files.append(name)
    }

    /// Adds an actor phrase; `caseSensitive` phrases need their capitals in the text.
    mutating func addActor(_ phrase: String, _ reference: ActorReference, caseSensitive: Bool = true) {
        let tokens = tokenizer.tokenize(phrase)
        guard !tokens.isEmpty else { return }
        let ids = tokens.map { lexicon.vocabulary.intern($0.text) }
        let cases = tokens.map { CaseRule.of($0, caseSensitive: caseSensitive) }
        lexicon.actors.insert(ids, cases: cases, value: reference)
    }

    /// Splits a header `KEY rest` at its first run of spaces.
    static func splitHeader(_ header: String) -> (String, Substring) {
        guard let space = header.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (header, "") }
        return (String(header[..<space]), header[space...])
    }

    /// Splits a header `LEFT: a | b` at its colon.
    static func splitColon(_ record: LexiconRecord, file: String) throws -> (String, [String]) {
        guard let colon = record.header.firstIndex(of: ":") else {
            throw LexiconError(file: file, line: record.line, reason: "expected 'NAME: phrase | phrase', found '\(record.header)'")
        }
        return (record.header[..<colon].trimmingSpaces, RecordReader.alternatives(record.header[record.header.index(after: colon)...]))
    }

    mutating func finish() -> Lexicon {
        for (surname, people) in surnames {
            addActor(surname, .surname(people.sorted()))
        }
        surnames = [:]
        return lexicon
    }
}
