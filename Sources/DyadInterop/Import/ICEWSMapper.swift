/// ICEWS coded-event files: tab-separated with a header; columns are found by name
/// (`Event ID` or `event_id`).
struct ICEWSMapper: RowMapper {
    private var columns: [Int] = []
    private var headerCount = 0
    private var optional: (text: Int?, publisher: Int?, story: Int?, sentence: Int?) = (nil, nil, nil, nil)

    var needsHeader: Bool { true }
    var fieldCount: Int { headerCount }
    func isHeader(_ fields: Fields) -> Bool { false }

    mutating func readHeader(_ fields: Fields) throws(RowError) {
        let h = HeaderColumns(fields)
        headerCount = h.count
        columns = [
            try h.required("Event ID", "eventid"), try h.required("Event Date", "eventdate"),
            try h.required("Source Name", "sourcename"), try h.required("Source Sectors", "sourcesectors"),
            try h.required("Source Country", "sourcecountry"), try h.required("CAMEO Code", "cameocode"),
            try h.required("Intensity", "intensity"), try h.required("Target Name", "targetname"),
            try h.required("Target Sectors", "targetsectors"), try h.required("Target Country", "targetcountry"),
        ]
        optional = (h.column("eventtext"), h.column("publisher"), h.column("storyid"), h.column("sentencenumber"))
    }

    func map(_ f: Fields, _ context: MappingContext) throws(RowError) -> ImportedRecord {
        guard f.count >= columns.max()! + 1, f.count <= headerCount else {
            throw RowError("\(f.count) fields; the header has \(headerCount)")
        }
        func cell(_ i: Int) -> String {
            let value = f[columns[i]]
            return value == "NA" ? "" : value
        }
        let id = cell(0)
        guard !id.isEmpty else { throw RowError("no Event ID") }
        let date = try MappingContext.date(cell(1), field: "Event Date")
        let entry = try context.cameo(cell(5))
        let intensity = try MappingContext.number(cell(6), field: "Intensity", range: -10...10)
        let source = actor(name: cell(2), sectors: cell(3), country: cell(4), context, field: "Source Country")
        let target = actor(name: cell(7), sectors: cell(8), country: cell(9), context, field: "Target Country")
        let event = context.event(
            source: source, target: target, sourceText: cell(2), targetText: cell(7), code: entry, quadClass: nil,
            goldstein: intensity)
        let verb = optional.text.map { f[$0] }.flatMap { $0.isEmpty || $0 == "NA" ? nil : $0 } ?? entry.name
        return ImportedRecord(
            key: "icews:\(id):\(date)", date: date, url: "", title: optional.publisher.map { f[$0] } ?? "",
            summary: MappingContext.summary(event, name: verb), events: [event])
    }

    /// Country name and sector names → `USAGOV`; an organisation by name when the actor has
    /// no country (`United Nations` → `UN`).
    private func actor(name: String, sectors: String, country: String, _ context: MappingContext, field: String) -> String {
        if !country.isEmpty {
            guard let code = context.names.country(named: country) else {
                context.warnings.append("unknown country '\(country)' in \(field): the actor is imported without a code")
                return ""
            }
            return code + ActorCodes.icewsSector(sectors)
        }
        return context.names.organisation(named: name) ?? ""
    }
}
