import DyadCoder

/// What re-coding changed in one document.
public struct DocumentChanges: Sendable {
    /// The document.
    public var document: DocumentReference
    /// Events coded now and not before.
    public var added: [CodedEvent] = []
    /// Events coded before and not now.
    public var removed: [CodedEvent] = []
    /// Events coded before and now, with something else changed.
    public var changed: [EventChange] = []

    /// No changes yet to `document`.
    public init(document: DocumentReference) { self.document = document }

    /// Whether nothing changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

/// One event as coded before and now.
public struct EventChange: Sendable {
    /// As stored.
    public var old: CodedEvent
    /// As coded now.
    public var new: CodedEvent

    /// The names and values of the fields that differ: `date 2017-04-11 -> 2017-04-12`.
    public var differences: [String] { EventDiff.differences(old, new) }
}

/// Compares the events of one document before and after re-coding.
///
/// Events are paired by **sentence, source, target and code**: a pair whose other fields
/// (date, factuality, levels, date precision, issue tags, actor wording, code attributes)
/// differ is *changed*; an event without a partner is *added* or *removed*. A new code for
/// the same actors in the same sentence is therefore one removal and one addition.
public enum EventDiff {
    /// The changes from `old` to `new` in `document`.
    public static func compare(old: [CodedEvent], new: [CodedEvent], document: DocumentReference) -> DocumentChanges {
        var changes = DocumentChanges(document: document)
        var unmatched: [Key: [Int]] = Dictionary(grouping: old.indices, by: { Key(old[$0]) })
        var matched = Set<Int>()
        for event in new {
            guard let i = unmatched[Key(event)]?.first else {
                changes.added.append(event)
                continue
            }
            unmatched[Key(event)]?.removeFirst()
            matched.insert(i)
            if !differences(old[i], event).isEmpty { changes.changed.append(EventChange(old: old[i], new: event)) }
        }
        changes.removed = old.indices.filter { !matched.contains($0) }.map { old[$0] }
        return changes
    }

    /// The fields that differ between two events with the same key, as `name old -> new`.
    static func differences(_ a: CodedEvent, _ b: CodedEvent) -> [String] {
        var found: [String] = []
        func check(_ name: String, _ x: String, _ y: String) {
            if x != y { found.append("\(name) \(x.isEmpty ? "-" : x) -> \(y.isEmpty ? "-" : y)") }
        }
        check("date", a.date?.description ?? "", b.date?.description ?? "")
        check("factuality", a.factuality.rawValue, b.factuality.rawValue)
        check("date_precision", a.datePrecision, b.datePrecision)
        check("source_level", a.sourceLevel?.rawValue ?? "", b.sourceLevel?.rawValue ?? "")
        check("target_level", a.targetLevel?.rawValue ?? "", b.targetLevel?.rawValue ?? "")
        check("contexts", a.contexts.joined(separator: ";"), b.contexts.joined(separator: ";"))
        check("source_text", a.sourceText, b.sourceText)
        check("target_text", a.targetText, b.targetText)
        check("quad_class", String(a.quadClass), String(b.quadClass))
        check("goldstein", String(a.goldstein), String(b.goldstein))
        check("plover_type", a.ploverType, b.ploverType)
        check("plover_mode", a.ploverMode, b.ploverMode)
        return found
    }

    struct Key: Hashable {
        var sentence: Int
        var source: String
        var target: String
        var code: String

        init(_ e: CodedEvent) {
            sentence = e.sentenceIndex
            source = e.source
            target = e.target
            code = e.code
        }
    }
}
