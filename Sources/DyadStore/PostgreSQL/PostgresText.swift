/// Text as PostgreSQL can store it. A `text` value cannot hold U+0000 (the server refuses
/// the whole statement, and with it the batch), while SQLite stores it: documents read from
/// files with stray NUL bytes are kept, with each NUL replaced by U+FFFD, the replacement
/// character. The content hash is computed from the text as read, so a re-ingest still
/// finds the document.
enum PostgresText {
    static func storable(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        return text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
    }
}
