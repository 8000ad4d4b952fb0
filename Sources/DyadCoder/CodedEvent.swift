import DyadLexicon
import DyadText

/// Whether the text says an event happened.
public enum Factuality: String, Sendable, Codable, CaseIterable {
    /// Reported as having happened.
    case asserted
    /// Reported as not having happened ("did not expel", "failed to agree").
    case negated
    /// Possible, conditional, threatened or asked about ("could retaliate", "if ... then").
    case hypothetical
    /// Asked or demanded of someone ("urged Moscow to withdraw").
    case requested
    /// Announced or expected for later ("will visit Beijing next month").
    case future
}

/// One coded event: who did what to whom, when, and the sentence that says so.
///
/// Encoded as JSON with the field names of DESIGN.md section 5 (`doc`, `sentence`, `date`,
/// `source`, `target`, `code`, `factuality`, ...).
public struct CodedEvent: Sendable, Hashable, Codable {
    /// Stable id: document id, sentence index and a running number.
    public var id: String
    /// The document id.
    public var doc: String
    /// The sentence as written.
    public var sentence: String
    /// Index of the sentence in its document.
    public var sentenceIndex: Int
    /// UTF-8 byte offsets of the sentence in the document text.
    public var offsets: [Int]
    /// The event's date.
    public var date: Day?
    /// How exactly `date` is known; `document` when it is the document's date.
    public var datePrecision: String
    /// The document's date.
    public var docDate: Day?
    /// Source actor code, "" when absent.
    public var source: String
    /// Target actor code, "" when absent.
    public var target: String
    /// The words that named the source.
    public var sourceText: String
    /// The words that named the target.
    public var targetText: String
    /// Level of the source actor, when known.
    public var sourceLevel: ActorLevel?
    /// Level of the target actor, when known.
    public var targetLevel: ActorLevel?
    /// CAMEO code, leading zero kept.
    public var code: String
    /// CAMEO root, "01" to "20".
    public var root: String
    /// QuadClass (GDELT convention unless asked otherwise).
    public var quadClass: Int
    /// Goldstein weight.
    public var goldstein: Double
    /// PLOVER event type.
    public var ploverType: String
    /// PLOVER mode.
    public var ploverMode: String
    /// Whether it happened.
    public var factuality: Factuality
    /// Issue tags.
    public var contexts: [String]

    /// An event with every field given (for stores and tools that rebuild events).
    public init(
        id: String, doc: String, sentence: String, sentenceIndex: Int, offsets: [Int], date: Day?, datePrecision: String,
        docDate: Day?, source: String, target: String, sourceText: String, targetText: String, sourceLevel: ActorLevel?,
        targetLevel: ActorLevel?, code: String, root: String, quadClass: Int, goldstein: Double, ploverType: String,
        ploverMode: String, factuality: Factuality, contexts: [String]
    ) {
        self.id = id
        self.doc = doc
        self.sentence = sentence
        self.sentenceIndex = sentenceIndex
        self.offsets = offsets
        self.date = date
        self.datePrecision = datePrecision
        self.docDate = docDate
        self.source = source
        self.target = target
        self.sourceText = sourceText
        self.targetText = targetText
        self.sourceLevel = sourceLevel
        self.targetLevel = targetLevel
        self.code = code
        self.root = root
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.ploverType = ploverType
        self.ploverMode = ploverMode
        self.factuality = factuality
        self.contexts = contexts
    }

    enum CodingKeys: String, CodingKey {
        case id, doc, sentence, date, source, target, code, factuality, root, goldstein, contexts, offsets
        case sentenceIndex = "sentence_index"
        case datePrecision = "date_precision"
        case docDate = "doc_date"
        case sourceText = "source_text"
        case targetText = "target_text"
        case sourceLevel = "source_level"
        case targetLevel = "target_level"
        case quadClass = "quad_class"
        case ploverType = "plover_type"
        case ploverMode = "plover_mode"
    }
}
