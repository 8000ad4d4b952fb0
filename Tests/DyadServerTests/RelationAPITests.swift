import DyadAnalysis
import Foundation
import Testing

/// `GET /api/v1/relation`: the JSON of a ``RelationReport`` over the store.
@Suite struct RelationAPITests {
    @Test func reportOverTheStore() async throws {
        try await TestServer.with { client in
            let reply = try await client.get("/api/v1/relation?a=usa&b=RUS&period=month")
            #expect(reply.status == 200, "\(reply.text)")
            let report = try JSONDecoder().decode(RelationReport.self, from: reply.body)
            #expect(report.actorA == "USA")
            #expect(report.actorB == "RUS")
            #expect(report.periods.count == 12)
            #expect(report.input.dyad == 24)
            #expect(report.series.both.map(\.events) == Array(repeating: 2, count: 12))
            #expect(!(report.phases?.phases.isEmpty ?? true))
            #expect(report.reciprocity.pairs.count >= 4)
            // Event ids are store ids: each one opens through /api/v1/events?ids=.
            let ids = report.series.both.flatMap(\.eventIds)
            let events = try await client.get("/api/v1/events?ids=\(ids.joined(separator: ","))").json()["events"] as? [[String: Any]]
            #expect(Set((events ?? []).map { "\($0["id"]!)" }) == Set(ids))
        }
    }

    @Test func optionsChangeTheReport() async throws {
        try await TestServer.with { client in
            let quarters = try JSONDecoder().decode(
                RelationReport.self,
                from: try await client.get("/api/v1/relation?a=USA&b=RUS&period=quarter&from=2014-04-01&to=2014-09-30").body)
            #expect(quarters.periods.map(\.label) == ["2014-Q2", "2014-Q3"])
            #expect(quarters.options.period == .quarter)
            #expect(quarters.input.dyad == 12)
            let none = try JSONDecoder().decode(RelationReport.self, from: try await client.get("/api/v1/relation?a=USA&b=UKR").body)
            #expect(none.input.dyad == 0)
        }
    }
}
