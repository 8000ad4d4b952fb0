import DyadText

/// A stored document's id and name, enough to say which document a duplicate repeats.
public struct DocumentReference: Sendable, Hashable {
    /// The store's id of the document.
    public var id: Int64
    /// The document's own id when it was ingested (a file path, a JSON Lines `id`).
    public var name: String

    /// A reference to document `id`, named `name`.
    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// A document as stored, with where it came from.
public struct StoredDocument: Sendable, Hashable {
    /// The store's id of the document.
    public var id: Int64
    /// The document; its `id` is the name it was ingested under.
    public var document: Document
    /// ``ContentHash`` of its text.
    public var contentHash: String
    /// The file it was read from ("-" for standard input).
    public var sourcePath: String
    /// When it was stored, ISO 8601 in UTC.
    public var ingestedAt: String

    /// A stored document.
    public init(id: Int64, document: Document, contentHash: String, sourcePath: String, ingestedAt: String) {
        self.id = id
        self.document = document
        self.contentHash = contentHash
        self.sourcePath = sourcePath
        self.ingestedAt = ingestedAt
    }

    /// The reference to this document.
    public var reference: DocumentReference { DocumentReference(id: id, name: document.id) }
}

/// Which documents ``Store/forEachDocument(matching:_:)`` reads.
public struct DocumentFilter: Sendable, Hashable {
    /// Only documents with a larger id: pages through a store with `limit`.
    public var afterID: Int64?
    /// At most this many documents.
    public var limit: Int?

    /// A filter; the default reads every document.
    public init(afterID: Int64? = nil, limit: Int? = nil) {
        self.afterID = afterID
        self.limit = limit
    }
}
