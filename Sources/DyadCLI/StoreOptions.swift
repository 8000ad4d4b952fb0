import ArgumentParser
import DyadStore
import Foundation

/// Options that choose the event store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The event store: a SQLite file (default ./dyad.sqlite, or $DYAD_STORE).", valueName: "path-or-url"))
    var store: String?

    /// Where the store is: --store, else $DYAD_STORE, else ./dyad.sqlite.
    var location: StoreLocation {
        StoreLocation.resolve(store, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store; `creating` makes it when it does not exist.
    func open(creating: Bool) throws -> any Store {
        if case .sqlite(let path) = location, let version = SQLiteStore.pendingUpgrade(path: path) {
            let rebuild = version < 2 ? " (this rebuilds an index: about a minute per 10 million events)" : ""
            Console.error("upgrading \(path) from store schema \(version)\(rebuild)")
        }
        do {
            return try location.open(creating: creating)
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}

extension Int {
    /// The number with thousands separators: 12,345.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return self < 0 ? "-" + out : out
    }
}

extension Double {
    /// A rate for progress lines: whole numbers, with thousands separators.
    var rate: String { Int(self.rounded()).grouped }
}
