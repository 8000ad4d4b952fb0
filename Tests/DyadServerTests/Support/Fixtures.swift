import DyadCoder
import DyadLexicon
import DyadText

/// A small lexicon and a year of short articles whose events are known, so the tests do not
/// move when the bundled lexicon grows.
enum Fixtures {
    static let countries = """
        USA  United States | America
          adjective: American
          capital: Washington
        RUS  Russia
          adjective: Russian
          capital: Moscow
        GBR  Britain | United Kingdom
          adjective: British
          capital: London
        UKR  Ukraine
          adjective: Ukrainian
          capital: Kyiv
        """
    static let agents = "GOV diplomat: diplomat | diplomats\n"
    static let events = """
        042 verb: visit
        1663 verb: expel
        163 verb: impose ... sanctions on
        """
    static let issues = "ukraine: Ukraine | Kyiv\n"

    /// A coder over the small lexicon.
    static func coder() throws -> EventCoder {
        let lexicon = try LexiconLoader().load(texts: [
            ("countries.txt", countries), ("agents.txt", agents), ("events.txt", events), ("issues.txt", issues),
        ])
        return EventCoder(lexicon: lexicon)
    }

    /// Twelve months of 2014 between the United States and Russia: visits (January to April),
    /// sanctions answered by sanctions (May to August), expulsions answered by expulsions
    /// (September to December); two US-Russia events a month, 24 in all. Plus a British
    /// expulsion, a negated one and a document whose title and text carry HTML.
    static let documents: [Document] =
        months + [
            Document(
                id: "britain", title: "Britain acts", date: Day(iso: "2014-06-20"),
                text: "Britain expelled Russian diplomats. Russia did not expel British diplomats."),
            Document(
                id: "markup", title: hostileTitle, date: Day(iso: "2014-07-02"),
                text: "Britain expelled Russian diplomats \(hostileText) on Wednesday."),
        ]

    /// A title that would run a script if it were not escaped.
    static let hostileTitle = "<script>alert('title')</script> & Co"
    /// Words in a coded sentence that would be markup if not escaped.
    static let hostileText = "<b onmouseover=\"alert(1)\">at once</b>"

    static let months: [Document] = (1...12).map { month in
        let day = Day(year: 2014, month: month, day: 10)!
        let text: String =
            switch month {
            case 1...4: "Russia visited the United States. The United States visited Russia."
            case 5...8: "The United States imposed sanctions on Russia over Ukraine. Moscow imposed sanctions on Washington."
            default: "The United States expelled Russian diplomats. Russia expelled American diplomats."
            }
        return Document(id: "month-\(month)", title: "Report \(month)", date: day, text: text + " This is report \(month).")
    }
}
