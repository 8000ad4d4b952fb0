import Foundation

/// How events are written out.
public enum EventFormat: String, Sendable, CaseIterable {
    /// JSON Lines, one event per line, with the field names of DESIGN.md section 5.
    case jsonl
    /// Tab-separated values with a header row (Phoenix/GDELT column names where they exist).
    case tsv
    /// Comma-separated values with a header row.
    case csv
    /// An aligned table for reading on a terminal.
    case table
    /// GDELT 1.0 event rows: 58 tab-separated fields, no header (EventFormat+GDELT.swift).
    case gdelt
    /// Phoenix event rows: 26 tab-separated fields, no header (EventFormat+Phoenix.swift).
    case phoenix
    /// PLOVER event records, one JSON object per line (EventFormat+PLOVER.swift).
    case plover
}

/// Writes events in one of the ``EventFormat``s.
public struct EventWriter {
    /// The format.
    public let format: EventFormat
    private let encoder: JSONEncoder
    private var wroteHeader = false

    /// The columns of the TSV and CSV formats.
    public static let columns = [
        "id", "doc", "sentence_index", "date", "date_precision", "source", "source_level", "target", "target_level",
        "code", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "factuality", "contexts",
        "source_text", "target_text", "sentence",
    ]

    /// A writer for `format`.
    public init(format: EventFormat) {
        self.format = format
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The lines for `events` (with the header first, for TSV and CSV, on the first call).
    public mutating func lines(_ events: [CodedEvent]) -> [String] {
        var out: [String] = []
        if !wroteHeader, format == .tsv || format == .csv {
            out.append(EventWriter.columns.joined(separator: format == .tsv ? "\t" : ","))
        }
        if !wroteHeader, format == .table {
            out.append(EventWriter.tableRow(["date", "source", "code", "target", "factuality", "sentence"]))
        }
        wroteHeader = true
        for event in events {
            switch format {
            case .jsonl:
                out.append(event.jsonLine)
            case .tsv:
                out.append(
                    EventWriter.fields(event).map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                        .joined(separator: "\t"))
            case .csv:
                out.append(EventWriter.fields(event).map(EventWriter.csvQuote).joined(separator: ","))
            case .table:
                let sentence = event.sentence.count > 70 ? event.sentence.prefix(67) + "..." : Substring(event.sentence)
                out.append(
                    EventWriter.tableRow([
                        event.date?.description ?? "", event.source.isEmpty ? "-" : event.source, event.code,
                        event.target.isEmpty ? "-" : event.target, event.factuality.rawValue, String(sentence),
                    ]))
            case .gdelt:
                out.append(EventWriter.gdeltFields(event).joined(separator: "\t"))
            case .phoenix:
                out.append(EventWriter.phoenixFields(event).joined(separator: "\t"))
            case .plover:
                out.append(String(decoding: (try? encoder.encode(EventWriter.ploverRecord(event))) ?? Data(), as: UTF8.self))
            }
        }
        return out
    }

    static func tableRow(_ cells: [String]) -> String {
        let widths = [10, 9, 5, 9, 12]
        return cells.enumerated().map { i, c in
            i < widths.count ? c.padding(toLength: max(widths[i], c.count), withPad: " ", startingAt: 0) : c
        }
        .joined(separator: "  ")
    }

    static func fields(_ e: CodedEvent) -> [String] {
        [
            e.id, e.doc, String(e.sentenceIndex), e.date?.description ?? "", e.datePrecision, e.source,
            e.sourceLevel?.rawValue ?? "", e.target, e.targetLevel?.rawValue ?? "", e.code, e.root, String(e.quadClass),
            String(e.goldstein), e.ploverType, e.ploverMode, e.factuality.rawValue, e.contexts.joined(separator: ";"),
            e.sourceText, e.targetText, e.sentence,
        ]
    }

    static func csvQuote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
