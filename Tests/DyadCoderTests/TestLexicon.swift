import DyadCoder
import DyadLexicon
import DyadText

/// A small lexicon written for the tests, so that they check the coder's rules rather than
/// the shipped dictionaries.
enum TestLexicon {
    static let files: [(name: String, text: String)] = [
        (
            "countries.txt",
            """
            USA  United States | U.S. | US | America
              adjective: American | U.S.
              capital: Washington
              seat: White House
            RUS  Russia
              adjective: Russian
              capital: Moscow
              seat: Kremlin | the Kremlin
            GBR  Britain | United Kingdom
              adjective: British
              capital: London
            CHN  China
              adjective: Chinese
              capital: Beijing
            UKR  Ukraine
              adjective: Ukrainian
            SAU  Saudi Arabia
              adjective: Saudi
            YEM  Yemen
            """
        ),
        (
            "organisations.txt",
            """
            NATO  NATO | North Atlantic Treaty Organization
              reference: the alliance
            G7  Group of Seven
            """
        ),
        (
            "agents.txt",
            """
            GOV diplomat: diplomat | diplomats | ambassador
            GOV minister: foreign minister
            GOV head: president
            MIL military: troops
            COP official: police
            CVL: protesters | citizens
            USAGOV minister: Secretary of State
            """
        ),
        (
            "people.txt",
            """
            John Kerry
              country: USA
              role: 1985-01-03..2013-02-01  USALEG legislator  Senator
              role: 2013-02-01..2017-01-20  USAGOV minister  Secretary of State
            Sergei Lavrov
              country: RUS
              role: 2004-03-09..  RUSGOV minister  Foreign Minister
            Rex Tillerson
              country: USA
              role: 2017-02-01..2018-03-31  USAGOV minister  Secretary of State
            """
        ),
        (
            "events.txt",
            """
            042 verb: visit | fly to | travel to
            042 noun: visit to | trip to
            040 verb: meet (with) | sit down with | hold talks with
            043 verb: host
            057 verb: sign ... agreement
            112 verb: accuse {T} of
            125 verb: refuse to ... talks with
            120 verb: reject
            036 noun: door to talks with
            0256 verb: urge {T} to withdraw
            021 verb: urge {T} to
            0874 verb: withdraw ... from
            161 verb: expel
            161 noun: expulsion of
            163 verb: impose ... sanctions on
            138 verb: threaten to
            130 verb: warn
            112 verb: trade accusations
            072 verb: send ... weapons to
            111 verb: call ... unjustified | condemn
            016 verb: deny | deny ... that
            112 verb: accuse ... of
            173 verb: arrest
            175 verb: arrest ... protesters
            046 verb: hold ... round of talks
            0332 verb: agree to send ... weapons
            154 verb: deploy ... troops to
            163 verb: retaliate with ... sanctions
            130 verb: vow to retaliate
            111 noun: criticism from
            192 verb: annex
            140 verb: protest against
            111 verb: rebuke
            180 noun: coup in
            051 verb: welcome
            045 verb: mediate between | broker
            195 verb: bomb
            041 verb: call {T} to discuss
            """
        ),
        ("places.txt", "UKR  Ukraine\n  place: Kharkiv | Kherson\n---  Shared\n  place: South China Sea\n"),
        ("descriptions.txt", "SAU GBR: the kingdom\nRUSGOV CHNGOV: the regime\n"),
        ("issues.txt", "diplomatic-staffing: diplomats | embassy\n"),
    ]

    static let lexicon: Lexicon = try! LexiconLoader().load(texts: files)
    static let coder = EventCoder(lexicon: lexicon)

    /// The events of `text` dated `date`, as "SOURCE CODE TARGET factuality" strings.
    static func code(_ text: String, date: String = "2017-04-13") -> [String] {
        coder.code(Document(id: "t", date: Day(iso: date), text: text)).events.map {
            "\($0.source) \($0.code) \($0.target) \($0.factuality.rawValue)"
        }
    }
}
