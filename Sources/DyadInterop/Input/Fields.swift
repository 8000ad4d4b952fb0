/// How the fields of a line are separated.
public enum Delimiter: String, Sendable, CaseIterable {
    /// Decided per file from its first line: a tab anywhere makes it tab-separated,
    /// otherwise comma-separated.
    case auto
    /// Tab-separated, no quoting (the published formats): `"` is an ordinary character.
    case tab
    /// Comma-separated with RFC 4180 quoting, as R and pandas re-export the files.
    case comma
}

/// The fields of one line: ranges into the line's bytes (or into an unquoted copy of them).
///
/// Only the fields a mapper needs become `String`s, so a 61-field GDELT row costs a
/// dozen small allocations, not 61.
public struct Fields {
    private var bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    private(set) var ranges: [Range<Int>] = []
    private var unquoted: [UInt8] = []
    private var isUnquoted = false

    init() { ranges.reserveCapacity(64) }

    /// The number of fields.
    public var count: Int { ranges.count }

    /// Calls `body` with the bytes of field `i` (which must exist).
    func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let r = ranges[i]
        if isUnquoted { return unquoted.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[r])) } }
        return body(UnsafeBufferPointer(rebasing: bytes[r]))
    }

    /// Field `i` as a string ("" when absent), spaces around it trimmed.
    public subscript(i: Int) -> String {
        guard i < ranges.count, !ranges[i].isEmpty else { return "" }
        return withField(i) { field in
            var lower = 0, upper = field.count
            while lower < upper, field[lower] == 0x20 { lower += 1 }
            while lower < upper, field[upper - 1] == 0x20 { upper -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: field[lower..<upper]), as: UTF8.self)
        }
    }

    /// Whether field `i` is absent or empty.
    public func isEmpty(_ i: Int) -> Bool { i >= ranges.count || ranges[i].isEmpty }

    /// Field `i` as a whole number, nil when it is not one.
    public func integer(_ i: Int) -> Int? {
        guard i < ranges.count, !ranges[i].isEmpty, ranges[i].count <= 18 else { return nil }
        return withField(i) { field in
            var n = 0
            for b in field {
                guard b >= 0x30, b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
    }

    /// Splits `line`; the ranges stay valid while `line` does.
    mutating func split(_ line: UnsafeBufferPointer<UInt8>, delimiter: Delimiter) {
        ranges.removeAll(keepingCapacity: true)
        isUnquoted = false
        if delimiter == .comma, line.contains(0x22) { return splitQuoted(line) }
        bytes = line
        let separator: UInt8 = delimiter == .comma ? 0x2C : 0x09
        var start = 0
        for i in 0..<line.count where line[i] == separator {
            ranges.append(start..<i)
            start = i + 1
        }
        ranges.append(start..<line.count)
    }

    /// CSV with quotes: `"a, b"` is one field and `""` inside quotes is one `"`.
    private mutating func splitQuoted(_ line: UnsafeBufferPointer<UInt8>) {
        unquoted.removeAll(keepingCapacity: true)
        var start = 0
        var i = 0
        var quoted = false
        while i < line.count {
            let b = line[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < line.count, line[i + 1] == 0x22 {
                        unquoted.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    unquoted.append(b)
                }
            } else if b == 0x22 {
                quoted = true
            } else if b == 0x2C {
                ranges.append(start..<unquoted.count)
                start = unquoted.count
            } else {
                unquoted.append(b)
            }
            i += 1
        }
        ranges.append(start..<unquoted.count)
        isUnquoted = true
    }

    /// Drops empty fields at the end beyond `count` (files with surplus trailing tabs).
    mutating func trimTrailingEmpty(to count: Int) {
        while ranges.count > count, ranges.last!.isEmpty { ranges.removeLast() }
    }
}
