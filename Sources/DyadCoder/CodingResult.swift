import DyadText

/// What coding one sentence gave, with the reason when it gave no event.
public struct SentenceReport: Sendable {
    /// Index of the sentence in its document.
    public var index: Int
    /// The sentence as written.
    public var text: String
    /// Its events.
    public var events: [CodedEvent]
    /// Why no event came from it, or other remarks, for `--explain`: for a coded sentence,
    /// filled only when the coder explains (`EventCoder.explains`).
    public var note: String
    /// For each event, the lexicon entries and pattern that made it, when the coder explains.
    public var explanations: [String] = []
    /// The actors found, as "words = CODE", when the coder explains.
    public var actors: [String] = []
}

/// The events of one document, sentence by sentence.
public struct CodingResult: Sendable {
    /// The document coded.
    public var document: Document
    /// All its events in sentence order.
    public var events: [CodedEvent] = []
    /// One report per sentence.
    public var sentences: [SentenceReport] = []
}
