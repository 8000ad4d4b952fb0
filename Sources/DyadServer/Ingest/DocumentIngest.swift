import DyadCoder
import DyadStore
import DyadText

/// Codes one posted document and stores it with its events, through the ``Store`` API.
struct DocumentIngest {
    /// What became of the document.
    enum Outcome: Sendable {
        /// Stored as document `id`, creating `newEvents` events and `mentions` mentions.
        case stored(id: Int64, name: String, newEvents: Int, mentions: Int)
        /// Not stored: the same text is stored already.
        case duplicate(DocumentReference)
    }

    /// The store written to.
    var store: any Store
    /// The coder.
    var coder: EventCoder

    /// Stores `document`; one without an id is named `api-` and the start of its content hash.
    func ingest(_ document: Document) throws -> Outcome {
        var document = document
        let hash = ContentHash.of(document.text)
        if document.id.isEmpty { document.id = "api-" + hash.prefix(12) }
        if let existing = try store.documents(withHashes: [hash])[hash] { return .duplicate(existing) }
        let events = coder.code(document).events
        let new = NewDocument(document: document, sourcePath: "api", events: events, contentHash: hash)
        switch try store.add([new]).first {
        case .stored(let id, let newEvents, let mentions)?:
            return .stored(id: id, name: document.id, newEvents: newEvents, mentions: mentions)
        case .duplicate(let existing)?:
            return .duplicate(existing)
        case nil:
            throw ServerError(.internalServerError, "the store did not report on the document")
        }
    }
}
