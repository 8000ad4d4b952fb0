import Foundation

/// POLECAT files (PLOVER-coded by NGEC): tab-separated with a header; columns are found by
/// name, since releases differ (`Intensity` or `Event Intensity`, extra columns, headers
/// longer than rows, surplus trailing tabs).
struct POLECATMapper: RowMapper {
    private struct Columns {
        var id = 0, date = 0, type = 0, mode: Int?, intensity: Int?, quad: Int?, contexts: Int?
        var actorName: Int?, actorCountry = 0, actorSector: Int?
        var recipientName: Int?, recipientCountry = 0, recipientSector: Int?
        var publisher: Int?
        var headerCount = 0
    }
    private var c = Columns()

    var needsHeader: Bool { true }
    var fieldCount: Int { c.headerCount }
    func isHeader(_ fields: Fields) -> Bool { false }

    mutating func readHeader(_ fields: Fields) throws(RowError) {
        let h = HeaderColumns(fields)
        c.headerCount = h.count
        c.id = try h.required("Event ID", "eventid")
        c.date = try h.required("Event Date", "eventdate")
        c.type = try h.required("Event Type", "eventtype")
        c.mode = h.column("eventmode")
        c.intensity = h.column("intensity", "eventintensity")
        c.quad = h.column("quadcode")
        c.contexts = h.column("contexts", "context")
        c.actorName = h.column("actorname")
        c.actorCountry = try h.required("Actor Country", "actorcountry")
        c.actorSector = h.column("primaryactorsector", "actorsector")
        c.recipientName = h.column("recipientname")
        c.recipientCountry = try h.required("Recipient Country", "recipientcountry")
        c.recipientSector = h.column("primaryrecipientsector", "recipientsector")
        c.publisher = h.column("source", "publisher")
    }

    static let quadCodes = ["VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4]

    func map(_ f: Fields, _ context: MappingContext) throws(RowError) -> ImportedRecord {
        let required = max(c.id, c.date, c.type, c.actorCountry, c.recipientCountry)
        guard f.count > required else { throw RowError("\(f.count) fields; the header has \(c.headerCount)") }
        guard f.count <= c.headerCount else { throw RowError("\(f.count) fields; the header has \(c.headerCount)") }
        func cell(_ i: Int?) -> String {
            guard let i else { return "" }
            let value = f[i]
            return value == "None" || value == "NA" ? "" : value
        }
        let id = cell(c.id)
        guard !id.isEmpty else { throw RowError("no Event ID") }
        let date = try MappingContext.date(cell(c.date), field: "Event Date")
        let type = cell(c.type).uppercased(), mode = cell(c.mode).lowercased()
        guard !type.isEmpty else { throw RowError("no Event Type") }
        guard let code = context.ploverCode(type: type, mode: mode) else { throw RowError("unknown PLOVER event type '\(type)'") }
        let entry = try context.cameo(code)
        let intensity = try MappingContext.number(cell(c.intensity), field: "Intensity", range: -10...10)
        var quadClass: Int?
        let quad = cell(c.quad).uppercased()
        if !quad.isEmpty {
            guard let q = POLECATMapper.quadCodes[quad] else { throw RowError("Quad Code '\(quad)' is not a PLOVER quad class") }
            quadClass = q
        }
        let contexts = POLECATMapper.split(cell(c.contexts)).map { $0.lowercased() }
        let sources = try actors(
            names: cell(c.actorName), countries: cell(c.actorCountry), sectors: cell(c.actorSector), context, field: "Actor Country")
        let targets = try actors(
            names: cell(c.recipientName), countries: cell(c.recipientCountry), sectors: cell(c.recipientSector), context,
            field: "Recipient Country")
        var events: [ImportedEvent] = []
        for (source, sourceName) in sources.isEmpty ? [("", "")] : sources {
            for (target, targetName) in targets.isEmpty ? [("", "")] : targets {
                let event = context.event(
                    source: source, target: target, sourceText: sourceName, targetText: targetName, code: entry, quadClass: quadClass,
                    goldstein: intensity, ploverType: type, ploverMode: mode, contexts: contexts)
                if !events.contains(event) { events.append(event) }
            }
        }
        let verb = mode.isEmpty ? type : "\(type) (\(mode))"
        return ImportedRecord(
            key: "polecat:\(id)", date: date, url: "", title: cell(c.publisher),
            summary: MappingContext.summary(events[0], name: verb) + (events.count > 1 ? " (+\(events.count - 1) more)" : ""),
            events: events)
    }

    /// The actors of a compound cell: `USA; GBR` with `GOV; MIL` → `USAGOV`, `GBRMIL`
    /// (sectors are aligned by position when the counts agree, else the first applies to all).
    private func actors(names: String, countries: String, sectors: String, _ context: MappingContext, field: String) throws(RowError)
        -> [(String, String)]
    {
        let countryList = POLECATMapper.split(countries), sectorList = POLECATMapper.split(sectors), nameList = POLECATMapper.split(names)
        var found: [(String, String)] = []
        for (i, country) in countryList.enumerated() {
            let sector = sectorList.count == countryList.count ? sectorList[i] : (sectorList.first ?? "")
            let name = nameList.count == countryList.count ? nameList[i] : (countryList.count == 1 ? names : "")
            let code: String
            if country == "IGO" || country == "NGO" {
                code = context.names.organisation(named: name) ?? country
            } else {
                guard ActorCodes.isCountryLike(country) else {
                    throw RowError("\(field) '\(country)' is not a three-letter country code")
                }
                context.checkCountry(country, field: field)
                code = country + (ActorCodes.isCountryLike(sector) ? sector : "")
            }
            found.append((code, name))
        }
        if found.isEmpty, !names.isEmpty, let organisation = context.names.organisation(named: names) {
            found.append((organisation, names))
        }
        return found
    }

    /// A multi-valued cell, split at `;` or `|`, items trimmed, `None` dropped.
    static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "None" }
    }
}
