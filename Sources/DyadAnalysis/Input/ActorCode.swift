/// Actor-code helpers: prefix matching and reduction to the country or organisation.
public enum ActorCode {
    /// CAMEO sector codes that follow a three-letter country code ("USA" + "GOV").
    static let sectors: Set<String> = [
        "GOV", "MIL", "SPY", "LEG", "JUD", "COP", "OPP", "REB", "BUS", "MED", "CVL", "ELI",
        "HRI", "NGO", "IGO", "REF", "UAF", "AGR", "EDU", "LAB", "MOD", "RAD", "SEP", "CRM",
        "IRC", "INS", "REL", "HLH", "ENV", "SPI", "JEW", "MUS", "CHR", "BUD", "HIN",
    ]

    /// The code upper-cased, without spaces.
    public static func normalized(_ code: String) -> String {
        code.uppercased().filter { !$0.isWhitespace }
    }

    /// The country or organisation an actor code belongs to: the first three letters of a
    /// country code followed by sector codes ("USAGOV" → "USA", "RUSMILSPY" → "RUS"), the
    /// code itself otherwise ("USA", "NATO", "UNICEF": "CEF" is no sector).
    public static func principal(_ code: String) -> String {
        let utf8 = code.utf8
        guard utf8.count >= 6, utf8.count % 3 == 0 else { return code }
        let sector = code.dropFirst(3).prefix(3)
        return sectors.contains(String(sector)) ? String(code.prefix(3)) : code
    }
}

/// Matches actor codes against one prefix ("USA" matches USA, USAGOV, USAMIL) on UTF-8
/// bytes, so that per-event work stays small.
struct ActorPrefix: Sendable {
    let code: String
    private let bytes: [UInt8]

    init(_ code: String) {
        self.code = code
        bytes = Array(code.utf8)
    }

    /// Whether `actor` starts with the prefix.
    func matches(_ actor: String) -> Bool {
        var it = actor.utf8.makeIterator()
        for b in bytes {
            guard let c = it.next(), c == b else { return false }
        }
        return true
    }
}
