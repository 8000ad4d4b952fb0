import DyadText

/// The GDELT-like export: GDELT 1.0 daily event rows (58 tab-separated fields, no header),
/// field by field in docs/formats.md. What dyad does not know (geography, tone, religion,
/// ethnicity) is left empty; `dyad import --format gdelt` reads the rows back.
extension EventWriter {
    /// dyad organisation codes of three or six letters, which would otherwise read as a
    /// country (`IMF`) or a country and a sector (`ECOWAS`).
    static let organisationCodes: Set<String> = [
        "UNICEF", "WFP", "UNESCO", "IOM", "FAO", "WHO", "ICJ", "ICC", "IMF", "WBK", "WTO", "EUP", "ECB", "COE", "G20",
        "SCO", "CIS", "ECOWAS", "GCC", "ARL", "OIC", "OAS", "PIJ", "TTP", "WAGNER", "HTS", "SDF", "YPG", "FSA", "PKK",
        "DPR", "LPR", "RSF", "M23", "PMF", "ELN", "OSCE", "NATO", "EU", "UN", "AU", "ASEAN", "OPEC", "IAEA",
    ]

    /// CAMEO known-group codes of dyad organisations (GDELT's `KnownGroupCode`).
    static let knownGroupCodes: [String: String] = [
        "UN": "UNO", "NATO": "NAT", "EU": "EEC", "IMF": "IMF", "WBK": "WBK", "WTO": "WTO", "OPEC": "OPC", "ASEAN": "ASN",
        "ARL": "ARL", "GCC": "GCC", "AU": "AFU", "OAS": "OAS", "IAEA": "IAE", "SCO": "SCO", "CIS": "CIS", "OSCE": "OSC",
        "WHO": "WHO",
    ]

    /// An actor code split the CAMEO way: country, first type, the other three-letter parts.
    struct ActorParts {
        var country = ""
        var role = ""
        var attributes: [String] = []
        var organisation = ""

        init(_ code: String) {
            let letters = code.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            if code.isEmpty || EventWriter.organisationCodes.contains(code) || !letters || code.utf8.count % 3 != 0 {
                organisation = code
                return
            }
            country = String(code.prefix(3))
            role = String(code.dropFirst(3).prefix(3))
            var rest = code.dropFirst(6)
            while !rest.isEmpty {
                attributes.append(String(rest.prefix(3)))
                rest = rest.dropFirst(3)
            }
        }
    }

    /// A number for event ids that are not numbers (coded events): FNV-1a of the id, 53 bits,
    /// so that spreadsheets keep it exact.
    static func numericID(_ id: String) -> String {
        if let n = Int64(id), n >= 0 { return id }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash & 0x1F_FFFF_FFFF_FFFF)
    }

    /// `YYYYMMDD`, or "" without a date.
    static func compactDate(_ day: Day?) -> String {
        guard let day else { return "" }
        return day.description.replacingOccurrences(of: "-", with: "")
    }

    /// A field without tabs or line breaks.
    static func plain(_ s: String) -> String {
        s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) : s
    }

    /// The 58 fields of a GDELT 1.0 daily row.
    static func gdeltFields(_ e: CodedEvent) -> [String] {
        var f: [String] = []
        f.reserveCapacity(58)
        let date = compactDate(e.date)
        f.append(numericID(e.id))
        f.append(date)
        if let day = e.date {
            let (y, m, d) = day.components
            f += [String(date.prefix(6)), String(y), String(format: "%.4f", Double(y) + Double(m * 30 + d) / 365)]
        } else {
            f += ["", "", ""]
        }
        for (code, text) in [(e.source, e.sourceText), (e.target, e.targetText)] {
            let parts = ActorParts(code)
            f += [
                code, plain(text.uppercased()), parts.country, knownGroupCodes[parts.organisation] ?? "", "", "", "", parts.role,
                parts.attributes.first ?? "", parts.attributes.dropFirst().first ?? "",
            ]
        }
        f += [
            e.sentenceIndex == 0 ? "1" : "0", e.code, String(e.code.prefix(3)), e.root, String(e.quadClass), String(e.goldstein),
            "1", "1", "1", "",
        ]
        for _ in 0..<3 { f += ["0", "", "", "", "", "", ""] }
        f += [date, plain(e.doc)]
        return f
    }
}
