/// The QuadClass convention used to group CAMEO roots into the four classes of event data.
public enum QuadClassConvention: String, Sendable, CaseIterable {
    /// GDELT: roots 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
    /// conflict, 15-20 material conflict. dyad's default.
    case gdelt
    /// ICEWS: 01-05, 06-08, 09-13, 14-20.
    case icews
}

/// The facts dyad keeps about one CAMEO event code.
public struct CAMEOCode: Sendable, Hashable {
    /// The code as written, leading zero kept: "042", "1663".
    public let code: String
    /// The codebook name: "Make a visit".
    public let name: String
    /// Goldstein weight, GDELT variant (-10 conflict ... +10 cooperation).
    public let goldstein: Double
    /// Goldstein weight, ICEWS variant.
    public let goldsteinICEWS: Double
    /// QuadClass under the GDELT convention: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    public let quadClass: Int
    /// QuadClass under the ICEWS convention.
    public let quadClassICEWS: Int
    /// PLOVER event type ("CONSULT"), empty when PLOVER has none.
    public let ploverType: String
    /// PLOVER mode ("visit"), empty when none applies.
    public let ploverMode: String

    /// The two-digit root: "04" for "042".
    public var root: String { String(code.prefix(2)) }

    /// QuadClass under the given convention.
    public func quadClass(_ convention: QuadClassConvention) -> Int {
        convention == .gdelt ? quadClass : quadClassICEWS
    }
}

/// All 312 CAMEO codes, looked up by their string.
public struct CAMEOCatalog: Sendable {
    /// Codes by their string.
    public let codes: [String: CAMEOCode]

    /// The catalog dyad ships (CAMEO 1.1b3).
    public static let standard = CAMEOCatalog(tsv: table)

    init(tsv: String) {
        var codes: [String: CAMEOCode] = [:]
        for line in tsv.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 8 else { continue }
            codes[f[0]] = CAMEOCode(
                code: f[0], name: f[1], goldstein: Double(f[2]) ?? 0,
                goldsteinICEWS: Double(f[3]) ?? 0, quadClass: Int(f[4]) ?? 0,
                quadClassICEWS: Int(f[5]) ?? 0, ploverType: f[6], ploverMode: f[7])
        }
        self.codes = codes
    }

    /// The entry for `code`, or nil when CAMEO has no such code.
    public subscript(code: String) -> CAMEOCode? { codes[code] }

    /// Whether `code` is a CAMEO code.
    public func contains(_ code: String) -> Bool { codes[code] != nil }

    /// The 20 root codes, "01" to "20".
    public static let roots: [String] = (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" }
}
