/// GDELT 1.0 (57 fields; 58 with SOURCEURL) and GDELT 2.0 (61 fields) event rows; the
/// version is told by each row's field count. See docs/formats.md for the mapping.
struct GDELTMapper: RowMapper {
    var fieldCount: Int { 61 }
    func isHeader(_ fields: Fields) -> Bool { fields[0].uppercased() == "GLOBALEVENTID" }

    func map(_ f: Fields, _ context: MappingContext) throws(RowError) -> ImportedRecord {
        guard f.count == 57 || f.count == 58 || f.count == 61 else {
            throw RowError("\(f.count) fields; GDELT event rows have 57, 58 (1.0) or 61 (2.0)")
        }
        guard let id = f.integer(0) else {
            throw RowError(f.isEmpty(0) ? "no GLOBALEVENTID" : "GLOBALEVENTID '\(f[0])' is not a number")
        }
        let date = try MappingContext.date(f[1], field: "SQLDATE")
        let entry = try context.cameo(f[26])
        var quadClass: Int?
        if !f.isEmpty(29) {
            guard let q = f.integer(29), (1...4).contains(q) else { throw RowError("QuadClass '\(f[29])' is not 1 to 4") }
            quadClass = q
        }
        let goldstein = try MappingContext.number(f[30], field: "GoldsteinScale", range: -10...10)
        let source = try actor(f, at: 5, context, field: "Actor1Code")
        let target = try actor(f, at: 15, context, field: "Actor2Code")
        let event = context.event(
            source: source, target: target, sourceText: f[6], targetText: f[16], code: entry, quadClass: quadClass,
            goldstein: goldstein)
        let url = f.count == 58 ? f[57] : f.count == 61 ? f[60] : ""
        return ImportedRecord(
            key: "gdelt:\(id)", date: date, url: url, title: "", summary: MappingContext.summary(event, name: entry.name),
            events: [event])
    }

    /// The actor whose ten fields start at `start`: code, name, country, known group,
    /// ethnic, two religions, three types.
    private func actor(_ f: Fields, at start: Int, _ context: MappingContext, field: String) throws(RowError) -> String {
        let code = f[start]
        if code.isEmpty { return "" }
        try MappingContext.checkActor(code, field: field)
        let country = f[start + 2]
        if !country.isEmpty, !ActorCodes.isCountryLike(country) {
            throw RowError("\(field.dropLast(4))CountryCode '\(country)' is not a three-letter country code")
        }
        if !country.isEmpty { context.checkCountry(ActorCodes.iso(country), field: field) }
        return ActorCodes.fromCAMEO(code: code, country: country, type: f[start + 7], group: f[start + 3])
    }
}
