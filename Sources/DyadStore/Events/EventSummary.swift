import DyadCoder
import DyadLexicon

/// What an event keeps of its mentions, folded in mention order (first stored first):
///
/// - `mentionCount`: the number of mentions;
/// - `datePrecision`: the most exact one (day, week, month, year, then `document`, the
///   publication date);
/// - `sourceLevel`, `targetLevel`: the first level known;
/// - `contexts`: every issue tag of every mention, in order of first appearance.
///
/// Every backend folds with this type, when a mention is added and when mentions are
/// removed (the summary is then folded again from the remaining mentions).
public struct EventSummary: Sendable, Hashable {
    /// Number of mentions.
    public var mentionCount = 0
    /// The most exact date precision.
    public var datePrecision = ""
    /// The first source level known.
    public var sourceLevel: ActorLevel?
    /// The first target level known.
    public var targetLevel: ActorLevel?
    /// Issue tags of all mentions.
    public var contexts: [String] = []

    /// An empty summary (no mentions).
    public init() {}

    /// The summary of one event's stored fields.
    public init(mentionCount: Int, datePrecision: String, sourceLevel: ActorLevel?, targetLevel: ActorLevel?, contexts: [String]) {
        self.mentionCount = mentionCount
        self.datePrecision = datePrecision
        self.sourceLevel = sourceLevel
        self.targetLevel = targetLevel
        self.contexts = contexts
    }

    /// Folds in one mention with these fields.
    public mutating func add(datePrecision precision: String, sourceLevel: ActorLevel?, targetLevel: ActorLevel?, contexts more: [String]) {
        if mentionCount == 0 || EventSummary.rank(precision) < EventSummary.rank(datePrecision) { datePrecision = precision }
        mentionCount += 1
        if self.sourceLevel == nil { self.sourceLevel = sourceLevel }
        if self.targetLevel == nil { self.targetLevel = targetLevel }
        for context in more where !contexts.contains(context) { contexts.append(context) }
    }

    /// Folds in the mention that `event` is.
    public mutating func add(_ event: CodedEvent) {
        add(datePrecision: event.datePrecision, sourceLevel: event.sourceLevel, targetLevel: event.targetLevel, contexts: event.contexts)
    }

    /// Smaller is more exact.
    static func rank(_ precision: String) -> Int {
        switch precision {
        case "day": 0
        case "week": 1
        case "month": 2
        case "year": 3
        case "document": 4
        default: 5
        }
    }

    /// Issue tags as stored: joined by `;`.
    static func joined(_ contexts: [String]) -> String { contexts.joined(separator: ";") }

    /// Issue tags from their stored form.
    static func split(_ stored: String) -> [String] { stored.isEmpty ? [] : stored.split(separator: ";").map(String.init) }
}
