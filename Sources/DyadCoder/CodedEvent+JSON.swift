extension CodedEvent {
    /// The event as one line of JSON, exactly as `JSONEncoder` with `.sortedKeys` and
    /// `.withoutEscapingSlashes` encodes it, but several times faster.
    public var jsonLine: String {
        var json = JSONObjectWriter(capacity: 512 + sentence.utf8.count)
        json.field("code", code)
        json.field("contexts", contexts)
        json.field("date", date?.description)
        json.field("date_precision", datePrecision)
        json.field("doc", doc)
        json.field("doc_date", docDate?.description)
        json.field("factuality", factuality.rawValue)
        json.field("goldstein", goldstein)
        json.field("id", id)
        json.field("offsets", offsets)
        json.field("plover_mode", ploverMode)
        json.field("plover_type", ploverType)
        json.field("quad_class", quadClass)
        json.field("root", root)
        json.field("sentence", sentence)
        json.field("sentence_index", sentenceIndex)
        json.field("source", source)
        json.field("source_level", sourceLevel?.rawValue)
        json.field("source_text", sourceText)
        json.field("target", target)
        json.field("target_level", targetLevel?.rawValue)
        json.field("target_text", targetText)
        return json.finish()
    }
}
