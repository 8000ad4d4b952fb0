import Foundation
import Testing

@Suite("Imported datasets analysed end to end")
struct ImportRelationTests {
    /// A fixture of the interop tests: GDELT 1.0 rows written for dyad.
    static let gdelt = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DyadInteropTests/Fixtures/gdelt-v1.tsv").path

    @Test("a GDELT file imported into the store gives a relation report and queryable events")
    func gdeltToRelation() throws {
        let dir = try DyadProcess.directory()
        let store = dir.appendingPathComponent("gdelt.sqlite").path
        let imported = try DyadProcess.run(["import", "--format", "gdelt", ImportRelationTests.gdelt, "--store", store])
        #expect(imported.stderr.contains("gdelt-v1.tsv:5:"))  // the fixture's malformed rows are reported, the rest stored
        let relation = try DyadProcess.run(["relation", "USA", "RUS", "--store", store, "--format", "json"])
        #expect(relation.status == 0, "\(relation.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(relation.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["input"] as? [String: Any])
        #expect((summary["dyad"] as? Int ?? 0) == 3, "\(summary)")  // the fixture's three USA-RUS rows
        let events = try DyadProcess.run(["events", "--store", store, "--dyad", "USA,RUS", "--format", "tsv"])
        #expect(events.stdout.split(separator: "\n").count > 1)
    }
}
