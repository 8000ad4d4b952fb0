/// Kinds of move that make tit-for-tat pairs: a move of one kind by one side answered by a
/// move of the same or a matching kind by the other. Assigned from the CAMEO code
/// (`../shared/reference/cameo_codebook.tsv`):
///
/// | kind | CAMEO codes | note |
/// |---|---|---|
/// | `downgrade` | 160, 161, 164, 165 | reducing relations: expelling or withdrawing diplomats and closing missions (161), halting talks or mediation |
/// | `expulsion` | 166x, 174 | expelling groups, organisations or individuals |
/// | `sanction` | 162x, 163, 172x | aid cuts, embargoes and sanctions, administrative sanctions |
/// | `detention` | 173 | arrests and charges |
/// | `seizure` | 171x | confiscating or destroying property (diplomatic compounds) |
/// | `threat` | 13x | |
/// | `force` | 18x, 19x, 20x | |
/// | `concession` | 08x | easing sanctions, releases (0841: prisoner swaps), de-escalation |
///
/// Downgrades and expulsions answer each other (coders code expelled diplomats as 161 or 174);
/// every other kind answers only itself.
public enum MoveKind: String, Sendable, Codable, CaseIterable {
    case downgrade, expulsion, sanction, detention, seizure, threat, force, concession

    /// The kind of the move coded `code`, nil for moves that are not paired.
    public init?(code: String) {
        let c = Array(code.utf8)
        guard c.count >= 2, c.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let root = Int(c[0] - 48) * 10 + Int(c[1] - 48)
        let third = c.count >= 3 ? Int(c[2] - 48) : -1
        switch (root, third) {
        case (8, _): self = .concession
        case (13, _): self = .threat
        case (16, 0), (16, 1), (16, 4), (16, 5): self = .downgrade
        case (16, 6), (17, 4): self = .expulsion
        case (16, 2), (16, 3), (17, 2): self = .sanction
        case (17, 3): self = .detention
        case (17, 1): self = .seizure
        case (18, _), (19, _), (20, _): self = .force
        default: return nil
        }
    }

    /// Whether a move of kind `other` answers a move of this kind.
    public func isAnswered(by other: MoveKind) -> Bool {
        other == self || Set([self, other]) == [.downgrade, .expulsion]
    }

    /// The kind in words: "expulsion", "diplomatic downgrade", ...
    public var noun: String {
        switch self {
        case .downgrade: "diplomatic downgrade"
        case .force: "use of force"
        default: rawValue
        }
    }
}
