/// What a phrase of the actor lexicon stands for.
public enum ActorReference: Sendable, Hashable {
    /// A country by name, capital or demonym: "Russia", "Moscow", "Russians" → `RUS`.
    case country(String)
    /// A city, region or sea of a country, naming where an act happened but no actor:
    /// "Kharkiv" → `UKR`; the empty code for a place of no single state ("South China Sea").
    case place(String)
    /// A country adjective, which combines with the agent word after it: "Russian diplomats".
    case countryAdjective(String)
    /// A full actor code for a seat of power or institution: "the Kremlin" → `RUSGOV`,
    /// "the Pentagon" → `USAMIL`.
    case institution(String)
    /// An organisation by name or metonym: "NATO", "Brussels" → `NATO`, `EU`.
    case organisation(String)
    /// An organisation used as a modifier: "NATO allies", "EU leaders".
    case organisationAdjective(String)
    /// A definite description that points back to an organisation or a country named
    /// earlier: "the alliance" → `NATO`, "the kingdom" → `SAU` (one reference per code it
    /// may stand for; the coder picks the one named last).
    case reference(String)
    /// A named person: an index into ``Lexicon/people``.
    case person(Int)
    /// A surname alone: the people it may name.
    case surname([Int])
    /// A kind of actor: "foreign minister", "troops"; `country` is set for titles bound to a
    /// country ("Secretary of State").
    case agent(sector: String, level: ActorLevel?, country: String?)
}
