import DyadOntology
import DyadText

/// Everything dyad knows about actors, events and issues, compiled for fast matching.
///
/// Build one with ``LexiconLoader``; it is immutable and shared by all coding threads.
public struct Lexicon: Sendable {
    /// Interned words of all phrases and patterns.
    public internal(set) var vocabulary = Vocabulary()
    /// Actor phrases.
    public internal(set) var actors = PhraseTrie<ActorReference>()
    /// Named people, indexed by ``ActorReference/person(_:)``.
    public internal(set) var people: [Person] = []
    /// Country names by code, for display.
    public internal(set) var countryNames: [String: String] = [:]
    /// Organisation names by code, for display.
    public internal(set) var organisationNames: [String: String] = [:]
    /// Home countries of national organisations (armed groups): `HAMAS` → `PSE`.
    public internal(set) var organisationCountries: [String: String] = [:]
    /// Event patterns; add them with ``append(_:)``.
    public private(set) var patterns: [EventPattern] = []
    /// The ``EventPattern/requiredWords`` of each pattern, side by side for a fast scan.
    public private(set) var requiredWords: [WordMask] = []
    /// Patterns whose second position is not a plain word ("expel {T}", "impose ...
    /// sanctions"), by the id of a word that can start them.
    public internal(set) var patternsByFirstWord: [Int32: [Int]] = [:]
    /// Patterns whose first two positions are plain words ("hold talks"), by the pair of
    /// word ids (see ``wordPairKey(_:_:)``): most candidates are rejected by one lookup.
    public internal(set) var patternsByFirstTwoWords: [UInt64: [Int]] = [:]

    /// The key of a pair of word ids in ``patternsByFirstTwoWords``.
    public static func wordPairKey(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }
    /// Issue names, indexed by the values of ``issueTrie``.
    public internal(set) var issueNames: [String] = []
    /// Issue phrases.
    public internal(set) var issueTrie = PhraseTrie<Int>()
    /// The CAMEO catalog patterns are checked against.
    public let catalog: CAMEOCatalog
    /// The files that were loaded.
    public internal(set) var files: [String] = []

    /// An empty lexicon.
    public init(catalog: CAMEOCatalog = .standard) { self.catalog = catalog }

    /// The display name of an actor code's country or organisation, or the code itself.
    public func name(of code: String) -> String {
        if let org = organisationNames[code] { return org }
        let country = String(code.prefix(3))
        guard let name = countryNames[country] else { return code }
        return code.count > 3 ? "\(name) (\(code.dropFirst(3)))" : name
    }

    /// Adds a pattern (the caller indexes it by its first words); returns its index.
    mutating func append(_ pattern: EventPattern) -> Int {
        patterns.append(pattern)
        requiredWords.append(pattern.requiredWords)
        return patterns.count - 1
    }

    /// Whether `code` names an organisation (rather than a country with a sector).
    public func isOrganisation(_ code: String) -> Bool { organisationNames[code] != nil }
}
