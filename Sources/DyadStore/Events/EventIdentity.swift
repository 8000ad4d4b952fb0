import DyadCoder
import DyadText

/// When two coded events are the same event: **the same date, source, target, CAMEO code
/// and factuality**.
///
/// The window is zero days on the event's date: reports that date one event differently
/// ("on Tuesday" in one article, the publication day in another) give two events. Events
/// without a date are one event when the rest agrees. Actor levels, date precision, issue
/// tags and the wording are properties of each report (mention); the event keeps a summary
/// of them (``EventSummary``).
///
/// Within one document the coder already reports a sentence repeated verbatim once; the
/// same event in two sentences of one document is one event with two mentions.
public struct EventIdentity: Sendable, Hashable {
    /// The event's date, nil when unknown.
    public var date: Day?
    /// Source actor code ("" when absent).
    public var source: String
    /// Target actor code ("" when absent).
    public var target: String
    /// CAMEO code.
    public var code: String
    /// Factuality.
    public var factuality: Factuality

    /// The identity of `event`.
    public init(_ event: CodedEvent) {
        date = event.date
        source = event.source
        target = event.target
        code = event.code
        factuality = event.factuality
    }
}
