import DyadCoder
import DyadLexicon
import DyadText

/// Scores an ``EventCoder`` against gold sentences.
///
/// Consecutive gold sentences with the same `doc` are joined into one document (one
/// paragraph per sentence) and coded as a whole, so that pronouns and relative dates work as
/// in a real article; each coded event is then attributed to the gold sentence it came from.
public struct Evaluator: Sendable {
    /// The coder under test.
    public let coder: EventCoder
    /// Threads to code with.
    public var jobs: Int

    /// An evaluator of `coder`.
    public init(coder: EventCoder, jobs: Int = 1) {
        self.coder = coder
        self.jobs = jobs
    }

    /// A gold document: the sentences and where each starts in the joined text.
    struct GoldDocument {
        var document: Document
        var sentences: [GoldSentence]
        var starts: [Int]
    }

    /// Groups sentences into documents.
    static func documents(_ gold: [GoldSentence]) -> [GoldDocument] {
        var result: [GoldDocument] = []
        for sentence in gold {
            if result.last?.document.id != sentence.doc {
                let date = sentence.date.flatMap { Day(iso: $0.prefix(10)) }
                result.append(
                    GoldDocument(
                        document: Document(id: sentence.doc, title: sentence.title ?? "", date: date, text: ""), sentences: [], starts: []))
            }
            var doc = result.removeLast()
            if !doc.document.text.isEmpty { doc.document.text += "\n\n" }
            doc.starts.append(doc.document.text.utf8.count)
            doc.document.text += sentence.text
            doc.sentences.append(sentence)
            result.append(doc)
        }
        return result
    }

    /// Scores the coder on `gold`; unknown CAMEO codes in the gold are errors naming the line.
    public func evaluate(_ gold: [GoldSentence], file: String) throws -> Evaluation {
        for sentence in gold {
            for event in sentence.events where !coder.lexicon.catalog.contains(event.code) {
                throw InputError(file: file, line: sentence.line ?? 0, reason: "unknown CAMEO code '\(event.code)'")
            }
        }
        let docs = Evaluator.documents(gold)
        let results = coder.code(docs.map(\.document), jobs: jobs)
        var evaluation = Evaluation()
        evaluation.documents = docs.count
        evaluation.sentences = gold.count
        for (doc, result) in zip(docs, results) {
            var predicted = Array(repeating: [CodedEvent](), count: doc.sentences.count)
            for event in result.events {
                let index = (doc.starts.lastIndex { $0 <= event.offsets[0] }) ?? 0
                predicted[index].append(event)
            }
            for (i, sentence) in doc.sentences.enumerated() {
                score(sentence, predicted[i], into: &evaluation)
            }
        }
        return evaluation
    }

    /// The part of an actor code that scoring compares: the country, or the organisation; a
    /// national armed group with a home country (`HAMAS`, `HOUTHIS`) counts as that country,
    /// as gold files that write it `PSEREB` or `YEMREB` do.
    func scoringActor(_ code: String) -> String {
        if let country = coder.lexicon.organisationCountries[code] { return country }
        return code.count == 6 && !coder.lexicon.isOrganisation(code) ? String(code.prefix(3)) : code
    }

    func key(_ source: String, _ target: String, _ code: String) -> String {
        "\(scoringActor(source))|\(scoringActor(target))|\(code.prefix(2))"
    }

    func score(_ sentence: GoldSentence, _ predicted: [CodedEvent], into e: inout Evaluation) {
        let line = sentence.line ?? 0
        let goldAsserted = sentence.events.filter { $0.factuality == .asserted }
        let goldOther = sentence.events.filter { $0.factuality != .asserted }
        let found = predicted.filter { $0.factuality == .asserted }
        if goldAsserted.isEmpty { e.nonAssertedSentences += 1 }
        func describe(_ s: String, _ c: String, _ t: String, _ f: Factuality) -> String {
            "\(s.isEmpty ? "-" : s) \(c) \(t.isEmpty ? "-" : t) [\(f.rawValue)]"
        }
        // Loose score: root and actor countries.
        var unmatchedGold = goldAsserted
        var unmatchedFound: [CodedEvent] = []
        for event in found {
            let k = key(event.source, event.target, event.code)
            if let g = unmatchedGold.firstIndex(where: { key($0.source, $0.target, $0.code) == k }) {
                let gold = unmatchedGold.remove(at: g)
                e.overall.truePositives += 1
                e.perRoot[gold.root, default: Score()].truePositives += 1
                e.confusion[gold.root, default: [:]][event.root, default: 0] += 1
            } else {
                unmatchedFound.append(event)
            }
        }
        for event in unmatchedFound {
            e.overall.falsePositives += 1
            e.perRoot[event.root, default: Score()].falsePositives += 1
            let actors = "\(scoringActor(event.source))|\(scoringActor(event.target))"
            if let g = unmatchedGold.firstIndex(where: { "\(scoringActor($0.source))|\(scoringActor($0.target))" == actors }) {
                e.confusion[unmatchedGold[g].root, default: [:]][event.root, default: 0] += 1
            } else {
                e.confusion["none", default: [:]][event.root, default: 0] += 1
            }
            let mistake = Mistake(
                line: line, sentence: sentence.text, event: describe(event.source, event.code, event.target, event.factuality))
            if goldOther.contains(where: { key($0.source, $0.target, $0.code) == key(event.source, event.target, event.code) }) {
                e.factualityErrors.append(mistake)
            }
            e.falseEvents.append(mistake)
        }
        for gold in unmatchedGold {
            e.overall.falseNegatives += 1
            e.perRoot[gold.root, default: Score()].falseNegatives += 1
            if !unmatchedFound.contains(where: {
                "\(scoringActor($0.source))|\(scoringActor($0.target))" == "\(scoringActor(gold.source))|\(scoringActor(gold.target))"
            }) {
                e.confusion[gold.root, default: [:]]["none", default: 0] += 1
            }
            e.misses.append(
                Mistake(line: line, sentence: sentence.text, event: describe(gold.source, gold.code, gold.target, gold.factuality)))
        }
        // Strict score: full code and full actor codes.
        var strictGold = goldAsserted
        for event in found {
            if let g = strictGold.firstIndex(where: { $0.source == event.source && $0.target == event.target && $0.code == event.code }) {
                strictGold.remove(at: g)
                e.strict.truePositives += 1
            } else {
                e.strict.falsePositives += 1
            }
        }
        e.strict.falseNegatives += strictGold.count
    }
}
