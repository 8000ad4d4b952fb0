import DyadAnalysis
import DyadCoder
import DyadText
import Foundation

/// Builds coded events for tests (CodedEvent has no public memberwise initialiser, so events
/// are decoded from JSON like those `dyad code` writes).
enum Fixture {
    nonisolated(unsafe) static var counter = 0
    static let lock = NSLock()

    static func event(
        _ date: String, _ source: String, _ target: String, code: String = "040", goldstein: Double = 1,
        quadClass: Int? = nil, factuality: String = "asserted", contexts: [String] = [],
        sourceLevel: String? = nil, targetLevel: String? = nil, sentence: String? = nil, id: String? = nil, doc: String? = nil
    ) -> CodedEvent {
        let n = lock.withLock {
            counter += 1; return counter
        }
        let quad = quadClass ?? (goldstein > 0 ? (goldstein >= 5 ? 2 : 1) : (goldstein <= -5 ? 4 : 3))
        var object: [String: Any] = [
            "id": id ?? "e\(n)", "doc": doc ?? "doc\(n)", "sentence": sentence ?? "\(source) did \(code) to \(target).",
            "sentence_index": 0, "offsets": [0, 10], "date": date, "date_precision": "day", "doc_date": date,
            "source": source, "target": target, "source_text": source, "target_text": target,
            "code": code, "root": String(code.prefix(2)), "quad_class": quad, "goldstein": goldstein,
            "plover_type": "", "plover_mode": "", "factuality": factuality, "contexts": contexts,
        ]
        if let sourceLevel { object["source_level"] = sourceLevel }
        if let targetLevel { object["target_level"] = targetLevel }
        let data = try! JSONSerialization.data(withJSONObject: object)
        return try! JSONDecoder().decode(CodedEvent.self, from: data)
    }

    /// The first day of month `m` (0-based) counted from January 2015, as YYYY-MM-DD.
    static func month(_ m: Int, day: Int = 1) -> String {
        let year = 2015 + m / 12, month = m % 12 + 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// `base` plus `days`, as YYYY-MM-DD.
    static func date(_ base: String, plus days: Int) -> String {
        Day(iso: base)!.adding(days: days).description
    }

    static func report(
        _ events: [CodedEvent], _ a: String = "USA", _ b: String = "RUS",
        _ configure: (inout RelationOptions) -> Void = { _ in }
    ) throws -> RelationReport {
        var options = RelationOptions()
        configure(&options)
        return try RelationAnalyzer(events: events, a: a, b: b, options: options).report()
    }
}

/// A seeded generator (SplitMix64) so simulated data are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal draw (Box-Muller).
    mutating func normal() -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let v = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
