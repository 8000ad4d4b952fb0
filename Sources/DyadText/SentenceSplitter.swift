/// Groups a document's tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it), at a
/// paragraph break (a blank line), and after a headline-like line (a short line with no
/// final punctuation followed by a capitalised line). Abbreviations carry their own stop and
/// do not end a sentence, unless one stands before a word that starts sentences ("... to the
/// U.S. The talks ..."). Datelines ("MOSCOW (Reuters) -", "WASHINGTON, March 4 (AP) —") are
/// kept in the sentence text but left out of its tokens.
public struct SentenceSplitter: Sendable {
    private let tokenizer = Tokenizer()

    /// A splitter.
    public init() {}

    /// The sentences of `text`.
    public func split(_ text: String) -> [Sentence] {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes: bytes)
            return split(tokens: tokens, bytes: bytes)
        }
    }

    /// The sentences made of `tokens`, whose offsets point into `bytes`.
    public func split(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var paragraph = 0
        var lineStart = 0
        func close(_ end: Int) {
            guard end > first else { return }
            let bodyStart = datelineEnd(tokens, from: first, to: end, atParagraphStart: isParagraphStart(tokens, first))
            let start = tokens[first].start
            let stop = tokens[end - 1].end
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
            sentences.append(
                Sentence(
                    index: sentences.count, paragraph: paragraph, tokens: tokens[bodyStart..<end],
                    start: start, end: stop, text: text))
            first = end
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if i > first, token.lineBreaksBefore >= 2 {
                close(i)
                paragraph += 1
            } else if i > first, token.lineBreaksBefore == 1, isHeadlineBreak(tokens, lineStart: lineStart, next: i) {
                close(i)
            } else if i == first, token.lineBreaksBefore >= 2, !sentences.isEmpty {
                paragraph += 1
            }
            if token.lineBreaksBefore > 0 { lineStart = i }
            if endsSentence(tokens, at: i) {
                var end = i + 1
                while end < tokens.count, tokens[end].lineBreaksBefore == 0, tokens[end].start == tokens[end - 1].end,
                    ["\"", "'", ")", "]"].contains(tokens[end].text)
                {
                    end += 1
                }
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    private func isParagraphStart(_ tokens: [Token], _ i: Int) -> Bool {
        i == 0 || tokens[i].lineBreaksBefore >= 1
    }

    private func endsSentence(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        if token.kind == .punctuation {
            guard [".", "!", "?"].contains(token.text) else { return false }
            guard let next else { return true }
            // "3.5" is one token already; ".com" and the like are not sentence ends.
            if next.start == token.end && next.kind != .punctuation { return false }
            return true
        }
        // An abbreviation before a typical sentence opener ends the sentence.
        guard token.text.hasSuffix("."), let next, next.isCapitalized else { return false }
        let bare = token.text.dropLast()
        if Abbreviations.titles.contains(String(bare)) { return false }
        if bare.count == 1 { return false }  // an initial
        return Abbreviations.sentenceStarters.contains(next.text)
    }

    /// A line break after a short line without final punctuation, followed by a capital,
    /// separates a headline or a byline from the text.
    private func isHeadlineBreak(_ tokens: [Token], lineStart: Int, next: Int) -> Bool {
        let last = tokens[next - 1]
        guard tokens[next].isCapitalized || tokens[next].kind == .number else { return false }
        if last.kind == .punctuation && [".", "!", "?", ",", ";", ":", "-"].contains(last.text) { return false }
        if last.kind == .word && ["the", "a", "an", "of", "and", "to", "in", "with", "for", "on", "by"].contains(last.text) {
            return false
        }
        return next - lineStart <= 14
    }

    /// The index of the first token after a dateline at the start of a paragraph, or `from`.
    private func datelineEnd(_ tokens: [Token], from: Int, to: Int, atParagraphStart: Bool) -> Int {
        guard atParagraphStart, from < to, tokens[from].isAllCaps else { return from }
        var j = from
        let limit = min(to, from + 14)
        var sawPlaceMark = false
        while j < limit {
            let token = tokens[j]
            if token.isPunctuation("-") {
                return sawPlaceMark && j + 1 < to ? j + 1 : from
            }
            if token.isPunctuation("(") || token.isPunctuation(",") { sawPlaceMark = true }
            guard token.kind != .word || token.isCapitalized else { return from }
            j += 1
        }
        return from
    }
}
