/// Writes one JSON object byte for byte as `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes`, without its generic machinery: events are written by the
/// million. The caller gives the fields in sorted key order.
struct JSONObjectWriter {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]

    /// A writer for an object of about `capacity` bytes.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The finished object.
    mutating func finish() -> String {
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func field(_ key: String, _ value: String) {
        open(key)
        string(value)
    }

    mutating func field(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }

    mutating func field(_ key: String, _ value: Int) {
        open(key)
        bytes += String(value).utf8
    }

    /// A number as `JSONEncoder` writes it: `1.9`, `-10` (no `.0`).
    mutating func field(_ key: String, _ value: Double) {
        open(key)
        let written = value.description
        bytes += written.hasSuffix(".0") ? written.dropLast(2).utf8 : written[...].utf8
    }

    mutating func field(_ key: String, _ values: [String]) {
        open(key)
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func field(_ key: String, _ values: [Int]) {
        open(key)
        bytes += ("[" + values.map(String.init).joined(separator: ",") + "]").utf8
    }

    /// `"key":`, with a comma before all but the first; keys need no escaping.
    private mutating func open(_ key: String) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes += key.utf8
        bytes += "\":".utf8
    }

    /// A string literal: quotes, backslashes and control characters escaped, the rest as is.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plain = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes += utf8[plain..<i]
                escape(byte)
                plain = i + 1
            }
            bytes += utf8[plain...]
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case 0x08: bytes += "\\b".utf8
        case 0x0C: bytes += "\\f".utf8
        case 0x0A: bytes += "\\n".utf8
        case 0x0D: bytes += "\\r".utf8
        case 0x09: bytes += "\\t".utf8
        case 0x00..<0x20: bytes += "\\u00".utf8 + [JSONObjectWriter.hex[Int(byte >> 4)], JSONObjectWriter.hex[Int(byte & 15)]]
        default: bytes += [UInt8(ascii: "\\"), byte]
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
