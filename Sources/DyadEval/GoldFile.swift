import DyadCoder
import DyadText
import Foundation

/// One event of a gold file.
public struct GoldEvent: Sendable, Codable, Hashable {
    /// Source actor code.
    public var source: String
    /// Target actor code.
    public var target: String
    /// CAMEO code.
    public var code: String
    /// Whether it happened.
    public var factuality: Factuality
    /// The event's own date, when the sentence gives one.
    public var date: String?

    /// The CAMEO root.
    public var root: String { String(code.prefix(2)) }
}

/// One sentence of a gold file with the events a careful analyst codes from it.
public struct GoldSentence: Sendable, Codable {
    /// Document id; consecutive sentences with the same id form one document.
    public var doc: String
    /// The document's date.
    public var date: String?
    /// The sentence.
    public var text: String
    /// The document's title (first sentence of a document only).
    public var title: String?
    /// The gold events.
    public var events: [GoldEvent]
    /// `dev` or `test`.
    public var split: String?
    /// The line of the gold file it came from.
    public var line: Int?
}

/// Reads gold files (see docs/gold-format.md).
public enum GoldFile {
    /// The sentences of a gold file; any bad line is an error naming the file and line.
    public static func read(_ path: String) throws -> [GoldSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: "cannot be read")
        }
        return try parse(data, name: path)
    }

    /// The sentences of gold-file bytes.
    public static func parse(_ data: Data, name: String) throws -> [GoldSentence] {
        let decoder = JSONDecoder()
        var sentences: [GoldSentence] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do {
                var sentence = try decoder.decode(GoldSentence.self, from: Data(line))
                sentence.line = lineNumber
                if let date = sentence.date, Day(iso: date.prefix(10)) == nil {
                    throw InputError(file: name, line: lineNumber, reason: "'\(date)' is not a date (YYYY-MM-DD)")
                }
                sentences.append(sentence)
            } catch let error as InputError {
                throw error
            } catch {
                throw InputError(file: name, line: lineNumber, reason: "not a gold sentence: \(DocumentReader.describe(error))")
            }
        }
        if sentences.isEmpty { throw InputError(file: name, reason: "contains no gold sentences") }
        return sentences
    }
}
