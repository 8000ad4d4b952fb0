import DyadCoder
import DyadText

/// Precision, recall and F1 from true positives, false positives and false negatives.
public struct Score: Sendable, Codable {
    /// Events found that the gold has.
    public var truePositives = 0
    /// Events found that the gold does not have.
    public var falsePositives = 0
    /// Gold events not found.
    public var falseNegatives = 0

    /// TP / (TP + FP), 0 when nothing was found.
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN), 0 when the gold is empty.
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}

/// A disagreement between the coder and the gold, for the report.
public struct Mistake: Sendable, Codable {
    /// Gold file line.
    public var line: Int
    /// The sentence.
    public var sentence: String
    /// The event, as `SOURCE CODE TARGET [factuality]`.
    public var event: String
}

/// The result of scoring the coder against a gold file.
public struct Evaluation: Sendable, Codable {
    /// Documents and sentences scored.
    public var documents = 0, sentences = 0
    /// Root code with both actors' countries (the headline score).
    public var overall = Score()
    /// Full code and full actor codes.
    public var strict = Score()
    /// By CAMEO root, "01"-"20".
    public var perRoot: [String: Score] = [:]
    /// Gold root (or "none") → predicted root (or "none") → count, for events whose actors agree.
    public var confusion: [String: [String: Int]] = [:]
    /// Sentences whose gold has no asserted event.
    public var nonAssertedSentences = 0
    /// Events coded as asserted that the gold codes as not asserted (hypothetical, negated,
    /// requested, future).
    public var factualityErrors: [Mistake] = []
    /// Gold events the coder missed.
    public var misses: [Mistake] = []
    /// Events the coder found that the gold does not have.
    public var falseEvents: [Mistake] = []
}
