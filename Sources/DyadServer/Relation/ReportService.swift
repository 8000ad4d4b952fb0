import DyadAnalysis
import Foundation
import Hummingbird

/// A relation report and its JSON, computed once per actors and options.
struct CachedReport: Sendable {
    /// The report.
    var report: RelationReport
    /// The report as compact JSON (the fields of ``RelationReport/jsonData()``, without its
    /// indentation), in a buffer that responses share without copying.
    var json: ByteBuffer
}

/// What a relation report is cached under: the two actors and the options, encoded.
struct RelationKey: Hashable, Sendable {
    var a: String
    var b: String
    var options: Data
}

extension ServerState {
    /// The report on `a` and `b` with `options`, from the cache when it is fresh there.
    func relation(a: String, b: String, options: RelationOptions) async throws -> CachedReport {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let key = RelationKey(a: a, b: b, options: try encoder.encode(options))
        return try await reports.value(for: key) { [store, configuration] in
            try await self.blocking {
                // Check the actors and options before reading the store.
                var analyzer = try RelationAnalyzer(a: a, b: b, options: options)
                let loader = RelationLoader(store: store, maxPeriods: configuration.maxPeriods)
                for item in try loader.events(a: analyzer.a, b: analyzer.b, options: options) {
                    analyzer.add(item.event, mentions: item.mentions)
                }
                var report = analyzer.report()
                try StoredEvents.fillCitations(&report, from: store)
                let json = JSONEncoder()
                json.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                return CachedReport(report: report, json: ByteBuffer(bytes: try json.encode(report)))
            }
        }
    }
}
