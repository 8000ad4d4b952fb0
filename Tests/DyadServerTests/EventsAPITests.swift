import Foundation
import Testing

/// `GET /api/v1/events`: the filters of `dyad events` and paging.
@Suite struct EventsAPITests {
    /// The events of a request, as JSON objects.
    static func events(_ client: HTTPWire, _ query: String) async throws -> [[String: Any]] {
        let reply = try await client.get("/api/v1/events?" + query)
        #expect(reply.status == 200, "\(query): \(reply.text)")
        #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true)
        return try reply.json()["events"] as? [[String: Any]] ?? []
    }

    static func field(_ events: [[String: Any]], _ name: String) -> [String] { events.map { "\($0[name] ?? "")" } }

    @Test func filtersByDyadActorCodeAndDates() async throws {
        try await TestServer.with { client in
            let dyad = try await Self.events(client, "dyad=USA,RUS&limit=1000")
            #expect(dyad.count == 24)
            for event in dyad {
                let pair = ["\(event["source"]!)".prefix(3), "\(event["target"]!)".prefix(3)].sorted()
                #expect(pair == ["RUS", "USA"])
            }
            let sanctions = try await Self.events(client, "dyad=USA,RUS&code=163&limit=1000")
            #expect(sanctions.count == 8)
            #expect(Set(Self.field(sanctions, "code")) == ["163"])
            let fromUSA = try await Self.events(client, "source=USA&root=16&limit=1000")
            #expect(fromUSA.count == 8)
            #expect(fromUSA.allSatisfy { "\($0["source"]!)".hasPrefix("USA") })
            let summer = try await Self.events(client, "actor=RUS&from=2014-05-01&to=2014-06-30&quad_class=4&limit=1000")
            #expect(Set(Self.field(summer, "date")).isSubset(of: ["2014-05-10", "2014-06-10", "2014-06-20"]))
            #expect(!summer.isEmpty)
            let ukraine = try await Self.events(client, "issue=ukraine&text=sanctions")
            #expect(ukraine.count == 4)
            let british = try await Self.events(client, "source=GBR")
            #expect(!british.isEmpty)
            #expect(british.allSatisfy { $0["document_id"] is Int && $0["mentions"] is Int })
        }
    }

    @Test func factualityAndIDs() async throws {
        try await TestServer.with { client in
            let asserted = try await Self.events(client, "source=RUS&target=GBR")
            #expect(asserted.isEmpty)
            let negated = try await Self.events(client, "source=RUS&target=GBR&factuality=negated")
            #expect(negated.count == 1)
            #expect(Self.field(negated, "factuality") == ["negated"])
            let id = Self.field(negated, "id")[0]
            // An event asked for by id is shown whatever its factuality.
            let byID = try await Self.events(client, "ids=\(id)")
            #expect(Self.field(byID, "id") == [id])
        }
    }

    @Test func pagesFollowNextLinksWithoutGapsOrRepeats() async throws {
        try await TestServer.with { client in
            let all = Self.field(try await Self.events(client, "actor=USA&limit=1000"), "id")
            #expect(all.count >= 24)
            var seen: [String] = []
            var next: String? = "/api/v1/events?actor=USA&limit=5"
            var pages = 0
            while let target = next {
                let reply = try await client.get(target)
                let json = try reply.json()
                seen += Self.field(json["events"] as? [[String: Any]] ?? [], "id")
                next = json["next"] as? String
                pages += 1
                #expect(pages < 20)
                if pages >= 20 { break }
            }
            #expect(seen == all)
            #expect(pages == (all.count + 4) / 5)
            let page2 = Self.field(try await Self.events(client, "actor=USA&limit=5&page=2"), "id")
            let offset5 = Self.field(try await Self.events(client, "actor=USA&limit=5&offset=5"), "id")
            #expect(page2 == offset5)
            #expect(page2 == Array(all[5..<10]))
        }
    }
}
