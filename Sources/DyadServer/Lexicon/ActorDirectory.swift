import DyadLexicon
import DyadText
import Foundation

/// The actors the lexicon knows, searchable by code and name: countries, organisations and
/// people with their dated roles (`GET /api/v1/actors?q=`).
struct ActorDirectory: Sendable {
    /// What an entry is.
    enum Kind: String, Sendable, Encodable, CaseIterable {
        case country, organisation, person
    }

    /// An office of a person, as the API writes it.
    struct RoleEntry: Sendable, Encodable {
        /// The actor code the person acts for in the role.
        var code: String
        /// The title ("Foreign Minister").
        var title: String
        /// The level of the office.
        var level: String
        /// First day; nil when unknown.
        var from: Day?
        /// Last day; nil while in office.
        var to: Day?
    }

    /// One actor.
    struct Entry: Sendable, Encodable {
        /// Country, organisation or person.
        var kind: Kind
        /// The actor code; for a person, the code of the latest role, else the country.
        var code: String
        /// The name.
        var name: String
        /// A person's country.
        var country: String?
        /// A person's offices, in lexicon order.
        var roles: [RoleEntry]?
    }

    /// Every actor: countries, then organisations, then people, each by name.
    let entries: [Entry]
    private let keys: [(code: String, name: String)]

    /// The directory of `lexicon`.
    init(lexicon: Lexicon) {
        var entries = lexicon.countryNames.map { Entry(kind: .country, code: $0.key, name: $0.value) }
        entries += lexicon.organisationNames.map { Entry(kind: .organisation, code: $0.key, name: $0.value) }
        entries += lexicon.people.map { person in
            let roles = person.roles.map {
                RoleEntry(code: $0.code, title: $0.title, level: $0.level.rawValue, from: $0.from, to: $0.to)
            }
            return Entry(
                kind: .person, code: person.role(on: nil)?.code ?? person.country, name: person.name,
                country: person.country, roles: roles)
        }
        let order = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        entries.sort { (order[$0.kind]!, $0.name, $0.code) < (order[$1.kind]!, $1.name, $1.code) }
        self.entries = entries
        keys = entries.map { ($0.code.lowercased(), $0.name.lowercased()) }
    }

    /// The entries whose code or name contains `query` (any case), best matches first: the
    /// exact code, then codes and names that start with it, then names with a word that does,
    /// then the rest. An empty query lists the first entries.
    func search(_ query: String, limit: Int) -> [Entry] {
        let q = query.lowercased().trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return Array(entries.prefix(limit)) }
        var ranked: [(rank: Int, index: Int)] = []
        for (i, key) in keys.enumerated() {
            let rank: Int
            if key.code == q {
                rank = 0
            } else if key.code.hasPrefix(q) || key.name.hasPrefix(q) {
                rank = 1
            } else if key.name.contains(" " + q) || key.name.contains("-" + q) {
                rank = 2
            } else if key.name.contains(q) || key.code.contains(q) {
                rank = 3
            } else {
                continue
            }
            ranked.append((rank, i))
        }
        ranked.sort { ($0.rank, $0.index) < ($1.rank, $1.index) }
        return ranked.prefix(limit).map { entries[$0.index] }
    }

    /// The people who acted for an actor whose code starts with `code`, or who belong to it.
    func people(of code: String) -> [Entry] {
        entries.filter { entry in
            entry.kind == .person && (entry.country == code || (entry.roles ?? []).contains { $0.code.hasPrefix(code) })
        }
    }
}
