/// A record of a lexicon file: a header line and the indented `key: values` lines under it.
struct LexiconRecord {
    struct Attribute {
        var key: String
        var values: [String]
        var line: Int
    }
    var header: String
    var line: Int
    var attributes: [Attribute] = []

    /// The values of every attribute named `key`, in order.
    func values(_ key: String) -> [String] {
        attributes.filter { $0.key == key }.flatMap(\.values)
    }
}

/// Reads the common record structure of dyad's lexicon files.
enum RecordReader {
    /// Splits `a | b | c` into trimmed, non-empty alternatives.
    static func alternatives(_ text: Substring) -> [String] {
        text.split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// The records of a file's text; `file` names it in errors.
    static func records(_ text: String, file: String) throws -> [LexiconRecord] {
        var records: [LexiconRecord] = []
        var lineNumber = 0
        for rawBytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawBytes)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if line.last == "\r" { line = line.dropLast() }
            guard !line.trimmingSpaces.isEmpty else { continue }
            if line.first == " " || line.first == "\t" {
                guard !records.isEmpty else {
                    throw LexiconError(file: file, line: lineNumber, reason: "indented line before any record")
                }
                let body = line.trimmingSpaces
                guard let colon = body.firstIndex(of: ":") else {
                    throw LexiconError(file: file, line: lineNumber, reason: "expected 'key: value', found '\(body)'")
                }
                let key = body[..<colon].trimmingSpaces.lowercased()
                let values = alternatives(body[body.index(after: colon)...])
                records[records.count - 1].attributes.append(.init(key: key, values: values, line: lineNumber))
            } else {
                records.append(LexiconRecord(header: line.trimmingSpaces, line: lineNumber))
            }
        }
        return records
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
