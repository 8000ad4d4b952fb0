import DyadLexicon
import DyadText

/// Turns the actor codes and names of other datasets into dyad's convention: an ISO 3166-1
/// alpha-3 country and one three-letter sector (`USAGOV`), or an organisation code (`UN`,
/// `NATO`). What cannot be mapped is kept as the source wrote it.
public enum ActorCodes {
    /// CAMEO country codes that differ from ISO 3166-1 alpha-3 (CAMEO kept some withdrawn ISO
    /// codes, and Kosovo has no ISO code; dyad uses the user-assigned `XKX`).
    public static let cameoCountryFixes: [String: String] = [
        "ROM": "ROU", "TMP": "TLS", "ZAR": "COD", "KSV": "XKX", "YUG": "SRB",
    ]

    /// CAMEO known-group codes (GDELT's `KnownGroupCode`, the tail of Phoenix `IGO…` codes)
    /// for which dyad has an organisation code. Others are kept as written.
    public static let knownGroups: [String: String] = [
        "UNO": "UN", "NAT": "NATO", "EEC": "EU", "EUR": "EU", "IMF": "IMF", "WBK": "WBK", "WTO": "WTO",
        "OPC": "OPEC", "ASN": "ASEAN", "ARL": "ARL", "GCC": "GCC", "AFU": "AU", "OAS": "OAS",
        "IAE": "IAEA", "SCO": "SCO", "CIS": "CIS", "OSC": "OSCE", "WHO": "WHO",
    ]

    /// Organisation codes of dyad back to CAMEO known groups, for the GDELT export.
    public static let knownGroupsByOrganisation: [String: String] = [
        "UN": "UNO", "NATO": "NAT", "EU": "EEC", "IMF": "IMF", "WBK": "WBK", "WTO": "WTO", "OPEC": "OPC",
        "ASEAN": "ASN", "ARL": "ARL", "GCC": "GCC", "AU": "AFU", "OAS": "OAS", "IAEA": "IAE", "SCO": "SCO",
        "CIS": "CIS", "OSCE": "OSC",
    ]

    /// Three-letter codes that are CAMEO actor types, not countries, at the start of a code
    /// (`IGOWSTNAT`, `NGO`, `MNC`).
    public static let generalTypes: Set<String> = ["IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS", "PKO"]

    /// Whether `code` is three capital ASCII letters.
    public static func isCountryLike(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether `code` can be an actor code: capital ASCII letters and digits.
    public static func isWellFormed(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= 30 && code.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// A CAMEO country code as ISO alpha-3.
    public static func iso(_ country: String) -> String { cameoCountryFixes[country] ?? country }

    /// The dyad code for a CAMEO actor given as country, type and known group (GDELT's
    /// structured fields), falling back to the full code as written.
    public static func fromCAMEO(code: String, country: String, type: String, group: String) -> String {
        if !country.isEmpty, isCountryLike(country) {
            return iso(country) + (isCountryLike(type) ? type : "")
        }
        if !group.isEmpty, let organisation = knownGroups[group] { return organisation }
        return fromCAMEO(code)
    }

    /// The dyad code for a full CAMEO actor code: a country keeps its first sector
    /// (`USAGOVLEG` → `USAGOV`, `ROM` → `ROU`); `IGO`-style codes become the organisation
    /// when dyad knows one of their parts (`IGOWSTNAT` → `NATO`); others stay as written.
    public static func fromCAMEO(_ code: String) -> String {
        guard code.utf8.count >= 3 else { return code }
        let head = String(code.prefix(3))
        if generalTypes.contains(head) {
            var rest = code.dropFirst(3)
            while rest.count >= 3 {
                if let organisation = knownGroups[String(rest.prefix(3))] { return organisation }
                rest = rest.dropFirst(3)
            }
            return code
        }
        if code.utf8.count % 3 == 0, isCountryLike(head), code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
            return iso(head) + code.dropFirst(3).prefix(3)
        }
        return code
    }

    /// ICEWS sector names (lower-cased) → dyad sectors, most specific first.
    static let icewsSectors: [(words: [String], sector: String)] = [
        (["military", "army", "navy", "air force", "armed forces", "defense", "defence"], "MIL"),
        (["police", "law enforcement"], "COP"),
        (["intelligence", "secret service"], "SPY"),
        (["judicial", "judiciary", "court", "prosecut"], "JUD"),
        (["legislative", "parliament", "legislature", "congress", "senate"], "LEG"),
        (["rebel", "insurgent", "separatist", "militia", "terror"], "REB"),
        (["opposition", "dissident", "protest"], "OPP"),
        (["executive", "government", "cabinet", "ministry", "foreign affairs", "diplomat", "head of state", "elite"], "GOV"),
        (["business", "corporat", "industry", "financ"], "BUS"),
        (["media", "news", "journalis"], "MED"),
        (["human rights", "ngo", "non-governmental", "activist"], "HRI"),
        (["civilian", "citizen", "population", "social", "ethnic", "religio", "education", "medical", "labor", "labour"], "CVL"),
    ]

    /// The dyad sector for an ICEWS `Sectors` cell (`Executive,Executive Office,Government`),
    /// or "" when none is recognised.
    public static func icewsSector(_ sectors: String) -> String {
        guard !sectors.isEmpty else { return "" }
        let lowered = sectors.lowercased()
        for (words, sector) in icewsSectors where words.contains(where: { lowered.contains($0) }) { return sector }
        return ""
    }
}

/// Resolves country and organisation names ("Russian Federation", "United Nations") to
/// codes through the lexicon's actor phrases, caching the answers.
public final class ActorNameResolver {
    private let lexicon: Lexicon?
    private let tokenizer = Tokenizer()
    private var countries: [String: String?] = [:]
    private var organisations: [String: String?] = [:]

    /// Names of ICEWS and POLECAT that dyad's lexicon does not use.
    static let extraCountryNames: [String: String] = [
        "occupied palestinian territory": "PSE", "palestinian territory, occupied": "PSE", "palestinian territory": "PSE",
        "congo, the democratic republic of the": "COD", "democratic republic of congo": "COD", "congo, democratic republic of": "COD",
        "korea, republic of": "KOR", "korea, democratic people's republic of": "PRK", "iran, islamic republic of": "IRN",
        "syrian arab republic": "SYR", "russian federation": "RUS", "viet nam": "VNM", "lao people's democratic republic": "LAO",
        "macedonia": "MKD", "swaziland": "SWZ", "burma": "MMR", "cote d'ivoire": "CIV", "ivory coast": "CIV",
        "serbia and montenegro": "SRB", "taiwan, province of china": "TWN", "tanzania, united republic of": "TZA",
        "bolivia, plurinational state of": "BOL", "venezuela, bolivarian republic of": "VEN", "moldova, republic of": "MDA",
        "micronesia, federated states of": "FSM", "holy see (vatican city state)": "VAT",
    ]

    /// A resolver over `lexicon`'s names (and a few extra spellings); without a lexicon only
    /// the extra spellings are known.
    public init(lexicon: Lexicon?) { self.lexicon = lexicon }

    /// The ISO alpha-3 code of a country name, or nil.
    public func country(named name: String) -> String? {
        if let known = countries[name] { return known }
        let found =
            ActorNameResolver.extraCountryNames[name.lowercased()]
            ?? lookUp(name) { reference in
                if case .country(let code) = reference { return code }
                return nil
            }
        countries[name] = found
        return found
    }

    /// The organisation code for a name ("United Nations" → `UN`), or nil.
    public func organisation(named name: String) -> String? {
        if let known = organisations[name] { return known }
        let found = lookUp(name) { reference in
            if case .organisation(let code) = reference { return code }
            return nil
        }
        organisations[name] = found
        return found
    }

    private func lookUp(_ name: String, _ pick: (ActorReference) -> String?) -> String? {
        guard let lexicon, !name.isEmpty else { return nil }
        let tokens = tokenizer.tokenize(name)
        guard !tokens.isEmpty else { return nil }
        let ids = lexicon.vocabulary.ids(of: tokens)
        guard let match = lexicon.actors.longestMatch(ids: ids, tokens: tokens[...], start: 0), match.length == tokens.count
        else { return nil }
        for entry in match.entries { if let code = pick(entry.value) { return code } }
        return nil
    }
}
