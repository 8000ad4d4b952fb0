import Foundation

/// Phoenix daily files (phoenix_pipeline): 26 fields, no header.
struct PhoenixMapper: RowMapper {
    var fieldCount: Int { 26 }
    func isHeader(_ fields: Fields) -> Bool { fields[0].lowercased() == "eventid" }

    func map(_ f: Fields, _ context: MappingContext) throws(RowError) -> ImportedRecord {
        guard f.count == 26 else { throw RowError("\(f.count) fields; Phoenix rows have 26") }
        let id = f[0]
        guard !id.isEmpty else { throw RowError("no EventID") }
        let date = try MappingContext.date(f[1], field: "Date")
        let entry = try context.cameo(f[13])
        let goldstein = try MappingContext.number(f[16], field: "GoldsteinScore", range: -10...10)
        let source = try actor(f, at: 5, context, field: "SourceActorFull")
        let target = try actor(f, at: 9, context, field: "TargetActorFull")
        let event = context.event(
            source: source, target: target, sourceText: "", targetText: "", code: entry, quadClass: nil, goldstein: goldstein,
            contexts: PhoenixMapper.issues(f[17]))
        let url = f[24].split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let publisher = f[25].split(separator: ";").first.map(String.init) ?? ""
        let summary = "\(source.isEmpty ? "-" : f[5]) | \(entry.code) \(entry.name) | \(target.isEmpty ? "-" : f[9])"
        return ImportedRecord(key: "phoenix:\(id)", date: date, url: url, title: publisher, summary: summary, events: [event])
    }

    /// The actor of the four fields at `start`: full code, entity, role, attributes.
    private func actor(_ f: Fields, at start: Int, _ context: MappingContext, field: String) throws(RowError) -> String {
        let full = f[start]
        if full.isEmpty || full == "---" { return "" }
        try MappingContext.checkActor(full, field: field)
        let entity = f[start + 1], role = f[start + 2]
        if ActorCodes.isCountryLike(entity), !ActorCodes.generalTypes.contains(entity) {
            let country = ActorCodes.iso(entity)
            context.checkCountry(country, field: field)
            return country + (ActorCodes.isCountryLike(role) ? role : "")
        }
        return ActorCodes.fromCAMEO(full)
    }

    /// `NUCLEAR_WEAPONS,2;ARMS_CONTROL,1` → `nuclear-weapons`, `arms-control`.
    static func issues(_ cell: String) -> [String] {
        cell.split(separator: ";").compactMap { item in
            let name = item.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return name.isEmpty ? nil : name.lowercased().replacingOccurrences(of: "_", with: "-")
        }
    }
}
