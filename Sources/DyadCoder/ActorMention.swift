import DyadLexicon

/// An actor named in a sentence, resolved to a code.
public struct ActorMention: Sendable, Hashable {
    /// Token range within the sentence (indices into the sentence's token array).
    public var range: Range<Int>
    /// Actor code: "RUS", "USAGOV", "NATO".
    public var code: String
    /// Level, for government actors.
    public var level: ActorLevel?
    /// The words as written.
    public var text: String
    /// A named person, when the mention is one.
    public var person: Int?
    /// How the mention was found, for `--explain`.
    public var why: String
    /// A city or region: where an act happened, never who acted ("struck Kharkiv").
    public var isPlace = false
    /// The mention stands for a group ("both sides"), whose members are in `members`.
    public var members: [ActorMention] = []

    /// The members, or the mention itself.
    public var expanded: [ActorMention] { members.isEmpty ? [self] : members }

    /// The country or organisation part of the code.
    public var country: String { code.count == 6 ? String(code.prefix(3)) : code }
}

extension ActorMention {
    /// A mention standing for `members` ("both sides", "each other", "the deal's parties"),
    /// with every member placed at `range`, coded as the first member.
    init(group members: [ActorMention], range: Range<Int>, text: String, why: String) {
        let placed = members.map { m -> ActorMention in
            var m = m
            m.range = range
            return m
        }
        self.init(range: range, code: members[0].code, level: nil, text: text, why: why, members: placed)
    }
}
