/// Why a store could not be opened or used, with the store's location.
///
/// ```swift
/// do { _ = try SQLiteStore(path: "old.sqlite") }
/// catch let error as StoreError where error.kind == .newerSchema { print(error) }
/// ```
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The kinds of failure, for matching.
    public enum Kind: Sendable, Equatable {
        /// The store was written by a newer dyad, with a schema this one does not know.
        case newerSchema
        /// No store exists at the location.
        case missing
        /// The file exists but is not a dyad store.
        case notAStore
        /// The kind of store is not supported by this build.
        case unsupported
        /// The database failed (disk full, permissions, locked for too long ...).
        case database
    }

    /// What went wrong, for matching.
    public var kind: Kind
    /// The store's location as shown to users.
    public var location: String
    /// What went wrong, for people.
    public var reason: String

    /// An error of `kind` at `location`.
    public init(_ kind: Kind, location: String, reason: String) {
        self.kind = kind
        self.location = location
        self.reason = reason
    }

    /// A store whose schema is `found`, newer than `supported`.
    static func newerSchema(_ found: Int, supported: Int, location: String) -> StoreError {
        StoreError(
            .newerSchema, location: location,
            reason: "store was written by dyad schema \(found); this dyad understands up to \(supported): upgrade dyad")
    }

    public var description: String { "\(location): \(reason)" }
}
