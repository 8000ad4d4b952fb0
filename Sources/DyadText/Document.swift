/// An article to be coded: its identity, date and text.
public struct Document: Sendable, Hashable {
    /// The document's id: a file path, a JSON Lines `id`, or a generated one.
    public var id: String
    /// Headline, when known.
    public var title: String
    /// Source URL, when known.
    public var url: String
    /// Publication date, when known; relative dates in the text are resolved against it.
    public var date: Day?
    /// The body text.
    public var text: String

    /// A document with the given fields.
    public init(id: String, title: String = "", url: String = "", date: Day? = nil, text: String) {
        self.id = id
        self.title = title
        self.url = url
        self.date = date
        self.text = text
    }
}
