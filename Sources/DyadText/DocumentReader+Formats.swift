import Foundation

extension DocumentReader {
    /// A plain-text document with optional `key: value` header lines.
    func parsePlainText(_ text: String, name: String) -> Result<Document, InputError> {
        var document = Document(id: name, date: defaultDate, text: text)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var header: [(String, String, Int)] = []
        var lineNumber = 0
        while let line = lines.first {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let colon = trimmed.firstIndex(of: ":"),
                ["title", "date", "published", "url", "id", "source"].contains(trimmed[..<colon].lowercased())
            else { break }
            header.append(
                (trimmed[..<colon].lowercased(), trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces), lineNumber))
            lines.removeFirst()
        }
        guard header.isEmpty || lines.first?.trimmingCharacters(in: .whitespaces).isEmpty != false else {
            // Header-like first lines not followed by a blank line are part of the text.
            return .success(document)
        }
        for (key, value, line) in header {
            switch key {
            case "title": document.title = value
            case "url", "source": document.url = value
            case "id": document.id = value
            default:
                guard let day = DocumentReader.parseDate(value) else {
                    return .failure(InputError(file: name, line: line, reason: "'\(value)' is not a date (YYYY-MM-DD)"))
                }
                document.date = day
            }
        }
        if !header.isEmpty { document.text = lines.dropFirst().joined(separator: "\n") }
        if document.text.allSatisfy(\.isWhitespace) {
            return .failure(InputError(file: name, reason: "has no text"))
        }
        return .success(document)
    }

    /// `YYYY-MM-DD`, or an ISO timestamp whose first ten characters are one.
    static func parseDate(_ text: String) -> Day? {
        Day(iso: text.prefix(10))
    }

    struct JSONDocument: Decodable {
        var id: String?
        var date: String?
        var published: String?
        var title: String?
        var url: String?
        var text: String?
        var body: String?
        var content: String?
    }

    /// One document per line; each bad line is reported and skipped.
    func readJSONLines(_ data: Data, name: String, _ handle: (Result<Document, InputError>) -> Void) {
        // Splitting the raw bytes is many times faster than splitting `Data`.
        data.withUnsafeBytes { readJSONLines($0, name: name, handle) }
    }

    private func readJSONLines(_ data: UnsafeRawBufferPointer, name: String, _ handle: (Result<Document, InputError>) -> Void) {
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard line.count <= maximumDocumentBytes else {
                handle(.failure(InputError(file: name, line: lineNumber, reason: "line is longer than \(maximumDocumentBytes >> 20) MB")))
                continue
            }
            guard String(validating: line, as: UTF8.self) != nil else {
                handle(.failure(InputError(file: name, line: lineNumber, reason: "is not valid UTF-8")))
                continue
            }
            let record: JSONDocument
            do {
                record = try decoder.decode(JSONDocument.self, from: Data(UnsafeRawBufferPointer(rebasing: line)))
            } catch {
                handle(.failure(InputError(file: name, line: lineNumber, reason: "malformed JSON: \(DocumentReader.describe(error))")))
                continue
            }
            guard let text = record.text ?? record.body ?? record.content, !text.allSatisfy(\.isWhitespace) else {
                handle(.failure(InputError(file: name, line: lineNumber, reason: "has no 'text' field")))
                continue
            }
            var date = defaultDate
            if let given = record.date ?? record.published, !given.isEmpty {
                guard let day = DocumentReader.parseDate(given) else {
                    handle(.failure(InputError(file: name, line: lineNumber, reason: "'\(given)' is not a date (YYYY-MM-DD)")))
                    continue
                }
                date = day
            }
            handle(
                .success(
                    Document(
                        id: record.id ?? "\(name):\(lineNumber)", title: record.title ?? "", url: record.url ?? "", date: date, text: text))
            )
        }
    }

    /// A one-line description of a decoding error.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.underlyingError.map { "\($0.localizedDescription)" } ?? c.debugDescription
        case DecodingError.typeMismatch(_, let c):
            return "field '\(c.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        default: return "\(error)"
        }
    }
}
