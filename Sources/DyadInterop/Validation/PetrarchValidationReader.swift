import DyadEval
import DyadText
import Foundation

/// Reads PETRARCH validation records (`PETR.UnitTest.records.xml`) as gold sentences.
///
/// Each `<Sentence date id …>` becomes one gold sentence (its own document): its `<Text>`,
/// and one gold event per `<EventCoding sourcecode targetcode eventcode>`. A sentence coded
/// `noevents="True"` or `error="…"` (discarded, bad parse) has no gold events. Actor codes
/// are put in dyad's convention (``ActorCodes/fromCAMEO(_:)``); `---`, `###`, agents
/// without a country (`---GOV`) and quoted new-actor phrases become "" (no actor). Paired
/// codes (`042:043`) keep their first code. `<Stop>` ends the file; `<Environment>`,
/// `<Config>` and `<Parse>` are skipped.
///
/// The reader scans the few elements it needs rather than parsing XML in full, so that one
/// stray `&` does not lose a whole file; a sentence it cannot read is an error naming its line.
public enum PetrarchValidationReader {
    /// The gold sentences of `text`; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> [GoldSentence] {
        let scanner = XMLScanner(text)
        var sentences: [GoldSentence] = []
        var position = text.startIndex
        while let open = scanner.nextTag(named: ["Sentence", "Stop"], from: position) {
            if open.name == "Stop" { break }
            let line = scanner.line(of: open.range.lowerBound)
            guard let close = text.range(of: "</Sentence>", range: open.range.upperBound..<text.endIndex) else {
                throw InputError(file: file, line: line, reason: "<Sentence> without </Sentence>")
            }
            position = close.upperBound
            let body = open.range.upperBound..<close.lowerBound
            guard let id = open.attributes["id"], !id.isEmpty else {
                throw InputError(file: file, line: line, reason: "<Sentence> without an id")
            }
            var date: String?
            if let raw = open.attributes["date"] {
                guard raw.count == 8, let n = Int(raw), let day = Day(year: n / 10000, month: n / 100 % 100, day: n % 100) else {
                    throw InputError(file: file, line: line, reason: "date '\(raw)' is not YYYYMMDD")
                }
                date = day.description
            }
            guard let sentenceText = scanner.element("Text", in: body) else {
                throw InputError(file: file, line: line, reason: "sentence \(id) has no <Text>")
            }
            var events: [GoldEvent] = []
            var searchFrom = body.lowerBound
            while let coding = scanner.nextTag(named: ["EventCoding"], from: searchFrom, before: close.lowerBound) {
                searchFrom = coding.range.upperBound
                let a = coding.attributes
                if a["noevents"] != nil || a["error"] != nil { continue }
                guard let code = a["eventcode"] else {
                    throw InputError(
                        file: file, line: scanner.line(of: coding.range.lowerBound),
                        reason: "<EventCoding> without eventcode, noevents or error")
                }
                let first = String(code.split(separator: ":").first ?? "")
                guard !first.isEmpty, first != "---", first != "###" else { continue }
                events.append(GoldEvent(actor(a["sourcecode"]), first, actor(a["targetcode"])))
            }
            sentences.append(GoldSentence(doc: id, text: XMLScanner.collapse(sentenceText), events: events, date: date, line: line))
        }
        if sentences.isEmpty { throw InputError(file: file, reason: "contains no <Sentence> records") }
        return sentences
    }

    /// A PETRARCH actor code in dyad's convention; "" for no actor.
    static func actor(_ code: String?) -> String {
        guard let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return "" }
        if code.hasPrefix("---") || code.hasPrefix("###") || !ActorCodes.isWellFormed(code) { return "" }
        return ActorCodes.fromCAMEO(code)
    }
}

/// Finds elements and attributes in a small XML file, with line numbers.
struct XMLScanner {
    struct Tag {
        var name: String
        var attributes: [String: String]
        /// From `<` to the end of the opening tag (past `>`).
        var range: Range<String.Index>
    }

    let text: String
    private let lineStarts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var i = text.startIndex
        while let newline = text[i...].firstIndex(of: "\n") {
            i = text.index(after: newline)
            starts.append(i)
        }
        lineStarts = starts
    }

    /// The 1-based line of `index`.
    func line(of index: String.Index) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The next opening tag with one of `names`, at or after `start` (and before `end`).
    func nextTag(named names: Set<String>, from start: String.Index, before end: String.Index? = nil) -> Tag? {
        let limit = end ?? text.endIndex
        var i = start
        while i < limit, let lt = text[i..<limit].firstIndex(of: "<") {
            let nameStart = text.index(after: lt)
            var nameEnd = nameStart
            while nameEnd < text.endIndex, text[nameEnd].isLetter || text[nameEnd].isNumber { nameEnd = text.index(after: nameEnd) }
            let name = String(text[nameStart..<nameEnd])
            guard names.contains(name), let gt = text[nameEnd...].firstIndex(of: ">") else {
                i = nameStart
                continue
            }
            return Tag(name: name, attributes: XMLScanner.attributes(text[nameEnd..<gt]), range: lt..<text.index(after: gt))
        }
        return nil
    }

    /// The text of the first `<name>…</name>` in `range`, entities decoded.
    func element(_ name: String, in range: Range<String.Index>) -> String? {
        guard let open = nextTag(named: [name], from: range.lowerBound, before: range.upperBound),
            let close = text.range(of: "</\(name)>", range: open.range.upperBound..<range.upperBound)
        else { return nil }
        return XMLScanner.decode(text[open.range.upperBound..<close.lowerBound])
    }

    /// `a="x" b='y'` → attributes, entities decoded.
    static func attributes(_ s: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = s
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            var after = rest[rest.index(after: equals)...].drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            out[name] = decode(after[..<end])
            rest = after[after.index(after: end)...]
        }
        return out
    }

    /// Decodes the five named entities and numeric ones; CDATA sections are kept as written.
    static func decode(_ s: Substring) -> String {
        var text = String(s)
        if let start = text.range(of: "<![CDATA["), let end = text.range(of: "]]>", range: start.upperBound..<text.endIndex) {
            text = String(text[..<start.lowerBound]) + text[start.upperBound..<end.lowerBound] + text[end.upperBound...]
        }
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            guard let semi = tail.firstIndex(of: ";"), tail.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = tail[tail.index(after: amp)..<semi]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[String(entity)] {
                out += value
            } else if entity.hasPrefix("#x"), let n = UInt32(entity.dropFirst(2), radix: 16), let u = Unicode.Scalar(n) {
                out.unicodeScalars.append(u)
            } else if entity.hasPrefix("#"), let n = UInt32(entity.dropFirst()), let u = Unicode.Scalar(n) {
                out.unicodeScalars.append(u)
            } else {
                out += "&" + entity + ";"
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// Runs of whitespace as one space, none at the ends.
    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
