import DyadCoder
import DyadInterop
import DyadLexicon
import DyadStore
import Foundation

/// The fixture files and helpers shared by the interop tests.
enum Fixture {
    /// The directory of the fixture files.
    static var directory: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    }

    /// The path of fixture `name` (`gdelt-v1.tsv`, `dictionaries/test.actors.txt`).
    static func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    /// A small lexicon of the countries and organisations the fixtures name.
    static let lexicon: Lexicon = {
        let countries = """
            USA  United States | America
            RUS  Russia | Russian Federation
            UKR  Ukraine
            SYR  Syria
            GBR  United Kingdom | Britain
            ROU  Romania
            """
        let organisations = """
            UN  United Nations | UN
            NATO  NATO | North Atlantic Treaty Organization
            """
        return try! LexiconLoader().load(texts: [("countries.txt", countries), ("organisations.txt", organisations)])
    }()

    /// A new SQLite store in a fresh temporary directory.
    static func store() throws -> (SQLiteStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (try SQLiteStore(path: dir.appendingPathComponent("store.sqlite").path), dir)
    }
}

/// Runs the built `dyad` executable.
enum Dyad {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["DYAD_BINARY"] { return URL(fileURLWithPath: path) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/dyad")
    }

    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}

/// Imports fixture files into `store`; returns the totals and the problems reported.
func importFixtures(
    _ names: [String], format: ImportFormat, into store: any Store, lexicon: Lexicon? = Fixture.lexicon, batchSize: Int = 3
) throws -> (totals: ImportTotals, problems: [ImportProblem]) {
    let importer = EventImporter(store: store, format: format, lexicon: lexicon, batchSize: batchSize)
    var problems: [ImportProblem] = []
    importer.onProblem = { problems.append($0) }
    try importer.importFiles(names.map(Fixture.path))
    return (importer.totals, problems)
}
