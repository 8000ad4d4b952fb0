import DyadCoder

// Public initialisers, for readers of other gold formats (DyadInterop's PETRARCH and TABARI
// validation readers). The synthesized memberwise ones are internal.

extension GoldEvent {
    /// A gold event: `source` did `code` to `target`.
    public init(_ source: String, _ code: String, _ target: String, factuality: Factuality = .asserted, date: String? = nil) {
        self.init(source: source, target: target, code: code, factuality: factuality, date: date)
    }
}

extension GoldSentence {
    /// A gold sentence of document `doc`, read from `line`.
    public init(doc: String, text: String, events: [GoldEvent], date: String?, line: Int?, title: String? = nil, split: String? = nil) {
        self.init(doc: doc, date: date, text: text, title: title, events: events, split: split, line: line)
    }
}
