import Foundation

/// Reads documents from files, directories (recursively), JSON Lines and standard input.
///
/// - Plain text: optional header lines `title:`, `date:` or `published:`, `url:`, `id:`,
///   then a blank line, then the text.
/// - JSON Lines (`.jsonl`, or any input whose first character is `{`): one document per line
///   with `text` (or `body`, `content`) and optional `id`, `date`, `title`, `url`.
///
/// Bad input never stops the reading: each problem is handed over as an ``InputError``
/// naming the file and line, and the other documents are read.
public struct DocumentReader: Sendable {
    /// Date for documents that give none.
    public var defaultDate: Day?
    /// Largest document accepted, in bytes.
    public var maximumDocumentBytes = 16 << 20

    /// A reader; `defaultDate` dates documents that have no date.
    public init(defaultDate: Day? = nil) { self.defaultDate = defaultDate }

    /// Reads every path ("-" is standard input), calling `handle` for each document or error.
    public func read(_ paths: [String], _ handle: (Result<Document, InputError>) -> Void) {
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                read(data: data, name: "-", handle)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                handle(.failure(InputError(file: path, reason: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                for file in files(under: path) { readFile(file, handle) }
            } else {
                readFile(path, handle)
            }
        }
    }

    /// The regular, non-hidden files under `directory`, sorted, named under `directory` as
    /// given. A symbolic link to a directory is followed (the bundled `Corpus/demo` is one).
    public func files(under directory: String) -> [String] {
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: resolved) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        return found.sorted()
    }

    func readFile(_ path: String, _ handle: (Result<Document, InputError>) -> Void) {
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            handle(.failure(InputError(file: path, reason: "cannot be read (permission denied or not a regular file)")))
            return
        }
        read(data: data, name: path, handle)
    }

    /// Reads one input's bytes.
    public func read(data: Data, name: String, _ handle: (Result<Document, InputError>) -> Void) {
        if data.isEmpty {
            handle(.failure(InputError(file: name, reason: "is empty")))
            return
        }
        if data.prefix(8192).contains(0) {
            handle(.failure(InputError(file: name, reason: "is a binary file, not text")))
            return
        }
        let firstByte = data.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") || firstByte == UInt8(ascii: "{") {
            readJSONLines(data, name: name, handle)
            return
        }
        guard data.count <= maximumDocumentBytes else {
            handle(.failure(InputError(file: name, reason: "is larger than \(maximumDocumentBytes >> 20) MB; split it into documents")))
            return
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            handle(.failure(InputError(file: name, line: DocumentReader.firstInvalidLine(data), reason: "is not valid UTF-8 text")))
            return
        }
        handle(parsePlainText(text, name: name))
    }

    /// The line of the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        for chunk in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { return line }
            line += 1
        }
        return 0
    }
}
