import DyadAnalysis

/// `text` escaped for HTML text and attribute values.
func e(_ text: String) -> String { HTMLText.escape(text) }

/// The frame of every dashboard page: header with navigation and the search box, the
/// report style sheet plus the dashboard's own, responsive from phone to laptop. No script,
/// font or style is loaded from anywhere: the pages work offline.
enum Layout {
    /// A whole page titled `title` around `body` (HTML); `search` fills the search box.
    static func page(title: String, body: String, search: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title)) · dyad</title><style>\(HTMLRenderer.styleSheet)\(css)</style></head>
        <body><header class="top"><a class="brand" href="/">dyad</a>
        <nav><a href="/">Overview</a><a href="/relation">Relation</a><a href="/events">Events</a><a href="/actors">Actors</a></nav>
        <form class="search" action="/events" method="get" role="search"><input type="search" name="text" value="\(e(search))" placeholder="Search sentences" aria-label="Search the sentences of events"><button type="submit">Search</button></form>
        </header><main>\(body)</main>
        <footer>JSON API: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></footer></body></html>
        """
    }

    /// A form field: a label over a text input.
    static func field(_ name: String, _ label: String, value: String?, placeholder: String = "", size: Int = 10) -> String {
        "<label>\(e(label))<input name=\"\(e(name))\" value=\"\(e(value ?? ""))\" placeholder=\"\(e(placeholder))\" size=\"\(size)\"></label>"
    }

    /// A form field: a label over a choice.
    static func select(_ name: String, _ label: String, options: [String], selected: String) -> String {
        let items = options.map { "<option\($0 == selected ? " selected" : "")>\(e($0))</option>" }.joined()
        return "<label>\(e(label))<select name=\"\(e(name))\">\(items)</select></label>"
    }

    static let css = """
        a{color:#1f5fa8}header.top{display:flex;flex-wrap:wrap;gap:.5em 1.2em;align-items:center;border-bottom:1px solid #ddd;padding-bottom:.6em}
        .brand{font-weight:700;font-size:1.25em;color:#222;text-decoration:none}nav a{margin-right:.9em}
        form.search{margin-left:auto;display:flex;gap:.3em}form.search input{width:15em}
        input,select,button{font:inherit;padding:3px 6px;max-width:100%}
        form.filters{display:flex;flex-wrap:wrap;gap:.5em .8em;align-items:flex-end;margin:.8em 0;padding:.6em;background:#f7f7f7;border-radius:4px}
        form.filters label{display:flex;flex-direction:column;font-size:.85em;color:#555}
        footer{margin:2.5em 0 1em;color:#888;font-size:.9em}.num{text-align:right}
        .pager{display:flex;gap:1.2em;margin:.8em 0}.muted{color:#888}
        table.events td:nth-child(1){white-space:nowrap}table.events q{display:block}table.events small{overflow-wrap:anywhere}
        tr:target,.ev:target{background:#fff3c4}
        .doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:.3em 1.4em;align-items:start}
        .doc .text{white-space:pre-wrap}.doc mark{background:#fff0a0;padding:0 .1em}.doc mark:target{background:#ffd84d}
        .doc .side{font-size:.9em;border-left:3px solid #e8c100;padding-left:.6em}
        ul.plain{list-style:none;padding-left:0}
        @media (max-width:700px){body{margin:1em auto;font-size:15px}.doc{grid-template-columns:1fr}.doc .side{margin-bottom:1em}
        form.search{margin-left:0;width:100%}form.search input{flex:1;width:auto}
        table{display:block;overflow-x:auto}td,th{min-width:5em}td:last-child{min-width:13em}}
        """
}

/// URLs of dashboard pages.
enum Links {
    static func document(_ id: Int64, sentence: Int? = nil) -> String {
        "/documents/\(id)" + (sentence.map { "#s\($0)" } ?? "")
    }

    static func actor(_ code: String) -> String { "/actors/" + URLQuery.encode(code) }

    static func relation(_ a: String, _ b: String) -> String { URLQuery.url("/relation", [("a", a), ("b", b)]) }

    static func events(ids: [String]) -> String { URLQuery.url("/events", [("ids", ids.joined(separator: ","))]) }

    /// An actor code as a link to its page; "–" when empty.
    static func actorLink(_ code: String) -> String {
        code.isEmpty ? "–" : "<a href=\"\(e(actor(code)))\">\(e(code))</a>"
    }
}
