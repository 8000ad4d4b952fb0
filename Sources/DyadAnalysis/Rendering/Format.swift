import Foundation

/// Number formatting for reports: fixed decimals, never "nan".
enum Format {
    /// `x` with `digits` decimals ("0.25"); "–" for a non-finite value.
    static func fixed(_ x: Double, digits: Int = 2) -> String {
        guard x.isFinite else { return "–" }
        let s = String(format: "%.\(digits)f", x)
        return s.hasPrefix("-") && Double(s) == 0 ? String(s.dropFirst()) : s
    }

    /// `x` with a sign ("+0.25", "−0.40", "0.00").
    static func signed(_ x: Double, digits: Int = 2) -> String {
        let s = fixed(x, digits: digits)
        if s.hasPrefix("-") { return "−" + s.dropFirst() }
        return Double(s) == 0 ? s : "+" + s
    }

    /// `share` (0...1) as a whole percentage ("42%").
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return "\(Int((share * 100).rounded()))%"
    }
}
