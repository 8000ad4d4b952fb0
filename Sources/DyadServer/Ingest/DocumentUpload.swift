import DyadText
import Foundation

/// The body of `POST /api/v1/documents`: `{"id"?, "title"?, "date"?, "url"?, "text"}`.
///
/// Every field is checked: `text` must have some words, `date` must be YYYY-MM-DD, `url`
/// an http(s) address; unknown fields are refused so that a misspelt `"titel"` is noticed.
struct DocumentUpload: Sendable {
    /// The fields accepted.
    static let fields: Set<String> = ["id", "title", "date", "url", "text"]

    /// The document described.
    var document: Document

    /// Parses and checks a JSON body.
    init(json: Data) throws {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
                throw ServerError.badRequest("the body must be a JSON object such as {\"text\": \"...\"}")
            }
            object = parsed
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError.badRequest("the body is not valid JSON")
        }
        if let unknown = object.keys.sorted().first(where: { !Self.fields.contains($0) }) {
            throw ServerError.badRequest("unknown field '\(unknown)'; known: \(Self.fields.sorted().joined(separator: ", "))")
        }
        func string(_ key: String, max: Int) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else { throw ServerError.badRequest("\(key) must be a string") }
            guard text.count <= max else { throw ServerError.badRequest("\(key) is longer than \(max) characters") }
            return text
        }
        guard let text = try string("text", max: Int.max), text.contains(where: { $0.isLetter }) else {
            throw ServerError.badRequest("text is required: the article to code")
        }
        var date: Day?
        if let given = try string("date", max: 10) {
            guard let day = Day(iso: given) else { throw ServerError.badRequest("date must be YYYY-MM-DD, not '\(given)'") }
            date = day
        }
        let url = try string("url", max: 2000) ?? ""
        if !url.isEmpty, !(url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://")) {
            throw ServerError.badRequest("url must start with http:// or https://")
        }
        let id = try string("id", max: 300).flatMap { $0.isEmpty ? nil : $0 }
        document = Document(id: id ?? "", title: try string("title", max: 1000) ?? "", url: url, date: date, text: text)
    }
}
