extension RelationReport {
    /// The ids of the events the report cites with their sentences: the events that mark its
    /// phases and the moves and answers of its tit-for-tat pairs.
    public var citedEventIDs: [String] {
        var ids: [String] = []
        forEachCitation { ids.append($0.id) }
        return ids
    }

    /// Replaces each cited event with what `transform` makes of it: a store read without
    /// sentences gives them to the few events the report cites.
    public mutating func transformCitations(_ transform: (EventRef) -> EventRef) {
        if var phaseReport = phases {
            for p in phaseReport.phases.indices {
                phaseReport.phases[p].markingEvents = phaseReport.phases[p].markingEvents.map(transform)
            }
            phases = phaseReport
        }
        for i in reciprocity.pairs.indices {
            reciprocity.pairs[i].move = transform(reciprocity.pairs[i].move)
            reciprocity.pairs[i].answer = transform(reciprocity.pairs[i].answer)
        }
    }

    private func forEachCitation(_ body: (EventRef) -> Void) {
        for phase in phases?.phases ?? [] { phase.markingEvents.forEach(body) }
        for pair in reciprocity.pairs {
            body(pair.move)
            body(pair.answer)
        }
    }
}
