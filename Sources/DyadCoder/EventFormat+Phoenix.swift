/// The Phoenix export: the 26 tab-separated fields of a Phoenix daily file (no header), field
/// by field in docs/formats.md; `dyad import --format phoenix` reads them back.
extension EventWriter {
    /// Phoenix's five-way class of a CAMEO root: 0 for 01-02, 1 for 03-05, 2 for 06-08, 3 for
    /// 09-13 and 16, 4 for 14, 15 and 17-20.
    static func pentaClass(_ root: String) -> Int {
        switch Int(root) ?? 0 {
        case 1...2: 0
        case 3...5: 1
        case 6...8: 2
        case 9...13, 16: 3
        default: 4
        }
    }

    /// The 26 fields of a Phoenix row.
    static func phoenixFields(_ e: CodedEvent) -> [String] {
        var f: [String] = []
        f.reserveCapacity(26)
        let date = compactDate(e.date)
        f += [plain(e.id), date, String(date.prefix(4)), String(date.dropFirst(4).prefix(2)), String(date.dropFirst(6))]
        for code in [e.source, e.target] {
            let parts = ActorParts(code)
            f += [
                code, parts.organisation.isEmpty ? parts.country : parts.organisation, parts.role, parts.attributes.joined(separator: ";"),
            ]
        }
        let issues = e.contexts.map { "\($0.uppercased().replacingOccurrences(of: "-", with: "_")),1" }.joined(separator: ";")
        f += [e.code, e.root, String(pentaClass(e.root)), String(e.goldstein), plain(issues), "", "", "", "", ""]
        f += [plain("\(e.doc)_\(e.sentenceIndex)"), plain(e.doc), ""]
        return f
    }
}
