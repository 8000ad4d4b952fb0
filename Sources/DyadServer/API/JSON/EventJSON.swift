import DyadCoder
import DyadStore

/// A stored event as the API writes it: the fields of `dyad events --format jsonl`
/// (DESIGN.md section 5, `id` being the store's event id) plus `mentions`, the number of
/// sentences that report it, and `document_id`, the store id of the document shown.
struct EventJSON: Encodable, Sendable {
    /// The event.
    var stored: StoredEvent

    private enum Keys: String, CodingKey {
        case mentions
        case documentID = "document_id"
    }

    func encode(to encoder: any Encoder) throws {
        var event = stored.event
        event.id = String(stored.id)
        try event.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(stored.mentionCount, forKey: .mentions)
        try container.encode(stored.documentID, forKey: .documentID)
    }
}

/// One page of events, with the link to the next page.
struct EventPageJSON: Encodable, Sendable {
    /// The events of the page.
    var events: [EventJSON]
    /// Rows skipped before the page.
    var offset: Int
    /// Rows asked for.
    var limit: Int
    /// The URL of the next page; nil on the last one.
    var next: String?
}
