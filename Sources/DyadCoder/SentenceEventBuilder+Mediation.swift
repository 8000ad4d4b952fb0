import DyadLexicon

extension SentenceEventBuilder {
    /// "in a deal brokered by China", "a truce mediated by the United Nations": a participle
    /// right after a joint act, with a by-phrase, is the third party's act on both sides of
    /// that joint act (those of the sentence's own joint act, else of the document's latest).
    func brokeredJointAct(_ match: PatternMatch, pattern: MatchedPattern, context: DocumentContext) -> (
        mediator: ActorMention, parties: ActorMention
    )? {
        guard pattern.kind == .verb, !match.isPassive, tokens[match.start].text.hasSuffix("ed"),
            SentenceEventBuilder.jointObjects.contains(word(match.start - 1)),
            let mediator = byPhrase(after: match.start + 1),
            let pair = history.last(where: { SentenceEventBuilder.isMutual($0.code) }).map({ [$0.source, $0.target] })
                ?? context.lastJointPair ?? context.lastPair(),
            !pair.contains(where: { $0.country == mediator.country })
        else { return nil }
        let parties = ActorMention(
            group: pair, range: (match.start - 1)..<match.start, text: word(match.start - 1),
            why: "parties of the \(word(match.start - 1)): \(pair[0].text) and \(pair[1].text)")
        return (mediator, parties)
    }
}
