import DyadEval
import DyadText
import Foundation

/// Reads TABARI validation records (`Validate.text` style) as gold sentences.
///
/// A record is a header `YYMMDD  RECORD-ID` (YY up to 30 is 20YY), the text lines, then a
/// `/* … */` block holding one `{ SRC / TGT / CODE }` per expected event, in coding order.
/// `{---}` (no event), `{###}` (discarded) and `{+++}` (flagged complex) expect no event;
/// `-{…}` stops checking there, so it and the events after it are left out; `{ OPTION: … }`
/// and dates after an event are ignored. Actor codes are put in dyad's convention.
public enum TabariValidationReader {
    /// Whether `text` starts like a TABARI validation file (a `YYMMDD  ID` header).
    public static func looksLikeTabari(_ text: Substring) -> Bool {
        guard let first = text.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
        return isHeader(first.trimmingCharacters(in: .whitespaces)) != nil
    }

    /// `150512  DYAD-03` → (2015-05-12, DYAD-03).
    static func isHeader(_ line: String) -> (Day, String)? {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, parts[0].count == 6, parts[0].allSatisfy(\.isASCII), let n = Int(parts[0]) else { return nil }
        let yy = n / 10000
        guard let day = Day(year: yy <= 30 ? 2000 + yy : 1900 + yy, month: n / 100 % 100, day: n % 100) else { return nil }
        return (day, String(parts[1]))
    }

    /// The gold sentences of `text`; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> [GoldSentence] {
        var sentences: [GoldSentence] = []
        var current: (day: Day, id: String, line: Int, text: [String])?
        var comment: String?
        var lineNumber = 0

        /// Adds the current record when its comment block is closed.
        func closeIfDone() throws {
            guard let open = comment, let end = open.range(of: "*/"), let record = current else { return }
            let events = try goldEvents(String(open[..<end.lowerBound]), file: file, line: record.line)
            sentences.append(
                GoldSentence(
                    doc: record.id, text: record.text.joined(separator: " "), events: events, date: record.day.description,
                    line: record.line))
            current = nil
            comment = nil
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = (raw.last == "\r" ? raw.dropLast() : raw).trimmingCharacters(in: .whitespaces)
            if let open = comment {
                comment = open + "\n" + line
                try closeIfDone()
                continue
            }
            if line.isEmpty { continue }
            if let record = current {
                guard let start = line.range(of: "/*") else {
                    current?.text.append(line)
                    continue
                }
                let before = line[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
                if !before.isEmpty { current?.text.append(before) }
                guard !(current?.text.isEmpty ?? true) else {
                    throw InputError(file: file, line: record.line, reason: "record \(record.id) has no text")
                }
                comment = String(line[start.upperBound...])
                try closeIfDone()
                continue
            }
            guard let (day, id) = isHeader(line) else {
                throw InputError(file: file, line: lineNumber, reason: "expected a record header 'YYMMDD  RECORD-ID', found '\(line)'")
            }
            current = (day, id, lineNumber, [])
        }
        if comment != nil, let record = current {
            throw InputError(file: file, line: record.line, reason: "record \(record.id): /* without */")
        }
        if let record = current {
            throw InputError(file: file, line: record.line, reason: "record \(record.id) has no /* … */ block with its expected events")
        }
        if sentences.isEmpty { throw InputError(file: file, reason: "contains no validation records") }
        return sentences
    }

    /// The expected events of a comment block.
    static func goldEvents(_ block: String, file: String, line: Int) throws -> [GoldEvent] {
        var events: [GoldEvent] = []
        var rest = Substring(block.replacingOccurrences(of: "\\n", with: "\n"))
        while let open = rest.firstIndex(of: "{") {
            let stop = open > rest.startIndex && rest[rest.index(before: open)] == "-"
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw InputError(file: file, line: line, reason: "'{' without '}' in the expected events")
            }
            let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespacesAndNewlines)
            rest = rest[rest.index(after: close)...]
            if stop { break }
            if inside.hasPrefix("OPTION") || ["---", "###", "+++"].contains(inside) { continue }
            let fields = inside.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else {
                throw InputError(file: file, line: line, reason: "expected '{ SRC / TGT / CODE }', found '{ \(inside) }'")
            }
            let code = String(fields[2].split(separator: ":").first ?? "")
            guard !code.isEmpty, code != "---", code != "###" else { continue }
            events.append(
                GoldEvent(PetrarchValidationReader.actor(fields[0]), code, PetrarchValidationReader.actor(fields[1])))
        }
        return events
    }
}

/// Reads gold files in any of the formats `dyad eval` accepts: dyad's JSON Lines
/// (docs/gold-format.md), PETRARCH XML validation records and TABARI validation text.
public enum GoldReader {
    /// The formats.
    public enum Kind: String, Sendable { case jsonl, petrarchXML, tabari }

    /// Whether a file found in a directory is a gold file (`.jsonl`, `.xml`, `.text`).
    public static func isGoldFile(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".xml") || path.hasSuffix(".text")
    }

    /// The format of a file: by extension (`.jsonl`, `.xml`), else by its first characters.
    public static func kind(path: String, text: Substring) -> Kind {
        if path.hasSuffix(".jsonl") { return .jsonl }
        if path.hasSuffix(".xml") { return .petrarchXML }
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if start.hasPrefix("<") { return .petrarchXML }
        if TabariValidationReader.looksLikeTabari(start) { return .tabari }
        return .jsonl
    }

    /// The gold sentences of the file at `path`.
    public static func read(_ path: String) throws -> [GoldSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: "cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        switch kind(path: path, text: text.prefix(4096)) {
        case .jsonl: return try GoldFile.parse(data, name: path)
        case .petrarchXML: return try PetrarchValidationReader.parse(text, file: path)
        case .tabari: return try TabariValidationReader.parse(text, file: path)
        }
    }
}
