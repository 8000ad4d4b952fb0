import CZlib
import Foundation

/// A failure while reading the bytes of a file, with the reason (the line is added by
/// ``LineReader``, which knows how far it got).
struct ByteSourceError: Error {
    var reason: String
}

/// Where a ``LineReader`` gets its bytes: a plain file, or a gzip or single-member ZIP
/// archive inflated on the fly. Chosen by the file's first bytes, not its name.
protocol ByteSource {
    /// Appends up to about `limit` bytes to `buffer`; returns how many, 0 at the end.
    mutating func read(into buffer: inout [UInt8], limit: Int) throws(ByteSourceError) -> Int
    /// Closes the file.
    mutating func close()
}

/// Reads a file descriptor in large blocks.
struct FileBytes {
    let fd: Int32
    private var block: [UInt8]

    init(fd: Int32, blockSize: Int = 1 << 20) {
        self.fd = fd
        block = [UInt8](repeating: 0, count: blockSize)
    }

    /// The next block of the file, empty at its end.
    mutating func next() throws(ByteSourceError) -> ArraySlice<UInt8> {
        let fd = fd
        let n = block.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        if n < 0 { throw ByteSourceError(reason: "read failed: \(String(cString: strerror(errno)))") }
        return block[0..<n]
    }
}

/// A plain file, passed through.
struct PlainSource: ByteSource {
    var file: FileBytes
    /// Bytes read ahead to sniff the format, handed out first.
    var prefix: [UInt8]

    mutating func read(into buffer: inout [UInt8], limit: Int) throws(ByteSourceError) -> Int {
        if !prefix.isEmpty {
            buffer.append(contentsOf: prefix)
            defer { prefix = [] }
            return prefix.count
        }
        let chunk = try file.next()
        buffer.append(contentsOf: chunk)
        return chunk.count
    }

    mutating func close() { Foundation.close(file.fd) }
}

/// gzip (RFC 1952, several members allowed, as `cat a.gz b.gz` makes) or the first member of
/// a ZIP archive (deflated or stored), inflated with the system zlib.
///
/// zlib rather than a package: it is on every machine dyad builds on (Debian's zlib1g-dev,
/// the macOS SDK), inflates at hundreds of MB/s, and costs no dependency to build; the
/// Swift gzip packages wrap the same library behind SwiftNIO buffers.
final class InflateSource: ByteSource {
    enum Container { case gzip, zip }

    private var file: FileBytes
    private var stream = z_stream()
    private var input: [UInt8]
    private var inputOffset = 0
    private var output = [UInt8](repeating: 0, count: 1 << 20)
    private var finished = false
    private var open = false
    private let container: Container
    /// Stored (method 0) ZIP members are copied: the bytes left to copy.
    private var storedRemaining: Int?

    init(file: FileBytes, prefix: [UInt8], container: Container) throws(ByteSourceError) {
        self.file = file
        self.input = prefix
        self.container = container
        switch container {
        case .gzip:
            try start(windowBits: 15 + 16)
        case .zip:
            try openZipMember()
        }
    }

    deinit { if open { inflateEnd(&stream) } }

    private func start(windowBits: Int32) throws(ByteSourceError) {
        if open { inflateEnd(&stream) }
        stream = z_stream()
        let status = inflateInit2_(&stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw ByteSourceError(reason: "zlib could not start (\(status))") }
        open = true
    }

    /// Makes sure `count` input bytes are buffered past `inputOffset`; false at end of file.
    private func fill(_ count: Int) throws(ByteSourceError) -> Bool {
        while input.count - inputOffset < count {
            let chunk = try file.next()
            if chunk.isEmpty { return false }
            if inputOffset > 0 {
                input.removeFirst(inputOffset)
                inputOffset = 0
            }
            input.append(contentsOf: chunk)
        }
        return true
    }

    private func uint16(_ at: Int) -> Int { Int(input[inputOffset + at]) | Int(input[inputOffset + at + 1]) << 8 }
    private func uint32(_ at: Int) -> Int { uint16(at) | uint16(at + 2) << 16 }

    /// Reads a ZIP local file header and prepares to inflate its member.
    private func openZipMember() throws(ByteSourceError) {
        guard try fill(30), input[inputOffset..<inputOffset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) else {
            throw ByteSourceError(reason: "not a ZIP archive (no local file header)")
        }
        let flags = uint16(6), method = uint16(8), compressedSize = uint32(18)
        let header = 30 + uint16(26) + uint16(28)
        guard try fill(header) else { throw ByteSourceError(reason: "ZIP archive ends inside its first header") }
        inputOffset += header
        switch method {
        case 8:
            try start(windowBits: -15)
        case 0 where flags & 0x08 == 0:
            storedRemaining = compressedSize
        default:
            throw ByteSourceError(reason: "ZIP member uses compression method \(method); only deflate and stored are read (unzip it first)")
        }
    }

    /// An error met after some output of the same call: reported on the next call, so that
    /// the lines before it are read first.
    private var pendingError: ByteSourceError?

    func read(into buffer: inout [UInt8], limit: Int) throws(ByteSourceError) -> Int {
        if let error = pendingError { throw error }
        if finished { return 0 }
        if let remaining = storedRemaining {
            guard remaining > 0 else {
                finished = true
                return 0
            }
            guard try fill(1) else { throw ByteSourceError(reason: "ZIP archive is truncated") }
            let n = min(remaining, input.count - inputOffset, limit)
            buffer.append(contentsOf: input[inputOffset..<inputOffset + n])
            inputOffset += n
            storedRemaining = remaining - n
            return n
        }
        while true {
            if inputOffset == input.count {
                input.removeAll(keepingCapacity: true)
                inputOffset = 0
                let chunk = try file.next()
                input.append(contentsOf: chunk)
                if chunk.isEmpty {
                    throw ByteSourceError(reason: "compressed data ends early (the file is truncated)")
                }
            }
            let available = input.count - inputOffset
            let (status, consumed, produced) = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_in = inBuffer.baseAddress! + inputOffset
                    stream.avail_in = UInt32(available)
                    stream.next_out = outBuffer.baseAddress!
                    stream.avail_out = UInt32(min(outBuffer.count, max(limit, 1 << 16)))
                    let before = stream.avail_out
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, available - Int(stream.avail_in), Int(before - stream.avail_out))
                }
            }
            inputOffset += consumed
            buffer.append(contentsOf: output[0..<produced])
            switch status {
            case Z_OK:
                if produced > 0 { return produced }
            case Z_BUF_ERROR where produced > 0 || consumed > 0:
                if produced > 0 { return produced }
            case Z_STREAM_END:
                if container == .zip {
                    finished = true
                } else if try !nextGzipMember() {
                    finished = true
                }
                if produced > 0 || finished { return produced }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                let error = ByteSourceError(reason: "compressed data is corrupt (\(message))")
                if produced > 0 {
                    pendingError = error
                    return produced
                }
                throw error
            }
        }
    }

    /// After a gzip member: starts the next one when more gzip data follows.
    private func nextGzipMember() throws(ByteSourceError) -> Bool {
        guard try fill(2) else { return false }
        guard input[inputOffset] == 0x1F, input[inputOffset + 1] == 0x8B else {
            // Trailing padding (zeros) after the last member is common; anything else is ignored too.
            return false
        }
        try start(windowBits: 15 + 16)
        return true
    }

    func close() {
        Foundation.close(file.fd)
        if open {
            inflateEnd(&stream)
            open = false
        }
    }
}

extension InputFile {
    /// Opens `path` with the right source for its first bytes.
    static func openSource(_ path: String) throws(ByteSourceError) -> any ByteSource {
        let fd = path == "-" ? dup(0) : Foundation.open(path, O_RDONLY)
        guard fd >= 0 else { throw ByteSourceError(reason: "cannot be opened: \(String(cString: strerror(errno)))") }
        var file = FileBytes(fd: fd)
        var prefix: [UInt8] = []
        do {
            while prefix.count < 4 {
                let chunk = try file.next()
                if chunk.isEmpty { break }
                prefix.append(contentsOf: chunk)
            }
        } catch {
            Foundation.close(fd)
            throw error
        }
        if prefix.starts(with: [0x1F, 0x8B]) { return try InflateSource(file: file, prefix: prefix, container: .gzip) }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try InflateSource(file: file, prefix: prefix, container: .zip) }
        return PlainSource(file: file, prefix: prefix)
    }
}
