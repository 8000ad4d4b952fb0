import DyadStore

/// A table of stored events: each with its date, actors, code, factuality and sentence, and
/// links to its document (at the sentence) and to itself. Rows are anchors (`#e42`).
enum EventTable {
    static func render(_ events: [StoredEvent]) -> String {
        guard !events.isEmpty else { return "<p class=\"muted\">No events.</p>" }
        var s = "<table class=\"events\"><tr><th>date</th><th>source → target</th><th>code</th><th>sentence</th></tr>"
        for stored in events {
            let ev = stored.event
            let mentions = stored.mentionCount == 1 ? "" : " · \(stored.mentionCount) mentions"
            let factuality = ev.factuality == .asserted ? "" : " <small>(\(e(ev.factuality.rawValue)))</small>"
            s += "<tr id=\"e\(stored.id)\"><td>\(e(ev.date?.description ?? "undated"))</td>"
            s += "<td>\(Links.actorLink(ev.source)) → \(Links.actorLink(ev.target))</td>"
            s += "<td><code>\(e(ev.code))</code>\(factuality)</td>"
            s +=
                "<td><q>\(e(ev.sentence))</q><small><a href=\"\(e(Links.document(stored.documentID, sentence: ev.sentenceIndex)))\">\(e(ev.doc))</a>"
            s += " · <a href=\"\(e(Links.events(ids: [String(stored.id)])))\">event \(stored.id)</a>\(e(mentions))</small></td></tr>"
        }
        return s + "</table>"
    }
}
