import DyadText
import Foundation

/// Reads a file line by line in constant memory: plain text, gzip (`.gz`, any name) or the
/// first member of a ZIP archive, told apart by their first bytes.
///
/// Lines end at `\n`; a `\r` before it is dropped. A line that is not valid UTF-8 is read as
/// Latin-1 instead (and counted in ``latin1Lines``), as some re-published event files are.
///
/// ```swift
/// try InputFile.forEachLine("20150512.export.CSV.gz") { line, number in ... }
/// ```
public enum InputFile {
    /// Calls `body` with each line (its bytes, valid only during the call) and its 1-based
    /// number. A file that cannot be opened throws an ``InputError`` for the file; corrupt
    /// or truncated compressed data throws one for the line where reading stopped, after
    /// every complete line before it was handed to `body`. Errors thrown by `body` pass
    /// through unchanged.
    ///
    /// Returns the number of lines read as Latin-1.
    @discardableResult
    public static func forEachLine(
        _ path: String, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
    ) throws -> Int {
        var source: any ByteSource
        do { source = try openSource(path) } catch { throw InputError(file: path, reason: error.reason) }
        defer { source.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(2 << 20)
        var scratch: [UInt8] = []
        var lineNumber = 0
        var latin1 = 0
        var start = 0
        var scanned = 0

        func emit(_ range: Range<Int>) throws {
            lineNumber += 1
            var end = range.upperBound
            if end > range.lowerBound, buffer[end - 1] == 0x0D { end -= 1 }
            try buffer.withUnsafeBufferPointer { all in
                let line = UnsafeBufferPointer(rebasing: all[range.lowerBound..<end])
                if isUTF8(line) {
                    try body(line, lineNumber)
                } else {
                    latin1 += 1
                    scratch.removeAll(keepingCapacity: true)
                    for byte in line {
                        if byte < 0x80 {
                            scratch.append(byte)
                        } else {
                            scratch.append(0xC0 | byte >> 6)
                            scratch.append(0x80 | byte & 0x3F)
                        }
                    }
                    try scratch.withUnsafeBufferPointer { try body($0, lineNumber) }
                }
            }
        }

        while true {
            let n: Int
            do {
                n = try source.read(into: &buffer, limit: 1 << 20)
            } catch {
                throw InputError(file: path, line: lineNumber + 1, reason: "\(error.reason); the rest of the file is skipped")
            }
            if n == 0 {
                if start < buffer.count { try emit(start..<buffer.count) }
                return latin1
            }
            var i = scanned
            let count = buffer.count
            while let newline = buffer.withUnsafeBufferPointer({ all -> Int? in
                var j = i
                while j < count {
                    if all[j] == 0x0A { return j }
                    j += 1
                }
                return nil
            }) {
                try emit(start..<newline)
                start = newline + 1
                i = start
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            scanned = buffer.count
        }
    }

    /// Whether `bytes` are valid UTF-8 (ASCII checked first, 8 bytes at a time).
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
        }
        while i < n, bytes[i] < 0x80 { i += 1 }
        if i == n { return true }
        return String(validating: UnsafeBufferPointer(rebasing: bytes[i...]), as: UTF8.self) != nil
    }
}
