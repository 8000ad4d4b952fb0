import DyadCoder
import DyadText

/// A document to store with the events coded from it.
public struct NewDocument: Sendable {
    /// The document.
    public var document: Document
    /// The file it was read from ("-" for standard input).
    public var sourcePath: String
    /// ``ContentHash`` of its text.
    public var contentHash: String
    /// Its coded events.
    public var events: [CodedEvent]

    /// A document read from `sourcePath` with its coded `events`; the hash is computed
    /// unless given.
    public init(document: Document, sourcePath: String, events: [CodedEvent], contentHash: String? = nil) {
        self.document = document
        self.sourcePath = sourcePath
        self.events = events
        self.contentHash = contentHash ?? ContentHash.of(document.text)
    }
}

/// What ``Store/add(_:)`` did with one document.
public enum AddOutcome: Sendable, Hashable {
    /// Stored under `id`, creating `newEvents` events and `mentions` mentions (a mention of
    /// an event already stored adds no event).
    case stored(id: Int64, newEvents: Int, mentions: Int)
    /// Not stored: a document with the same normalised text is stored already.
    case duplicate(of: DocumentReference)
}

/// A stored document with the events it codes to now, for ``Store/replaceEvents(_:dryRun:)``.
public struct RecodedDocument: Sendable {
    /// The store's id of the document.
    public var id: Int64
    /// The events coded from it now.
    public var events: [CodedEvent]

    /// Document `id` with its new `events`.
    public init(id: Int64, events: [CodedEvent]) {
        self.id = id
        self.events = events
    }
}
