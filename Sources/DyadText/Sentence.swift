/// A sentence of a document: a run of tokens and the text they span.
public struct Sentence: Sendable, Hashable {
    /// Position of the sentence in its document, from 0.
    public var index: Int
    /// Index of the paragraph it belongs to, from 0.
    public var paragraph: Int
    /// The tokens of the sentence (a dateline such as "MOSCOW (Reuters) -" is left out).
    public var tokens: ArraySlice<Token>
    /// Byte offsets of the sentence in the document's UTF-8 text.
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// The sentence as written in the source.
    public var text: String
}
