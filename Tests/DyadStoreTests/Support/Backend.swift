import DyadStore
import Foundation
import GRDB
import Testing

/// The store implementations the suite runs against. Every behavioural test takes a
/// `Backend` argument, so a PostgreSQL backend joins by adding a case here (enabled when a
/// test server is configured) with the three functions below.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite

    /// The backends to test on this machine.
    static var available: [Backend] { [.sqlite] }

    var testDescription: String { rawValue }

    /// The location of the store of `directory`.
    func location(in directory: TestDirectory) -> StoreLocation {
        switch self {
        case .sqlite: .sqlite(path: directory.path("store.sqlite"))
        }
    }

    /// Opens (creating when needed) the store of `directory`.
    func store(in directory: TestDirectory, creating: Bool = true) throws -> any Store {
        try location(in: directory).open(creating: creating)
    }

    /// Writes `version` as the stored schema version, as a newer dyad would.
    func setSchemaVersion(_ version: Int, in directory: TestDirectory) throws {
        switch self {
        case .sqlite:
            let db = try DatabaseQueue(path: directory.path("store.sqlite"))
            try db.write { try $0.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [String(version)]) }
        }
    }
}

/// A temporary directory, removed with its contents when released.
final class TestDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` in the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes `data` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let path = path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}
