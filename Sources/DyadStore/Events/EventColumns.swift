/// The columns of an event row, the same for every backend, in the order the row decoders
/// (``SQLiteStore/storedEvent(_:)``, ``PostgresStore/storedEvent(_:)``) read them.
enum EventColumns {
    /// The select list: event `e`, mention `m` and document `d`; with `perMention` the
    /// mention's own date precision, levels and issues instead of the event's summary.
    static func list(perMention: Bool) -> String {
        let summary =
            perMention
            ? "m.date_precision, m.source_level, m.target_level, m.contexts"
            : "e.date_precision, e.source_level, e.target_level, e.contexts"
        return """
            e.id, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
            e.factuality, e.mention_count, \(summary), m.id, m.sentence_index, m.sentence, m.start_offset, m.end_offset,
            m.source_text, m.target_text, d.id, d.name, d.date
            """
    }

    /// The select list of an event without its sentence (``EventFilter/sentences`` false), in
    /// the same order: `m` is its first mention's id, document id and sentence index only, so
    /// that both backends read it from the mentions index; the document's date is read for
    /// undated events alone.
    static let outline = """
        e.id, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
        e.factuality, e.mention_count, e.date_precision, e.source_level, e.target_level, e.contexts, m.id,
        m.sentence_index, '#' || m.sentence_index, 0, 0, '', '', m.document_id, '' || m.document_id,
        CASE WHEN e.date IS NULL THEN (SELECT d.date FROM documents d WHERE d.id = m.document_id) END
        """
}
