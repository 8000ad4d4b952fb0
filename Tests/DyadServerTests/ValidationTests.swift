import Foundation
import Testing

/// Bad input is a 400 with a JSON body `{"error": "..."}` (an error page on the dashboard),
/// never a 500.
@Suite struct ValidationTests {
    static let badAPIRequests = [
        "/api/v1/events?from=2014-13-01",
        "/api/v1/events?from=yesterday",
        "/api/v1/events?from=2014-05-01&to=2014-01-01",
        "/api/v1/events?limit=0",
        "/api/v1/events?limit=-3",
        "/api/v1/events?limit=ten",
        "/api/v1/events?limit=1000000",
        "/api/v1/events?limit=99999999999999999999999",
        "/api/v1/events?offset=-1",
        "/api/v1/events?offset=5&page=2",
        "/api/v1/events?page=0",
        "/api/v1/events?colour=red",
        "/api/v1/events?actor=USA&actor=RUS",
        "/api/v1/events?actor=U%20S",
        "/api/v1/events?actor=%3Cscript%3E",
        "/api/v1/events?dyad=USA",
        "/api/v1/events?code=4x",
        "/api/v1/events?root=21",
        "/api/v1/events?quad_class=5",
        "/api/v1/events?factuality=maybe",
        "/api/v1/events?count=words",
        "/api/v1/events?ids=1,two",
        "/api/v1/events?ids=0",
        "/api/v1/events?text=%zz",
        "/api/v1/events?text=" + String(repeating: "a", count: 3000),
        "/api/v1/dyads?limit=0",
        "/api/v1/relation?a=USA",
        "/api/v1/relation?b=RUS",
        "/api/v1/relation?a=USA&b=USAGOV",
        "/api/v1/relation?a=USA&b=RUS&period=fortnight",
        "/api/v1/relation?a=USA&b=RUS&count=words",
        "/api/v1/relation?a=USA&b=RUS&from=2014-02-30",
        "/api/v1/relation?a=USA&b=RUS&penalty=-1",
        "/api/v1/relation?a=USA&b=RUS&penalty=nan",
        "/api/v1/relation?a=USA&b=RUS&window=x",
        "/api/v1/relation?a=USA&b=RUS&all_factualities=perhaps",
        "/api/v1/relation?a=USA&b=RUS&period=day&from=1900-01-01&to=2014-12-31",
        "/api/v1/actors?limit=abc",
        "/api/v1/documents/abc",
        "/api/v1/documents/-4",
        "/api/v1/documents/1?x=1",
    ]

    @Test func badAPIInputIs400WithAJSONError() async throws {
        try await TestServer.with { client in
            for target in Self.badAPIRequests {
                let reply = try await client.get(target)
                #expect(reply.status == 400, "\(target): \(reply.status) \(reply.text)")
                #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true, "\(target)")
                let message = try? reply.json()["error"] as? String
                #expect(message?.isEmpty == false, "\(target): \(reply.text)")
            }
        }
    }

    @Test func missingThingsAre404() async throws {
        try await TestServer.with { client in
            for target in ["/api/v1/documents/999999", "/api/v1/nothing", "/api/v2/events"] {
                let reply = try await client.get(target)
                #expect(reply.status == 404, "\(target): \(reply.text)")
                #expect((try? reply.json()["error"] as? String) != nil, "\(target)")
            }
            let page = try await client.get("/documents/999999")
            #expect(page.status == 404)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        }
    }

    @Test func wrongMethodIs405WithAllow() async throws {
        try await TestServer.with { client in
            let delete = try await client.send("DELETE", "/api/v1/documents/1", headers: [:], body: nil)
            #expect(delete.status == 405)
            #expect(delete.headers["allow"] == "GET")
            #expect((try? delete.json()["error"] as? String) != nil)
            let list = try await client.get("/api/v1/documents")
            #expect(list.status == 405)
            #expect(list.headers["allow"] == "POST")
        }
    }

    @Test func badDashboardInputIs400Page() async throws {
        try await TestServer.with { client in
            for target in ["/events?from=2014-99-99", "/relation?a=USA&b=RUS&period=decade", "/actors/%3Cb%3E", "/documents/x", "/?x=1"] {
                let reply = try await client.get(target)
                #expect(reply.status == 400, "\(target): \(reply.status)")
                #expect(reply.headers["content-type"]?.hasPrefix("text/html") == true, "\(target)")
                #expect(!reply.text.contains("<b>"), "\(target)")
            }
        }
    }
}
