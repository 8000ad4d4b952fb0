import DyadCoder
import Foundation

/// A filter value that does not parse, with what was expected.
public struct FilterError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong.
    public var description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}

/// The textual forms of filter values, shared by the command line and other front ends:
/// comma-separated lists, actor codes in any case.
extension EventFilter {
    /// An actor code prefix: letters and digits, upper-cased (`usa` → `USA`).
    public static func actorPrefix(_ text: String) throws -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw FilterError("'\(text)' is not an actor code (letters and digits, such as USA, RUSGOV, NATO)")
        }
        return code
    }

    /// Two actor prefixes, `A,B`.
    public static func actorPair(_ text: String) throws -> ActorPair {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw FilterError("'\(text)' is not a dyad: give two actor codes, A,B (such as USA,RUS)") }
        return ActorPair(try actorPrefix(String(parts[0])), try actorPrefix(String(parts[1])))
    }

    /// CAMEO code prefixes: one to four digits each.
    public static func codePrefixes(_ text: String) throws -> [String] {
        try items(text).map { code in
            guard (1...4).contains(code.count), code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) else {
                throw FilterError("'\(code)' is not a CAMEO code (one to four digits, such as 04, 042, 1663)")
            }
            return code
        }
    }

    /// CAMEO roots, 1 to 20, written with two digits.
    public static func roots(_ text: String) throws -> [String] {
        try items(text).map { root in
            guard root.count <= 2, let n = Int(root), (1...20).contains(n) else {
                throw FilterError("'\(root)' is not a CAMEO root (01 to 20)")
            }
            return n < 10 ? "0\(n)" : "\(n)"
        }
    }

    /// QuadClasses, 1 to 4.
    public static func quadClasses(_ text: String) throws -> [Int] {
        try items(text).map { item in
            guard let n = Int(item), (1...4).contains(n) else { throw FilterError("'\(item)' is not a QuadClass (1 to 4)") }
            return n
        }
    }

    /// Factualities by name; `any` (or `all`) for every one, which is the empty list.
    public static func factualities(_ text: String) throws -> [Factuality] {
        let names = try items(text.lowercased())
        if names == ["any"] || names == ["all"] { return [] }
        return try names.map { name in
            guard let value = Factuality(rawValue: name) else {
                let known = Factuality.allCases.map(\.rawValue).joined(separator: ", ")
                throw FilterError("'\(name)' is not a factuality (\(known), or any)")
            }
            return value
        }
    }

    private static func items(_ text: String) throws -> [String] {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !items.isEmpty else { throw FilterError("'\(text)' is empty") }
        return items
    }
}
