import DyadStore

/// `/actors/{code}`: an actor's name, the people who act for it with their dated roles, its
/// most active partners (links to the relation pages) and its first events; and `/actors`,
/// the lexicon's actors found by a search.
struct ActorPage {
    /// The most events listed.
    static let eventLimit = 50

    var code: String
    var name: String
    var people: [ActorDirectory.Entry]
    var partners: [DyadActivity]
    var events: [StoredEvent]

    func render() -> String {
        var s = "<h1>\(e(name)) <small class=\"muted\">\(e(code))</small></h1>"
        s += "<h2>Most active partners</h2>"
        if partners.isEmpty {
            s += "<p class=\"muted\">No events with another actor.</p>"
        } else {
            s += "<table><tr><th>dyad</th><th class=\"num\">events</th><th></th></tr>"
            for d in partners {
                s += "<tr><td>\(Links.actorLink(d.pair.first)) – \(Links.actorLink(d.pair.second))</td><td class=\"num\">\(d.events)</td>"
                s += "<td><a href=\"\(e(Links.relation(d.pair.first, d.pair.second)))\">relation</a></td></tr>"
            }
            s += "</table>"
        }
        if !people.isEmpty {
            s += "<h2>People</h2><table><tr><th>name</th><th>roles</th></tr>"
            for person in people {
                let roles = (person.roles ?? []).map { role in
                    let dates = "\(role.from?.description ?? "…") – \(role.to?.description ?? "")"
                    return "\(e(role.title)) <code>\(e(role.code))</code> <small>\(e(role.level)), \(e(dates))</small>"
                }
                s += "<tr><td>\(e(person.name))</td><td>\(roles.joined(separator: "<br>"))</td></tr>"
            }
            s += "</table>"
        }
        s += "<h2>Events</h2>" + EventTable.render(Array(events.prefix(Self.eventLimit)))
        let all = URLQuery.url("/events", [("actor", code)])
        s += "<p><a href=\"\(e(all))\">All events of \(e(code))</a></p>"
        return Layout.page(title: name, body: s)
    }

    /// The search page.
    static func search(_ query: String, found: [ActorDirectory.Entry]) -> String {
        var s = "<h1>Actors</h1><form class=\"filters\" action=\"/actors\" method=\"get\">"
        s += Layout.field("q", "Name or code", value: query, placeholder: "Lavrov", size: 16)
        s += "<button type=\"submit\">Find</button></form>"
        guard !found.isEmpty else { return Layout.page(title: "Actors", body: s + "<p class=\"muted\">No actor matches.</p>") }
        s += "<table><tr><th>code</th><th>name</th><th>kind</th></tr>"
        for entry in found {
            s += "<tr><td>\(Links.actorLink(entry.code))</td><td>\(e(entry.name))</td><td>\(e(entry.kind.rawValue))</td></tr>"
        }
        return Layout.page(title: "Actors", body: s + "</table>")
    }
}
