import DyadAnalysis
import DyadCoder
import DyadStore
import Foundation

/// `/documents/{id}`: the document's text with each coded sentence highlighted (`#s3`) and
/// its events beside it, each event (`#e42`) linked to its event page and its relation.
enum DocumentPage {
    static func render(_ stored: StoredDocument, events: [CodedEvent]) -> String {
        let doc = stored.document
        let title = doc.title.isEmpty ? doc.id : doc.title
        var s = "<h1>\(e(title))</h1><p class=\"sub\">"
        var facts = ["document \(stored.id)", e(doc.id)]
        if let date = doc.date { facts.append(date.description) }
        if Self.isWebAddress(doc.url) {
            facts.append("<a href=\"\(e(doc.url))\" rel=\"noopener noreferrer nofollow\">source</a>")
        }
        facts.append("\(events.count) event mention\(events.count == 1 ? "" : "s")")
        facts.append("<a href=\"/api/v1/documents/\(stored.id)\">JSON</a>")
        s += facts.joined(separator: " · ") + "</p>"
        s += "<div class=\"doc\">" + body(doc.text, sentences: CodedSentence.group(events)) + "</div>"
        return Layout.page(title: title, body: s)
    }

    /// Whether `url` may be a link: http or https only (never `javascript:`).
    static func isWebAddress(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    /// The text cut at the coded sentences' offsets: plain runs, and each coded sentence
    /// highlighted beside its events. Sentences whose offsets do not fit the text are listed
    /// after it.
    private static func body(_ text: String, sentences: [CodedSentence]) -> String {
        let bytes = Array(text.utf8)
        var s = ""
        var cursor = 0
        var unplaced: [CodedSentence] = []
        for sentence in sentences.sorted(by: { ($0.offsets.first ?? 0) < ($1.offsets.first ?? 0) }) {
            guard sentence.offsets.count == 2, case let (start, end) = (sentence.offsets[0], sentence.offsets[1]),
                start >= cursor, start < end, end <= bytes.count
            else {
                unplaced.append(sentence)
                continue
            }
            s += plain(bytes[cursor..<start])
            s +=
                "<div class=\"text\"><mark id=\"s\(sentence.index)\">\(e(String(decoding: bytes[start..<end], as: UTF8.self)))</mark></div>"
            s += side(sentence)
            cursor = end
        }
        s += plain(bytes[cursor...])
        for sentence in unplaced {
            s += "<div class=\"text\"><mark id=\"s\(sentence.index)\">\(e(sentence.text))</mark></div>" + side(sentence)
        }
        return s
    }

    private static func plain(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return "" }
        return "<div class=\"text\">\(e(text))</div><div></div>"
    }

    /// The events of a sentence.
    private static func side(_ sentence: CodedSentence) -> String {
        var s = "<div class=\"side\">"
        for ev in sentence.events {
            let factuality = ev.factuality == .asserted ? "" : " (\(e(ev.factuality.rawValue)))"
            s +=
                "<div class=\"ev\" id=\"e\(e(ev.id))\">\(Links.actorLink(ev.source)) → \(Links.actorLink(ev.target)) <code>\(e(ev.code))</code>\(factuality)"
            s += " <small>\(e(ev.date?.description ?? "undated")) · <a href=\"\(e(Links.events(ids: [ev.id])))\">event \(e(ev.id))</a>"
            let (a, b) = (ActorCode.principal(ev.source), ActorCode.principal(ev.target))
            if !a.isEmpty, !b.isEmpty, !a.hasPrefix(b), !b.hasPrefix(a) {
                s += " · <a href=\"\(e(Links.relation(a, b)))\">relation</a>"
            }
            s += "</small></div>"
        }
        return s + "</div>"
    }
}
