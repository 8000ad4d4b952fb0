import DyadText
import Foundation

/// The parameters of a query string, decoded strictly: `+` is a space, `%XX` a byte, and a
/// parameter the endpoint does not know, a parameter given twice, bad percent-encoding or an
/// over-long value is a 400 error, never silently ignored. An empty value (`from=`, as an
/// HTML form sends for an empty field) is the same as no value.
struct QueryParameters: Sendable {
    /// The parameters with a value, in the order given.
    private(set) var items: [(name: String, value: String)] = []

    /// The longest value accepted, in characters.
    static let maxValueLength = 2000

    /// Decodes `query` (the part after `?`), accepting only `allowed` names.
    init(_ query: String?, allowed: Set<String>) throws {
        for piece in (query ?? "").split(separator: "&") where !piece.isEmpty {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            guard allowed.contains(name) else {
                throw ServerError.badRequest("unknown parameter '\(name)'; known: \(allowed.sorted().joined(separator: ", "))")
            }
            guard !items.contains(where: { $0.name == name }) else {
                throw ServerError.badRequest("parameter '\(name)' is given more than once")
            }
            guard value.count <= Self.maxValueLength else {
                throw ServerError.badRequest("parameter '\(name)' is longer than \(Self.maxValueLength) characters")
            }
            if !value.isEmpty { items.append((name, value)) }
        }
    }

    /// The value of `name`, nil when absent or empty.
    subscript(name: String) -> String? { items.first { $0.name == name }?.value }

    /// Whether `name` has a value.
    func has(_ name: String) -> Bool { self[name] != nil }

    /// An integer in `range`, or nil when absent.
    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = self[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw ServerError.badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// A number in `range`, or nil when absent.
    func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let text = self[name] else { return nil }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            throw ServerError.badRequest("\(name) must be a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// A day written YYYY-MM-DD, or nil when absent.
    func day(_ name: String) throws -> Day? {
        guard let text = self[name] else { return nil }
        guard let day = Day(iso: text) else { throw ServerError.badRequest("\(name) must be a date YYYY-MM-DD, not '\(text)'") }
        return day
    }

    /// `true`/`false` (also `1`/`0`, `yes`/`no`), or nil when absent.
    func bool(_ name: String) throws -> Bool? {
        guard let text = self[name]?.lowercased() else { return nil }
        switch text {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw ServerError.badRequest("\(name) must be true or false, not '\(text)'")
        }
    }

    /// One of the cases of `type`, by raw value, or nil when absent.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = self[name] else { return nil }
        guard let value = T(rawValue: text.lowercased()) else {
            let known = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw ServerError.badRequest("\(name) must be one of \(known), not '\(text)'")
        }
        return value
    }

    /// The parameters with `changes` applied (nil removes one), for links to other pages.
    func replacing(_ changes: [String: String?]) -> [(name: String, value: String)] {
        var result = items.filter { !changes.keys.contains($0.name) }
        for (name, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let value { result.append((name, value)) }
        }
        return result
    }

    private static func decode(_ text: Substring) throws -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw ServerError.badRequest("the query string is not valid percent-encoding near '\(text.prefix(40))'")
        }
        return decoded
    }
}
