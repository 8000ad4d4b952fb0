import DyadText

/// The event-data file formats `dyad import` reads (see docs/formats.md).
public enum ImportFormat: String, Sendable, CaseIterable {
    /// GDELT 1.0 event files (57 fields, or 58 with SOURCEURL) and GDELT 2.0 event exports
    /// (61 fields); no header.
    case gdelt
    /// ICEWS coded-event files (Harvard Dataverse), with a header row.
    case icews
    /// Phoenix daily files (26 fields, no header).
    case phoenix
    /// POLECAT weekly or monthly files (PLOVER-coded), with a header row.
    case polecat
}

/// One event of an imported row, in dyad's terms.
public struct ImportedEvent: Sendable, Hashable {
    /// Source actor code in dyad's convention (`USAGOV`), "" when absent.
    public var source: String
    /// Target actor code, "" when absent.
    public var target: String
    /// The source as the file names it (`UNITED STATES`, `John Kerry`).
    public var sourceText: String
    /// The target as the file names it.
    public var targetText: String
    /// CAMEO code, leading zero kept.
    public var code: String
    /// QuadClass, 1 to 4.
    public var quadClass: Int
    /// Goldstein weight (or ICEWS/POLECAT intensity).
    public var goldstein: Double
    /// PLOVER event type.
    public var ploverType: String
    /// PLOVER mode.
    public var ploverMode: String
    /// Issue tags or PLOVER contexts.
    public var contexts: [String]
}

/// One row of an event file: the document it becomes and its events (one, or several for
/// compound actors).
public struct ImportedRecord: Sendable {
    /// The key that makes importing idempotent, stored as the document's key: the format
    /// and the row's own id (`gdelt:410479387`, `icews:41234567:2015-05-12`).
    public var key: String
    /// The event date.
    public var date: Day
    /// The source article's URL, when the format has one.
    public var url: String
    /// A title for the document: the publisher or news source, when known.
    public var title: String
    /// A one-line description of the row, stored as the document text and the mention's
    /// sentence (what `dyad events` shows and `--text` searches).
    public var summary: String
    /// Its events.
    public var events: [ImportedEvent]
}

/// Why a row was skipped.
struct RowError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// A problem found while importing: a skipped row (`error`) or something imported with less
/// information than the file meant (`warning`), with its place.
public struct ImportProblem: Sendable, CustomStringConvertible {
    /// Errors skip the row; warnings do not.
    public enum Severity: String, Sendable { case error, warning }
    /// How bad it is.
    public var severity: Severity
    /// The file.
    public var file: String
    /// The 1-based line, 0 for the whole file.
    public var line: Int
    /// What is wrong.
    public var reason: String

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return severity == .warning ? "\(place): warning: \(reason)" : "\(place): \(reason)"
    }
}
