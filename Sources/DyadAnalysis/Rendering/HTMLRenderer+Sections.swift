/// The later sections of the HTML page: reciprocity, QuadClass, channels, agenda, third parties.
extension HTMLRenderer {
    func reciprocity(_ r: RelationReport) -> String {
        let rec = r.reciprocity
        var s = "<h2>Reciprocity</h2>"
        let fits = [rec.bReactsToA, rec.aReactsToB].compactMap { $0 }
        if !fits.isEmpty {
            s += "<table><tr><th>reaction</th><th>b (se)</th><th>95% CI</th><th>c</th><th>n</th><th>meaning</th></tr>"
            for f in fits {
                s +=
                    "<tr><td>\(e(f.reactor)) to \(e(f.stimulus))</td><td>\(e(Format.signed(f.response))) (\(e(Format.fixed(f.responseStandardError))))</td>"
                s +=
                    "<td>\(e(Format.signed(f.responseInterval[0]))) to \(e(Format.signed(f.responseInterval[1])))</td><td>\(e(Format.signed(f.inertia)))</td><td>\(f.observations)</td><td>\(e(f.meaning))</td></tr>"
            }
            s += "</table>"
        }
        s += rec.messages.map { "<p>\(e($0))</p>" }.joined()
        s += "<h3>Tit-for-tat pairs (answered within \(rec.windowDays) days): \(rec.pairs.count)</h3>"
        for pair in rec.pairs {
            s +=
                "<div class=\"pair\"><b>\(e(pair.phrase))</b>, \(pair.lagDays) days later\(pair.sameCode ? " (same code)" : "")\(pair.jointReport ? ", one joint act" : "")"
            s += evidence(pair.move) + evidence(pair.answer) + "</div>"
        }
        return s
    }

    func quadClasses(_ r: RelationReport) -> String {
        let names = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
        let colors = ["#9ecae1", "#3182bd", "#fdae6b", "#e6550d"]
        let categories = (0..<4).map { q in
            SVGStackedBarChart.Category(name: names[q], values: r.series.both.map { $0.quadClass[q] }, color: colors[q])
        }
        return "<h2>Events by QuadClass</h2>"
            + SVGStackedBarChart(
                title: "QuadClass per \(r.options.period.noun)", categories: categories,
                xLabels: r.periods.map(\.label)
            ).render()
    }

    func channels(_ r: RelationReport) -> String {
        "<h2>Channels: meetings and calls by level</h2>" + countSection(r.channels.channels, r, empty: "No meetings or calls.")
    }

    func agenda(_ r: RelationReport) -> String {
        let rows = r.agenda.issues + (r.agenda.untagged.total > 0 ? [r.agenda.untagged] : [])
        return "<h2>Agenda: share of events per issue</h2>" + countSection(rows, r, empty: "No issue tags.")
    }

    /// Stacked bars of the largest series (the rest as "other") and a table of all.
    private func countSection(_ rows: [CountSeries], _ r: RelationReport, empty: String) -> String {
        guard !rows.isEmpty else { return "<p>\(e(empty))</p>" }
        let shown = rows.prefix(Self.maxCategories)
        var categories = shown.enumerated().map { i, row in
            SVGStackedBarChart.Category(name: row.name, values: row.cells.map(\.weight), color: Self.palette[i % Self.palette.count])
        }
        let rest = rows.dropFirst(Self.maxCategories)
        if !rest.isEmpty {
            let values = r.periods.indices.map { i in rest.reduce(0) { $0 + $1.cells[i].weight } }
            categories.append(.init(name: "other", values: values, color: "#bbb"))
        }
        var s = SVGStackedBarChart(title: "per \(r.options.period.noun)", categories: categories, xLabels: r.periods.map(\.label)).render()
        s += "<table><tr><th></th><th>events</th><th>share</th></tr>"
        s += rows.map { "<tr><td>\(e($0.name))</td><td>\($0.total)</td><td>\(Format.percent($0.share))</td></tr>" }.joined()
        return s + "</table>"
    }

    func thirdParties(_ r: RelationReport) -> String {
        var s = "<h2>Third parties most engaged with \(e(r.actorA)) or \(e(r.actorB))</h2>"
        guard !r.thirdParties.isEmpty else { return s + "<p>None.</p>" }
        s += "<table><tr><th>actor</th><th>with \(e(r.actorA))</th><th>net</th><th>with \(e(r.actorB))</th><th>net</th></tr>"
        for p in r.thirdParties {
            s +=
                "<tr><td>\(e(p.actor))</td><td>\(p.withAEvents)</td><td>\(e(Format.signed(p.withANetCooperation)))</td><td>\(p.withBEvents)</td><td>\(e(Format.signed(p.withBNetCooperation)))</td></tr>"
        }
        s += "</table>"
        for p in r.thirdParties {
            let chart = SVGLineChart(
                title: "\(p.actor) beside \(r.actorA)–\(r.actorB): net cooperation",
                lines: [
                    line("\(r.actorA) ↔ \(r.actorB)", r.series.both, .netCooperation, color: "#222"),
                    line("\(r.actorA) ↔ \(p.actor)", p.withA, .netCooperation, color: Self.palette[0]),
                    line("\(r.actorB) ↔ \(p.actor)", p.withB, .netCooperation, color: Self.palette[2]),
                ],
                xLabels: r.periods.map(\.label), yMin: -1, yMax: 1, yTicks: [-1, 0, 1])
            s += "<h3>\(e(p.actor))</h3>" + chart.render()
        }
        return s
    }
}
