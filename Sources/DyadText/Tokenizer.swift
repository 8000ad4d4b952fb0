/// Splits UTF-8 text into tokens in one pass over its bytes.
///
/// Rules that matter for news text:
/// - curly quotes and apostrophes become straight ones, en and em dashes become `-`;
/// - possessives and contractions are split off: `Russia's` → `russia` `'s`, `Burns’` →
///   `burns` `'`, `didn't` → `did` `n't`;
/// - a hyphen between letters joins two tokens without a token of its own (`Jong-un` →
///   `jong` `un`, the second marked ``Token/isHyphenated``), so "Kim Jong Un" and
///   "Kim Jong-un" match alike;
/// - abbreviations keep their full stop (`U.S.`, `Gen.`, `Sept.`, initials `J.`), so that
///   the stop is not taken for the end of a sentence.
public struct Tokenizer: Sendable {
    /// A tokenizer.
    public init() {}

    /// The tokens of `text`.
    public func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0) }
    }

    /// The tokens of UTF-8 `bytes`; offsets are byte offsets into `bytes`.
    public func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scanner = Scanner(bytes: bytes)
        scanner.run()
        return scanner.tokens
    }
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens: [Token] = []
    var position = 0
    var lineBreaks = 0
    var hyphenPending = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
    }

    func byte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Classifies a multi-byte character at `i`: its plain replacement when it is punctuation
    /// or space, nil when it is a letter. Returns the byte length too.
    func special(at i: Int) -> (replacement: String?, length: Int) {
        let b0 = bytes[i]
        if b0 == 0xC2, byte(i + 1) == 0xA0 { return (" ", 2) }  // no-break space
        if b0 == 0xE2, byte(i + 1) == 0x80 {
            switch byte(i + 2) {
            case 0x98, 0x99, 0x9B: return ("'", 3)
            case 0x9C, 0x9D, 0x9F: return ("\"", 3)
            case 0x93, 0x94, 0x95, 0x92: return ("-", 3)
            case 0xA6: return ("...", 3)
            case 0xA2: return ("*", 3)
            case 0x89, 0x8A, 0x8B, 0xAF, 0x80...0x88: return (" ", 3)
            default: break
            }
        }
        if b0 == 0xC2, [0xAB, 0xBB].contains(byte(i + 1)) { return ("\"", 2) }
        if b0 == 0xC2, (0xA1...0xBF).contains(byte(i + 1)) { return ("*", 2) }
        if b0 == 0xEF, byte(i + 1) == 0xBB, byte(i + 2) == 0xBF { return (" ", 3) }  // BOM
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        return (nil, length)
    }

    func isWordByte(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return Scanner.isAlnum(b) }
        return special(at: i).replacement == nil
    }

    /// Whether an apostrophe-like mark starts at `i`, and its byte length.
    func apostrophe(at i: Int) -> Int? {
        if byte(i) == 0x27 { return 1 }
        if byte(i) == 0xE2, byte(i + 1) == 0x80, [0x98, 0x99].contains(byte(i + 2)) { return 3 }
        return nil
    }

    mutating func run() {
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x0A {
                lineBreaks += 1
                position += 1
                hyphenPending = false
            } else if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B {
                position += 1
                hyphenPending = false
            } else if b < 0x80 && Scanner.isAlnum(b) {
                scanWord()
            } else if b >= 0x80 {
                let (replacement, length) = special(at: position)
                if let replacement {
                    if replacement == " " {
                        position += length
                    } else if replacement == "'" && isWordByte(at: position + length) && lastIsWordEnding(at: position) {
                        scanApostropheSuffix(length: length)
                    } else {
                        emit(replacement, start: position, end: position + length, kind: .punctuation)
                        position += length
                    }
                } else {
                    scanWord()
                }
            } else {
                scanPunctuation()
            }
        }
    }

    func lastIsWordEnding(at i: Int) -> Bool {
        guard let last = tokens.last else { return false }
        return last.end == i && last.kind != .punctuation
    }

    mutating func scanPunctuation() {
        let b = bytes[position]
        let start = position
        if b == 0x2D {  // '-'
            if byte(position + 1) == 0x2D {
                position += 2
                emit("-", start: start, end: position, kind: .punctuation)
                return
            }
            if lastIsWordEnding(at: position), isWordByte(at: position + 1),
                Scanner.isLetter(byte(position + 1)) || byte(position + 1) >= 0x80
            {
                position += 1
                hyphenPending = true
                return
            }
        }
        if b == 0x2E, byte(position + 1) == 0x2E, byte(position + 2) == 0x2E {
            position += 3
            emit("...", start: start, end: position, kind: .punctuation)
            return
        }
        if b == 0x27, isWordByte(at: position + 1), lastIsWordEnding(at: position) {
            scanApostropheSuffix(length: 1)
            return
        }
        position += 1
        emit(String(decoding: [b], as: UTF8.self), start: start, end: position, kind: .punctuation)
    }

    /// After a word, an apostrophe followed by letters: a possessive `'s`, a contraction, or a
    /// name such as O'Brien (kept whole by extending the previous token).
    mutating func scanApostropheSuffix(length: Int) {
        var j = position + length
        while isWordByte(at: j) { j += 1 }
        let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[(position + length)..<j]), as: UTF8.self).lowercased()
        if ["s", "re", "ve", "ll", "d", "m"].contains(suffix) {
            emit("'" + suffix, start: position, end: j, kind: .word)
            position = j
        } else if suffix == "t", let last = tokens.last, last.text.hasSuffix("n") {
            // "didn't": the n belongs to the contraction.
            var previous = tokens.removeLast()
            previous.text.removeLast()
            previous.end -= 1
            tokens.append(previous)
            emit("n't", start: previous.end, end: j, kind: .word)
            position = j
        } else {
            var previous = tokens.removeLast()
            previous.text += "'" + suffix
            previous.end = j
            tokens.append(previous)
            position = j
        }
    }

    mutating func scanWord() {
        let start = position
        var end = position
        var hasNonASCII = false
        var upper = 0
        var letters = 0
        var digits = 0
        while end < bytes.count {
            let c = bytes[end]
            if c < 0x80 {
                if Scanner.isLetter(c) {
                    letters += 1
                    if c < 0x61 { upper += 1 }
                    end += 1
                } else if Scanner.isDigit(c) {
                    digits += 1
                    end += 1
                } else if (c == 0x2C || c == 0x2E), digits > 0, letters == 0, Scanner.isDigit(byte(end + 1)) {
                    end += 1  // 1,500 and 3.5
                } else {
                    break
                }
            } else {
                let (replacement, length) = special(at: end)
                if replacement != nil { break }
                hasNonASCII = true
                letters += 1
                end += length
            }
        }
        // Dotted abbreviations: U.S., U.N., a.m., and initials J.
        if byte(end) == 0x2E, letters > 0, letters <= 2, digits == 0 {
            var j = end + 1
            var dotted = false
            while Scanner.isLetter(byte(j)), byte(j + 1) == 0x2E || (Scanner.isLetter(byte(j + 1)) && byte(j + 2) == 0x2E) {
                j += Scanner.isLetter(byte(j + 1)) ? 3 : 2
                dotted = true
            }
            if dotted { end = j } else if letters == 1 && upper == 1 { end += 1 }
        }
        var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let lower = hasNonASCII ? text.lowercased() : Scanner.asciiLower(text)
        let first = bytes[start]
        let capitalized = (first >= 0x41 && first <= 0x5A) || (hasNonASCII && text.first.map { $0.isUppercase } == true)
        let allCaps = letters >= 2 && (hasNonASCII ? text == text.uppercased() : upper == letters)
        text = lower
        // A title abbreviation keeps its stop: "Gen." "Sept."
        if byte(end) == 0x2E, digits == 0, !text.hasSuffix("."),
            Abbreviations.titles.contains(text) || Abbreviations.others.contains(text)
        {
            end += 1
            text += "."
        }
        position = end
        emit(text, start: start, end: end, kind: letters == 0 ? .number : .word, capitalized: capitalized, allCaps: allCaps)
    }

    static func asciiLower(_ s: String) -> String {
        var s = s
        if s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            s = String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return s
    }

    mutating func emit(
        _ text: String, start: Int, end: Int, kind: Token.Kind, capitalized: Bool = false, allCaps: Bool = false
    ) {
        tokens.append(
            Token(
                text: text, start: start, end: end, kind: kind, isCapitalized: capitalized,
                isAllCaps: allCaps, isHyphenated: hyphenPending && kind != .punctuation,
                lineBreaksBefore: lineBreaks))
        lineBreaks = 0
        hyphenPending = false
    }
}
