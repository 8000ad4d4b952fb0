/// Where a store is: a SQLite file (the default) or a PostgreSQL database.
///
/// Parsed from `--store` or the `DYAD_STORE` environment variable: `postgres://` and
/// `postgresql://` URLs name a PostgreSQL database, `sqlite://PATH` or any other text a
/// SQLite file.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite file.
    case sqlite(path: String)
    /// A PostgreSQL database URL.
    case postgres(url: String)

    /// The default store: `dyad.sqlite` in the working directory.
    public static let defaultPath = "dyad.sqlite"
    /// The environment variable that names the store when `--store` is not given.
    public static let environmentVariable = "DYAD_STORE"

    /// Parses a path or URL.
    public init(_ text: String) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if lowered.hasPrefix("sqlite://") {
            self = .sqlite(path: String(text.dropFirst("sqlite://".count)))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The location given as an option, else the one in `environment`, else the default.
    public static func resolve(_ option: String?, environment: [String: String]) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(option) }
        if let named = environment[environmentVariable], !named.isEmpty { return StoreLocation(named) }
        return .sqlite(path: defaultPath)
    }

    /// Opens the store; `creating` makes a new, empty store when none exists.
    public func open(creating: Bool) throws -> any Store {
        switch self {
        case .sqlite(let path):
            return try SQLiteStore(path: path, creating: creating)
        case .postgres(let url):
            return try PostgresStore(url: url, creating: creating)
        }
    }

    /// The path, or the URL without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return StoreLocation.redactingPassword(url)
        }
    }

    /// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
    static func redactingPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@"),
            let colon = url[scheme.upperBound..<at].firstIndex(of: ":")
        else { return url }
        return url[..<url.index(after: colon)] + "***" + url[at...]
    }
}
