import DyadStore

/// `/`: what the store holds, the most active dyads with links to their relation pages, and
/// forms to open a relation or find an actor.
enum OverviewPage {
    static func render(stats: StoreStats, dyads: [DyadActivity]) -> String {
        var s = "<h1>Overview</h1>"
        let dates = stats.firstDate.map { "\($0) to \(stats.lastDate?.description ?? "")" } ?? "no dated events"
        s += "<p class=\"sub\">\(stats.documents) documents · \(stats.events) events · \(stats.mentions) mentions · \(e(dates))</p>"
        s += RelationPage.form(a: nil, b: nil, options: nil)
        s += "<h2>Most active dyads</h2>"
        if dyads.isEmpty {
            s += "<p class=\"muted\">No events between two actors yet. Ingest articles with <code>dyad ingest</code>.</p>"
        } else {
            s +=
                "<table><tr><th>dyad</th><th class=\"num\">events</th><th class=\"num\">A → B</th><th class=\"num\">B → A</th><th></th></tr>"
            for d in dyads {
                let (a, b) = (d.pair.first, d.pair.second)
                s += "<tr><td>\(Links.actorLink(a)) – \(Links.actorLink(b))</td><td class=\"num\">\(d.events)</td>"
                s += "<td class=\"num\">\(d.firstToSecond)</td><td class=\"num\">\(d.secondToFirst)</td>"
                s +=
                    "<td><a href=\"\(e(Links.relation(a, b)))\">relation</a> · <a href=\"\(e(URLQuery.url("/events", [("dyad", "\(a),\(b)")])))\">events</a></td></tr>"
            }
            s += "</table>"
        }
        return Layout.page(title: "Overview", body: s)
    }
}
