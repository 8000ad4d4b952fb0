import DyadCoder
import DyadText

/// Which events ``Store/forEachEvent(matching:_:)`` reads. Conditions combine with AND;
/// the values of a list combine with OR. The default reads every asserted event.
///
/// Actor conditions take **prefixes** of actor codes: `USA` matches `USA`, `USAGOV` and
/// `USAMIL`; `RUSGOV` matches only the Russian government.
///
/// ```swift
/// var filter = EventFilter()
/// filter.dyad = ActorPair("USA", "RUS")       // either direction
/// filter.from = Day(iso: "2014-01-01")
/// filter.roots = ["16", "17"]
/// ```
public struct EventFilter: Sendable, Hashable {
    /// One row per event (shown with its first mention) or one per mention.
    public enum Rows: String, Sendable, CaseIterable {
        /// Each event once, with its first mention (the first matching ``text``).
        case events
        /// Each mention of each event.
        case mentions
    }

    /// Only these events (store ids).
    public var ids: [Int64] = []
    /// Source or target starts with this.
    public var actor: String?
    /// Source starts with one and target with the other, either direction.
    public var dyad: ActorPair?
    /// Source starts with this.
    public var source: String?
    /// Target starts with this.
    public var target: String?
    /// CAMEO code starts with one of these ("04" is every consultation, "0431" one code).
    public var codes: [String] = []
    /// CAMEO root is one of these ("01" to "20").
    public var roots: [String] = []
    /// QuadClass is one of these (1 to 4).
    public var quadClasses: [Int] = []
    /// Factuality is one of these; empty for any.
    public var factualities: [Factuality] = [.asserted]
    /// On or after this day (events without a date are left out).
    public var from: Day?
    /// On or before this day (events without a date are left out).
    public var to: Day?
    /// Tagged with this issue (in any of its mentions).
    public var issue: String?
    /// A mention's sentence contains this, ignoring the case of ASCII letters.
    public var text: String?
    /// At most this many rows.
    public var limit: Int?
    /// A row per event or per mention.
    public var rows: Rows = .events
    /// Whether event rows carry their first mention's sentence, offsets and actor texts and
    /// their document's name. Without them (for analyses that read many events and cite
    /// few), an event is read from its own row and the mentions index alone, far less to read
    /// from a large store: `sentence` is then `#` and the sentence's index in its document,
    /// `doc` the document's store id, the offsets and texts are empty, and `docDate` is set
    /// only for undated events. Ignored for mention rows and with ``text``.
    public var sentences = true
    /// Whether rows come in date order (then id, then mention id). Analyses that read many
    /// events and order them themselves may leave the order to the database, which reads
    /// them in storage order, half the time of a sorted year of a busy actor in a large
    /// SQLite store. Only event rows without sentences (see ``sentences``) may come unordered.
    public var ordered = true

    /// A filter that reads every asserted event.
    public init() {}
}
