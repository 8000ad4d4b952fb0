import DyadText
import Foundation
import Testing

@Suite("Reading documents")
struct DocumentReaderTests {
    /// A fresh temporary directory.
    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func read(_ paths: [String], date: Day? = nil) -> (documents: [Document], errors: [String]) {
        var documents: [Document] = []
        var errors: [String] = []
        DocumentReader(defaultDate: date).read(paths) {
            switch $0 {
            case .success(let d): documents.append(d)
            case .failure(let e): errors.append(e.description)
            }
        }
        return (documents, errors)
    }

    @Test("plain text with a header gives title, date and url; the body starts after the blank line")
    func header() throws {
        let dir = try directory()
        let file = dir.appendingPathComponent("a.txt")
        try "title: Talks\ndate: 2017-04-11\nurl: https://example.org/a\n\nTillerson flew to Moscow.\n".write(
            to: file, atomically: true, encoding: .utf8)
        let (documents, errors) = read([file.path])
        #expect(errors.isEmpty)
        let document = try #require(documents.first)
        #expect(document.title == "Talks")
        #expect(document.date?.description == "2017-04-11")
        #expect(document.url == "https://example.org/a")
        #expect(document.text == "Tillerson flew to Moscow.\n")
    }

    @Test("a directory named by a symbolic link is read recursively, its files named under the link")
    func symbolicLinkToDirectory() throws {
        let dir = try directory()
        let nested = dir.appendingPathComponent("real/nested")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "Russia expelled two diplomats.".write(to: nested.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let link = dir.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: dir.appendingPathComponent("real"))
        let (documents, errors) = read([link.path])
        #expect(errors.isEmpty)
        #expect(documents.map(\.id) == [link.appendingPathComponent("nested/a.txt").path])
    }

    @Test("bad inputs are reported with file and line, and the good ones are still read")
    func badInputs() throws {
        let dir = try directory()
        try Data([0x48, 0x69, 0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data([0x52, 0x75, 0x73, 0x73, 0x69, 0x61, 0x0A, 0xE9, 0x0A]).write(to: dir.appendingPathComponent("invalid.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let lines = [
            #"{"id":"a","date":"2018-03-14","text":"Britain expelled 23 Russian diplomats."}"#,
            #"{"id":"b","text": oops}"#,
            #"{"id":"c","date":"March 2018","text":"x"}"#,
            #"{"id":"d","title":"no text"}"#,
            #"{"id":"e","text":"Moscow answered in kind."}"#,
        ]
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("docs.jsonl"), atomically: true, encoding: .utf8)
        try "Russia and China signed an agreement.".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let (documents, errors) = read([dir.path, dir.appendingPathComponent("missing.txt").path])
        #expect(documents.map(\.id).contains("a"))
        #expect(documents.map(\.id).contains("e"))
        #expect(documents.contains { $0.id.hasSuffix("good.txt") })
        #expect(errors.contains { $0.hasSuffix("binary.txt: is a binary file, not text") })
        #expect(errors.contains { $0.hasSuffix("invalid.txt:2: is not valid UTF-8 text") })
        #expect(errors.contains { $0.hasSuffix("empty.txt: is empty") })
        #expect(errors.contains { $0.contains("docs.jsonl:2: malformed JSON") })
        #expect(errors.contains { $0.contains("docs.jsonl:3: 'March 2018' is not a date") })
        #expect(errors.contains { $0.contains("docs.jsonl:4: has no 'text' field") })
        #expect(errors.contains { $0.hasSuffix("missing.txt: no such file or directory") })
    }

    @Test("a line of megabytes is read, and one over the limit is refused by line")
    func hugeLines() throws {
        let dir = try directory()
        let big = String(repeating: "Russia expelled diplomats. ", count: 80_000)  // about 2 MB
        let file = dir.appendingPathComponent("big.jsonl")
        try "{\"id\":\"big\",\"text\":\"\(big)\"}\n".write(to: file, atomically: true, encoding: .utf8)
        var reader = DocumentReader()
        var ok: [Document] = []
        reader.read([file.path]) { if case .success(let d) = $0 { ok.append(d) } }
        #expect(ok.first?.text.count == big.count)
        reader.maximumDocumentBytes = 1 << 20
        var errors: [String] = []
        reader.read([file.path]) { if case .failure(let e) = $0 { errors.append(e.description) } }
        #expect(errors == ["\(file.path):1: line is longer than 1 MB"])
    }

    @Test("--date dates documents that have none")
    func defaultDate() throws {
        let (documents, _) = read([], date: Day(iso: "2020-01-01"))
        #expect(documents.isEmpty)
        var found: [Document] = []
        DocumentReader(defaultDate: Day(iso: "2020-01-01")).read(data: Data("Plain text.".utf8), name: "-") {
            if case .success(let d) = $0 { found.append(d) }
        }
        #expect(found.first?.date?.description == "2020-01-01")
    }
}
