import Crypto
import Foundation

/// The key that makes ingesting idempotent: the SHA-256, in lower-case hex, of a document's
/// normalised text.
///
/// Normalising makes copies of one story that differ only in layout or typography hash
/// alike: the text is put in Unicode canonical composition (NFC), lower-cased, curly quotes
/// and apostrophes are straightened (‘ ’ ‚ ‛ → `'`, “ ” „ ‟ « » → `"`), a byte-order mark is
/// dropped, and every run of whitespace becomes one space, with none at either end. The
/// title, URL, date and name of a document are not part of the key: the same story under
/// two names, or re-dated, is the same document.
public enum ContentHash {
    /// The hash of `text`: 64 lower-case hexadecimal digits.
    public static func of(_ text: String) -> String {
        hex(Array(SHA256.hash(data: normalise(text))))
    }

    /// The UTF-8 bytes that are hashed.
    public static func normalise(_ text: String) -> [UInt8] {
        let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        var out: [UInt8] = []
        out.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        for scalar in composed.lowercased().unicodeScalars {
            if scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            let plain: Unicode.Scalar
            switch scalar.value {
            case 0xFEFF: continue
            case 0x2018, 0x2019, 0x201A, 0x201B: plain = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB: plain = "\""
            default: plain = scalar
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if plain.isASCII { out.append(UInt8(plain.value)) } else { out.append(contentsOf: UTF8.encode(plain)!) }
        }
        return out
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
