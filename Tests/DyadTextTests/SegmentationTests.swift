import DyadText
import Testing

@Suite("Sentences and tokens")
struct SegmentationTests {
    let splitter = SentenceSplitter()

    @Test("abbreviations, initials and decimals do not end sentences")
    func abbreviations() {
        let text = "Gen. Mark A. Milley met U.S. officials on Sept. 3 to discuss a 3.5% rise. The talks ended."
        let sentences = splitter.split(text).map(\.text)
        #expect(sentences == ["Gen. Mark A. Milley met U.S. officials on Sept. 3 to discuss a 3.5% rise.", "The talks ended."])
    }

    @Test("an abbreviation before a sentence opener ends the sentence")
    func abbreviationAtEnd() {
        let sentences = splitter.split("Lavrov flew to the U.S. The talks began on Monday.").map(\.text)
        #expect(sentences == ["Lavrov flew to the U.S.", "The talks began on Monday."])
    }

    @Test("curly quotes and possessives are normalised")
    func curlyQuotes() {
        let tokens = Tokenizer().tokenize("Burns\u{2019} visit and Russia\u{2019}s \u{201C}talks\u{201D} didn\u{2019}t end").map(\.text)
        #expect(tokens == ["burns", "'", "visit", "and", "russia", "'s", "\"", "talks", "\"", "did", "n't", "end"])
    }

    @Test("hyphenated names split into words marked as joined")
    func hyphens() {
        let tokens = Tokenizer().tokenize("Kim Jong-un")
        #expect(tokens.map(\.text) == ["kim", "jong", "un"])
        #expect(tokens[2].isHyphenated)
    }

    @Test("closing quotes stay with their sentence; paragraphs and headlines break")
    func quotesAndParagraphs() {
        let text = "Talks Collapse in Geneva\nHe said: \u{201C}We are done.\u{201D} Then he left.\n\nA new paragraph"
        let sentences = splitter.split(text)
        #expect(
            sentences.map(\.text) == [
                "Talks Collapse in Geneva", "He said: \u{201C}We are done.\u{201D}", "Then he left.", "A new paragraph",
            ])
        #expect(sentences.map(\.paragraph) == [0, 0, 0, 1])
    }

    @Test("a dateline is kept in the text but not in the tokens")
    func dateline() {
        let sentence = splitter.split("MOSCOW (Reuters) - Russia expelled two diplomats.")[0]
        #expect(sentence.text.hasPrefix("MOSCOW"))
        #expect(sentence.tokens.first?.text == "russia")
    }

    @Test("offsets point at the sentence in the UTF-8 text")
    func offsets() {
        let text = "Café talks ended. Russia left."
        let second = splitter.split(text)[1]
        let bytes = Array(text.utf8)[second.start..<second.end]
        #expect(String(decoding: bytes, as: UTF8.self) == "Russia left.")
    }
}
