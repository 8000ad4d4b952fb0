/// One token of a document: a word, a number or a punctuation mark.
///
/// Tokens keep their UTF-8 byte offsets into the document so that every coded event can point
/// back at the exact words it came from.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// The token normalised for matching: lower case, curly quotes and dashes made plain.
    public var text: String
    /// Byte offset of the first byte in the document's UTF-8 text.
    public var start: Int
    /// Byte offset one past the last byte.
    public var end: Int
    /// Word, number or punctuation.
    public var kind: Kind
    /// The first letter is upper case ("Moscow", "U.S.").
    public var isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("NATO", "MOSCOW").
    public var isAllCaps: Bool
    /// Written against the previous token with a hyphen ("Jong-un", "pro-Russian").
    public var isHyphenated: Bool
    /// Number of line breaks between this token and the previous one.
    public var lineBreaksBefore: Int

    /// Whether this token is the punctuation mark `mark`.
    public func isPunctuation(_ mark: String) -> Bool {
        kind == .punctuation && text == mark
    }
}
