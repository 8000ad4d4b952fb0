import DyadCoder

/// An event read from a store: the coded event, shown with one of its mentions, and how
/// many mentions it has.
///
/// In ``StoredEvent/event`` the `id` is the store's event id (the one `dyad events --id`
/// looks up), `doc`, `sentence`, `sentence_index`, `offsets`, `source_text` and
/// `target_text` come from the mention shown, and `date`, `source`, `target`, `code`,
/// `factuality` and the code's attributes from the event. Levels, date precision and
/// contexts are the event's (see ``EventSummary``) in rows per event, the mention's own in
/// rows per mention.
public struct StoredEvent: Sendable, Hashable {
    /// The store's id of the event.
    public var id: Int64
    /// The event with the mention shown.
    public var event: CodedEvent
    /// How many sentences report the event, in all documents.
    public var mentionCount: Int
    /// The store's id of the shown mention.
    public var mentionID: Int64
    /// The store's id of the shown mention's document.
    public var documentID: Int64

    /// A stored event shown with one mention.
    public init(id: Int64, event: CodedEvent, mentionCount: Int, mentionID: Int64, documentID: Int64) {
        self.id = id
        self.event = event
        self.mentionCount = mentionCount
        self.mentionID = mentionID
        self.documentID = documentID
    }
}
