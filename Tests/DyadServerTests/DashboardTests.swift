import Foundation
import Testing

/// The dashboard's pages: each answers, escapes everything and links evidence to documents.
@Suite struct DashboardTests {
    /// The page at `target`, expected to be HTML with status 200.
    static func page(_ client: HTTPWire, _ target: String) async throws -> String {
        let reply = try await client.get(target)
        #expect(reply.status == 200, "\(target): \(reply.status)")
        #expect(reply.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(reply.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        let html = reply.text
        // Offline: nothing is fetched from elsewhere, and no script runs.
        #expect(!html.contains("<script"), "\(target) has a script")
        #expect(!html.contains("src=\"http"), "\(target) loads from elsewhere")
        #expect(!html.contains("<link"), "\(target) links a resource")
        return html
    }

    @Test func pagesEscapeText() async throws {
        try await TestServer.with { client in
            let events = try await Self.page(client, "/events?source=GBR&text=once")
            #expect(events.contains("&lt;b onmouseover=&quot;alert(1)&quot;&gt;at once&lt;/b&gt;"))
            #expect(!events.contains("<b onmouseover"))
            let documentID = try #require(events.firstMatch(of: /href="\/documents\/(\d+)#s0"/).map { String($0.output.1) })
            let document = try await Self.page(client, "/documents/\(documentID)")
            #expect(document.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; Co"))
            #expect(document.contains("<mark id=\"s0\">Britain expelled Russian diplomats &lt;b onmouseover="))
            #expect(!document.contains("<b onmouseover"))
            // Text put in the search box comes back escaped.
            let search = try await Self.page(client, "/events?text=%22%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E")
            #expect(search.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""))
        }
    }

    @Test func relationPageLinksFiguresToEventsAndEventsToDocuments() async throws {
        try await TestServer.with { client in
            let html = try await Self.page(client, "/relation?a=USA&b=RUS")
            #expect(html.contains("<svg"))
            #expect(html.contains("<g class=\"hit\"><a href=\"/events?ids="), "period columns link to their events")
            #expect(html.contains("<div class=\"pair\"><a href=\"/events?ids="), "tit-for-tat pairs link to their events")
            #expect(html.contains("<small><a href=\"/events?ids="), "cited events link to themselves")
            #expect(html.contains("Events of each phase"))
            #expect(html.contains("href=\"/events?dyad=USA,RUS&amp;from="), "phases link to their events")
            let rows = html.matches(of: /<tr id="e\d+">/).count
            #expect(rows == 24)
            #expect(html.matches(of: /href="\/documents\/\d+#s\d+"/).count == 24)
            // A period's link opens its events, each linked to its document.
            let link = try #require(html.firstMatch(of: /<g class="hit"><a href="([^"]+)"/).map { String($0.output.1) })
            let events = try await Self.page(client, link.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(events.matches(of: /<tr id="e\d+">/).count == 2)
            #expect(events.contains("href=\"/documents/"))
        }
    }

    @Test func overviewActorAndSearchPages() async throws {
        try await TestServer.with { client in
            let overview = try await Self.page(client, "/")
            #expect(overview.contains("href=\"/relation?a=RUS&amp;b=USA\""))
            #expect(overview.contains("<form class=\"search\" action=\"/events\""))
            let actor = try await Self.page(client, "/actors/RUS")
            #expect(actor.contains("Russia"))
            #expect(actor.contains("href=\"/relation?a=RUS&amp;b=USA\""))
            let actors = try await Self.page(client, "/actors?q=brit")
            #expect(actors.contains("href=\"/actors/GBR\""))
            let json = try await client.get("/api/v1/actors?q=rus").json()["actors"] as? [[String: Any]]
            #expect(json?.first?["code"] as? String == "RUS")
        }
    }
}
