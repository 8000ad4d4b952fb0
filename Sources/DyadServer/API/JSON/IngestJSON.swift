/// The answer to `POST /documents`.
struct IngestJSON: Encodable, Sendable {
    /// The store id of the document (of the stored one, for a duplicate).
    var id: Int64
    /// Its name (the `id` posted, or the generated one).
    var name: String
    /// Whether the same text was stored already, so nothing was added.
    var duplicate: Bool
    /// Events created.
    var events: Int
    /// Mentions added.
    var mentions: Int

    enum CodingKeys: String, CodingKey { case id, name, duplicate, events, mentions, document, page }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(duplicate, forKey: .duplicate)
        try c.encode(events, forKey: .events)
        try c.encode(mentions, forKey: .mentions)
        try c.encode("\(API.prefix)/documents/\(id)", forKey: .document)
        try c.encode("/documents/\(id)", forKey: .page)
    }
}
