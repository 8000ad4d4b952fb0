import DyadCoder
import DyadStore
import DyadText

/// A stored document with its coded sentences, as `GET /api/v1/documents/{id}` writes it.
struct DocumentJSON: Encodable, Sendable {
    /// A sentence that gave events.
    struct Sentence: Encodable, Sendable {
        /// Index of the sentence in the document.
        var index: Int
        /// The sentence as written.
        var text: String
        /// UTF-8 byte offsets of the sentence in the text.
        var offsets: [Int]
        /// Its events, one per mention, `id` being the store's event id.
        var events: [CodedEvent]
    }

    var id: Int64
    var name: String
    var title: String
    var url: String
    var date: Day?
    var text: String
    var contentHash: String
    var sourcePath: String
    var ingestedAt: String
    /// The coded sentences, in order.
    var sentences: [Sentence]

    enum CodingKeys: String, CodingKey {
        case id, name, title, url, date, text, sentences
        case contentHash = "content_hash"
        case sourcePath = "source_path"
        case ingestedAt = "ingested_at"
    }

    /// The JSON of `stored` with its `events` (from ``Store/codedEvents(ofDocument:)``).
    init(_ stored: StoredDocument, events: [CodedEvent]) {
        id = stored.id
        name = stored.document.id
        title = stored.document.title
        url = stored.document.url
        date = stored.document.date
        text = stored.document.text
        contentHash = stored.contentHash
        sourcePath = stored.sourcePath
        ingestedAt = stored.ingestedAt
        sentences = CodedSentence.group(events).map {
            Sentence(index: $0.index, text: $0.text, offsets: $0.offsets, events: $0.events)
        }
    }
}

/// A sentence of a document with the events coded from it.
struct CodedSentence: Sendable {
    var index: Int
    var text: String
    var offsets: [Int]
    var events: [CodedEvent]

    /// `events` (in sentence order, as the store gives them) grouped by sentence.
    static func group(_ events: [CodedEvent]) -> [CodedSentence] {
        var sentences: [CodedSentence] = []
        for event in events {
            if let last = sentences.last, last.index == event.sentenceIndex {
                sentences[sentences.count - 1].events.append(event)
            } else {
                sentences.append(CodedSentence(index: event.sentenceIndex, text: event.sentence, offsets: event.offsets, events: [event]))
            }
        }
        return sentences
    }
}
