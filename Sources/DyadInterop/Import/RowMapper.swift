import DyadLexicon
import DyadOntology
import DyadText

/// Maps the rows of one format to ``ImportedRecord``s. One mapper reads one file.
protocol RowMapper {
    /// Whether the first line of a file is a header the mapper must read.
    var needsHeader: Bool { get }
    /// Reads the header row; throws when columns the mapper needs are missing.
    mutating func readHeader(_ fields: Fields) throws(RowError)
    /// The most fields a row has: empty fields beyond are dropped (surplus trailing tabs).
    var fieldCount: Int { get }
    /// Whether a first line is a header to skip (headerless formats re-exported with one).
    func isHeader(_ fields: Fields) -> Bool
    /// Maps one data row.
    func map(_ fields: Fields, _ context: MappingContext) throws(RowError) -> ImportedRecord
}

extension RowMapper {
    var needsHeader: Bool { false }
    mutating func readHeader(_ fields: Fields) throws(RowError) {}
}

/// A header row's columns by normalised name (lower case, letters and digits only:
/// `Event ID`, `event_id` and `EventID` are all `eventid`).
struct HeaderColumns {
    private(set) var index: [String: Int] = [:]
    private(set) var count = 0

    init(_ fields: Fields) {
        count = fields.count
        for i in 0..<fields.count {
            let name = HeaderColumns.normalise(fields[i])
            if !name.isEmpty, index[name] == nil { index[name] = i }
        }
    }

    static func normalise(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    /// The index of the first of `names` present.
    func column(_ names: String...) -> Int? {
        for name in names { if let i = index[name] { return i } }
        return nil
    }

    /// The index of a column that must be present.
    func required(_ label: String, _ names: String...) throws(RowError) -> Int {
        for name in names { if let i = index[name] { return i } }
        throw RowError("header has no '\(label)' column (is this the right --format?)")
    }
}

/// What the mappers share: the CAMEO catalog, name lookups, the QuadClass convention, and
/// the warnings of the row being mapped.
final class MappingContext {
    let catalog: CAMEOCatalog
    let names: ActorNameResolver
    let convention: QuadClassConvention
    let knownCountries: Set<String>
    /// Warnings about the current row; the importer reports and clears them.
    var warnings: [String] = []
    /// CAMEO codes by PLOVER `TYPE|mode` and `TYPE|` (see ``ploverCode(type:mode:)``).
    private let ploverCodes: [String: String]

    /// CAMEO's region and group codes, which are not ISO countries but are not errors either.
    static let cameoRegions: Set<String> = [
        "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF",
        "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "NTH", "STH", "OCE",
    ]

    init(lexicon: Lexicon?, convention: QuadClassConvention) {
        catalog = lexicon?.catalog ?? .standard
        names = ActorNameResolver(lexicon: lexicon)
        self.convention = convention
        knownCountries = Set(lexicon?.countryNames.keys ?? [:].keys)
        ploverCodes = MappingContext.ploverTable(catalog)
    }

    /// For each PLOVER type and mode, the most general CAMEO code with that mapping: three
    /// digits before four before two (`CONSULT|visit` → `042`, `PROTEST|` → `140`).
    static func ploverTable(_ catalog: CAMEOCatalog) -> [String: String] {
        func rank(_ code: String) -> (Int, String) { (code.count == 3 ? 0 : code.count == 4 ? 1 : 2, code) }
        var table: [String: String] = [:]
        for entry in catalog.codes.values where !entry.ploverType.isEmpty {
            for key in ["\(entry.ploverType)|\(entry.ploverMode)", "\(entry.ploverType)|*"] {
                if let old = table[key], rank(old) < rank(entry.code) { continue }
                table[key] = entry.code
            }
        }
        return table
    }

    /// The CAMEO code standing for a PLOVER type and mode: the type with that mode, else
    /// the type without a mode, else any code of the type.
    func ploverCode(type: String, mode: String) -> String? {
        let type = type.uppercased(), mode = mode.lowercased()
        return ploverCodes["\(type)|\(mode)"] ?? ploverCodes["\(type)|"] ?? ploverCodes["\(type)|*"]
    }

    /// The catalog entry of a CAMEO code; an unknown code is a row error.
    func cameo(_ code: String) throws(RowError) -> CAMEOCode {
        if code.isEmpty { throw RowError("no CAMEO event code") }
        guard let entry = catalog[code] else { throw RowError("unknown CAMEO event code '\(code)'") }
        return entry
    }

    /// Warns about a three-letter country code that is neither in the lexicon nor a CAMEO
    /// region or actor type.
    func checkCountry(_ country: String, field: String) {
        guard !knownCountries.isEmpty, ActorCodes.isCountryLike(country), !knownCountries.contains(country),
            !MappingContext.cameoRegions.contains(country), !ActorCodes.generalTypes.contains(country)
        else { return }
        warnings.append("unknown country code '\(country)' in \(field), imported as written")
    }

    /// A date written `YYYYMMDD`, `YYYY-MM-DD` or `M/D/YYYY` (ICEWS 2017).
    static func date(_ text: String, field: String) throws(RowError) -> Day {
        var day: Day?
        let utf8 = text.utf8
        if utf8.count == 8, let n = Int(text) {
            day = Day(year: n / 10000, month: n / 100 % 100, day: n % 100)
        } else if utf8.count == 10 || (utf8.count > 10 && (text.contains("T") || text.contains(" "))) {
            day = Day(iso: text.prefix(10))
        } else if text.contains("/") {
            let parts = text.split(separator: "/")
            if parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 {
                day = Day(year: y, month: m, day: d)
            }
        }
        guard let day, (1800...2200).contains(day.components.year) else {
            throw RowError(text.isEmpty ? "no \(field)" : "\(field) '\(text)' is not a date")
        }
        return day
    }

    /// An optional number: nil when empty, a row error when not a number.
    static func number(_ text: String, field: String, range: ClosedRange<Double>) throws(RowError) -> Double? {
        if text.isEmpty || text == "NA" || text == "None" { return nil }
        guard let value = Double(text), range.contains(value) else {
            throw RowError("\(field) '\(text)' is not a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The event of a row once its actors and code are known.
    func event(
        source: String, target: String, sourceText: String, targetText: String, code entry: CAMEOCode, quadClass: Int?,
        goldstein: Double?, ploverType: String? = nil, ploverMode: String? = nil, contexts: [String] = []
    ) -> ImportedEvent {
        ImportedEvent(
            source: source, target: target, sourceText: sourceText, targetText: targetText, code: entry.code,
            quadClass: quadClass ?? entry.quadClass(convention),
            goldstein: goldstein ?? (convention == .icews ? entry.goldsteinICEWS : entry.goldstein),
            ploverType: ploverType ?? entry.ploverType, ploverMode: ploverMode ?? entry.ploverMode, contexts: contexts)
    }

    /// The one-line description of a row: `UNITED STATES (USAGOV) | 042 Make a visit | RUSSIA (RUS)`.
    static func summary(_ event: ImportedEvent, name: String) -> String {
        func label(_ text: String, _ code: String) -> String {
            if text.isEmpty { return code.isEmpty ? "-" : code }
            return code.isEmpty ? text : "\(text) (\(code))"
        }
        return "\(label(event.sourceText, event.source)) | \(event.code) \(name) | \(label(event.targetText, event.target))"
    }

    /// Checks an actor code as the file writes it.
    static func checkActor(_ code: String, field: String) throws(RowError) {
        if !code.isEmpty, !ActorCodes.isWellFormed(code) {
            throw RowError("\(field) '\(code)' is not an actor code (capital letters and digits)")
        }
    }
}
