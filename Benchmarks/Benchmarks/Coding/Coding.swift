import Benchmark
import DyadCoder
import DyadLexicon
import DyadText
import Foundation

/// The bundled US-Russia corpus, each article repeated as a separate document until the
/// corpus holds at least 20,000 sentences.
func benchmarkCorpus() -> (documents: [Document], sentences: Int) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpus/demo/us-russia").standardized
    var articles: [Document] = []
    DocumentReader().read([root.path]) { if case .success(let d) = $0 { articles.append(d) } }
    let splitter = SentenceSplitter()
    let perRound = articles.reduce(0) { $0 + splitter.split($1.text).count }
    let rounds = max(1, (20_000 + perRound - 1) / perRound)
    var documents: [Document] = []
    for round in 0..<rounds {
        for var article in articles {
            article.id += "#\(round)"
            documents.append(article)
        }
    }
    return (documents, perRound * rounds)
}

let benchmarks: @Sendable () -> Void = {
    let lexicon = try! LexiconLoader().load()
    let coder = EventCoder(lexicon: lexicon)
    let (documents, sentences) = benchmarkCorpus()
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        scalingFactor: .one, maxDuration: .seconds(20), maxIterations: 5)

    Benchmark("Code \(sentences) sentences, 1 job") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(coder.code(documents, jobs: 1).count)
        }
    }
    Benchmark("Code \(sentences) sentences, 2 jobs") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(coder.code(documents, jobs: 2).count)
        }
    }
    Benchmark("Load the full lexicon") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! LexiconLoader().load().patterns.count)
        }
    }
}
