import DyadStore
import Foundation

/// `/events`: the filters of `dyad events` as a form, the matching events a page at a time.
enum EventsPage {
    static func render(query: EventQuery, events: [StoredEvent], hasMore: Bool) -> String {
        let p = query.parameters
        var s = "<h1>Events</h1><form class=\"filters\" action=\"/events\" method=\"get\">"
        s += Layout.field("actor", "Actor", value: p["actor"], placeholder: "USA", size: 8)
        s += Layout.field("dyad", "Dyad", value: p["dyad"], placeholder: "USA,RUS", size: 9)
        s += Layout.field("code", "CAMEO codes", value: p["code"], placeholder: "04,163", size: 8)
        s += Layout.field("root", "Roots", value: p["root"], placeholder: "16,17", size: 6)
        s += Layout.field("from", "From", value: p["from"], placeholder: "YYYY-MM-DD")
        s += Layout.field("to", "To", value: p["to"], placeholder: "YYYY-MM-DD")
        s += Layout.field("issue", "Issue", value: p["issue"], placeholder: "ukraine", size: 9)
        s += Layout.field("text", "Text", value: p["text"], placeholder: "sanctions", size: 12)
        s += Layout.field("factuality", "Factuality", value: p["factuality"], placeholder: "asserted", size: 9)
        if let ids = p["ids"] { s += "<input type=\"hidden\" name=\"ids\" value=\"\(e(ids))\">" }
        s += "<button type=\"submit\">Filter</button></form>"
        if let ids = p["ids"] {
            s += "<p class=\"sub\">Events \(e(ids.replacingOccurrences(of: ",", with: ", "))) · <a href=\"/events\">all events</a></p>"
        }
        let first = query.offset + 1, last = query.offset + events.count
        s +=
            "<p class=\"sub\">" + (events.isEmpty ? "No events match." : "Events \(first) to \(last)\(hasMore ? "" : " (the last)").")
            + "</p>"
        s += EventTable.render(events)
        s += pager(query, hasMore: hasMore)
        let json = URLQuery.url("/api/v1/events", p.items)
        s += "<p class=\"sub\">As JSON: <a href=\"\(e(json))\">\(e(json))</a></p>"
        return Layout.page(title: "Events", body: s, search: p["text"] ?? "")
    }

    private static func pager(_ query: EventQuery, hasMore: Bool) -> String {
        var links: [String] = []
        if let previous = query.previousPage {
            links.append("<a href=\"\(e(URLQuery.url("/events", previous)))\" rel=\"prev\">← previous</a>")
        }
        if hasMore { links.append("<a href=\"\(e(URLQuery.url("/events", query.nextPage)))\" rel=\"next\">next →</a>") }
        return links.isEmpty ? "" : "<div class=\"pager\">\(links.joined())</div>"
    }
}
