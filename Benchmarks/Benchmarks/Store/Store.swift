import Benchmark
import DyadCoder
import DyadOntology
import DyadStore
import DyadText
import Foundation

/// Synthetic documents of 20 events each between random pairs of 40 states on random days
/// of 2000-2024, so that nearly every event is new to the store. Coding is not measured:
/// the events are made directly.
func syntheticDocuments(count: Int) -> [NewDocument] {
    var generator = SystemRandomNumberGenerator()
    let states = [
        "USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "JPN", "IND", "PAK", "IRN", "ISR", "TUR", "GRC", "BRA", "MEX",
        "CAN", "EGY", "NGA", "ZAF", "KEN", "ETH", "SAU", "QAT", "POL", "ITA", "ESP", "SWE", "NOR", "AUS", "IDN", "VNM",
        "THA", "ARG", "CHL", "COL", "VEN", "CUB", "SYR", "IRQ",
    ]
    let sectors = ["", "GOV", "MIL"]
    let codes = Array(CAMEOCatalog.standard.codes.values)
    let start = Day(year: 2000, month: 1, day: 1)!.ordinal
    return (0..<count).map { number in
        var events: [CodedEvent] = []
        var text = ""
        for index in 0..<20 {
            let pair = states.shuffled(using: &generator).prefix(2)
            let source = pair.first! + sectors.randomElement(using: &generator)!
            let target = pair.last! + sectors.randomElement(using: &generator)!
            let code = codes.randomElement(using: &generator)!
            let date = Day(ordinal: start + Int.random(in: 0..<9_000, using: &generator))
            let sentence = "Sentence \(index) of synthetic document \(number): \(source) acted on \(target) (\(code.name))."
            events.append(
                CodedEvent(
                    id: "synthetic-\(number)-\(index)-0", doc: "synthetic-\(number)", sentence: sentence, sentenceIndex: index,
                    offsets: [text.utf8.count, text.utf8.count + sentence.utf8.count], date: date, datePrecision: "day",
                    docDate: date, source: source, target: target, sourceText: source, targetText: target, sourceLevel: nil,
                    targetLevel: nil, code: code.code, root: code.root, quadClass: code.quadClass, goldstein: code.goldstein,
                    ploverType: code.ploverType, ploverMode: code.ploverMode, factuality: .asserted, contexts: []))
            text += sentence + " "
        }
        return NewDocument(document: Document(id: "synthetic-\(number)", text: text), sourcePath: "synthetic", events: events)
    }
}

let benchmarks: @Sendable () -> Void = {
    let documents = syntheticDocuments(count: 5_000)
    let events = documents.reduce(0) { $0 + $1.events.count }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident], scalingFactor: .one, maxDuration: .seconds(30), maxIterations: 5)

    Benchmark("Store \(events) new events of \(documents.count) documents in SQLite, batches of 2048") { benchmark in
        for _ in benchmark.scaledIterations {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-bench-\(UUID().uuidString)")
            try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try! SQLiteStore(path: directory.appendingPathComponent("bench.sqlite").path)
            benchmark.startMeasurement()
            var index = 0
            while index < documents.count {
                let batch = Array(documents[index..<min(index + 2048, documents.count)])
                blackHole(try! store.add(batch).count)
                index += batch.count
            }
            benchmark.stopMeasurement()
        }
    }
}
