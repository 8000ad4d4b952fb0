import Foundation
import Testing

/// `POST /api/v1/documents`: the bearer token, the body checks and the limit; a posted
/// document is coded, stored and found.
@Suite struct IngestAPITests {
    static let token = "test-token-123"
    static let article =
        #"{"id": "posted", "title": "Posted", "date": "2015-02-03", "url": "https://example.org/a", "text": "Britain expelled American diplomats. Britain visited Ukraine."}"#

    @Test func readOnlyServerRefuses() async throws {
        try await TestServer.with { client in
            let reply = try await client.post("/api/v1/documents", json: Self.article, headers: ["Authorization": "Bearer \(Self.token)"])
            #expect(reply.status == 403)
            #expect((try reply.json()["error"] as? String)?.contains("read-only") == true)
        }
    }

    @Test func tokenIsRequired() async throws {
        try await TestServer.with(token: Self.token) { client in
            let none = try await client.post("/api/v1/documents", json: Self.article)
            #expect(none.status == 401)
            #expect(none.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
            let basic = try await client.post("/api/v1/documents", json: Self.article, headers: ["Authorization": "Basic dXNlcjpwdw=="])
            #expect(basic.status == 401)
            let wrong = try await client.post("/api/v1/documents", json: Self.article, headers: ["Authorization": "Bearer not-the-token"])
            #expect(wrong.status == 403)
            let prefix = try await client.post("/api/v1/documents", json: Self.article, headers: ["Authorization": "Bearer test-token-12"])
            #expect(prefix.status == 403)
            let stored = try await client.get("/api/v1/events?source=GBR&target=USA").json()["events"] as? [Any]
            #expect(stored?.isEmpty == true, "nothing was stored")
        }
    }

    @Test func postedDocumentIsCodedStoredAndFound() async throws {
        try await TestServer.with(token: Self.token) { client in
            let auth = ["Authorization": "Bearer \(Self.token)"]
            // Warm the caches, which the post must clear.
            _ = try await client.get("/api/v1/dyads")
            let created = try await client.post("/api/v1/documents", json: Self.article, headers: auth)
            #expect(created.status == 201, "\(created.text)")
            let json = try created.json()
            let id = try #require(json["id"] as? Int)
            #expect(json["duplicate"] as? Bool == false)
            #expect(json["events"] as? Int == 2)
            #expect(created.headers["location"] == "/api/v1/documents/\(id)")

            let document = try await client.get("/api/v1/documents/\(id)").json()
            #expect(document["name"] as? String == "posted")
            #expect(document["date"] as? String == "2015-02-03")
            let sentences = document["sentences"] as? [[String: Any]] ?? []
            #expect(sentences.count == 2)
            let codes = sentences.flatMap { ($0["events"] as? [[String: Any]] ?? []).map { "\($0["code"]!)" } }
            #expect(codes == ["1663", "042"])

            let events = try await client.get("/api/v1/events?source=GBR&target=USA").json()["events"] as? [[String: Any]] ?? []
            #expect(events.map { $0["document_id"] as? Int } == [id])
            let dyads = try await client.get("/api/v1/dyads?limit=100").json()["dyads"] as? [[String: Any]] ?? []
            #expect(dyads.contains { $0["a"] as? String == "GBR" && $0["b"] as? String == "USA" })
            let page = try await client.get("/documents/\(id)")
            #expect(page.status == 200)
            #expect(page.text.contains("<mark id=\"s0\">Britain expelled American diplomats.</mark>"))

            let again = try await client.post("/api/v1/documents", json: Self.article, headers: auth)
            #expect(again.status == 200)
            #expect(try again.json()["duplicate"] as? Bool == true)
            #expect(try again.json()["id"] as? Int == id)
        }
    }

    @Test func badBodiesAre400AndLargeOnes413() async throws {
        try await TestServer.with(token: Self.token, maxBodyBytes: 4096) { client in
            let auth = ["Authorization": "Bearer \(Self.token)"]
            let bad = [
                "not json", "[1, 2]", #"{"title": "no text"}"#, #"{"text": ""}"#, #"{"text": 42}"#,
                #"{"text": "Britain expelled Russian diplomats.", "date": "2015-02-30"}"#,
                #"{"text": "Britain expelled Russian diplomats.", "url": "javascript:alert(1)"}"#,
                #"{"text": "Britain expelled Russian diplomats.", "titel": "typo"}"#,
            ]
            for body in bad {
                let reply = try await client.post("/api/v1/documents", json: body, headers: auth)
                #expect(reply.status == 400, "\(body): \(reply.status) \(reply.text)")
                #expect((try? reply.json()["error"] as? String) != nil, "\(body)")
            }
            let large = #"{"text": "\#(String(repeating: "Britain expelled Russian diplomats. ", count: 200))"}"#
            let reply = try await client.post("/api/v1/documents", json: large, headers: auth)
            #expect(reply.status == 413, "\(reply.text)")
        }
    }
}
