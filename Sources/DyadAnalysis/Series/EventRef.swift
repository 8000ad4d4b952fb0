import DyadCoder
import DyadText

/// An event cited as evidence: enough to show it, and its id to look it up
/// (`dyad events --id ID`).
public struct EventRef: Sendable, Codable, Hashable {
    /// Event id.
    public var id: String
    /// Document id.
    public var doc: String
    /// The day the analysis dated it to.
    public var date: Day
    /// Source actor code.
    public var source: String
    /// Target actor code.
    public var target: String
    /// CAMEO code.
    public var code: String
    /// Goldstein weight.
    public var goldstein: Double
    /// The sentence that reports it.
    public var sentence: String

    /// A reference to `event`, dated `date`.
    public init(_ event: CodedEvent, date: Day) {
        id = event.id
        doc = event.doc
        self.date = date
        source = event.source
        target = event.target
        code = event.code
        goldstein = event.goldstein
        sentence = event.sentence
    }
}
