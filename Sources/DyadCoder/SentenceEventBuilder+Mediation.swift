import DyadLexicon

extension SentenceEventBuilder {
    /// "in a deal brokered by China", "a truce mediated by the United Nations", "a
    /// Russian-brokered agreement": a participle next to a joint act, with a by-phrase or
    /// with the actor written against it, is the third party's act on both sides of that joint
    /// act (those of the sentence's own joint act, else of the document's latest).
    func brokeredJointAct(_ match: PatternMatch, pattern: MatchedPattern, context: DocumentContext) -> (
        mediator: ActorMention, parties: ActorMention
    )? {
        guard pattern.kind == .verb, !match.isPassive, tokens[match.start].text.hasSuffix("ed") else { return nil }
        let object: Int
        let mediator: ActorMention
        if SentenceEventBuilder.jointObjects.contains(word(match.start - 1)), let named = byPhrase(after: match.start + 1) {
            (object, mediator) = (match.start - 1, named)
        } else if let named = compoundMediator(at: match.start) {
            (object, mediator) = (match.start + 1, named)
        } else {
            return nil
        }
        guard
            let pair = history.last(where: { SentenceEventBuilder.isMutual($0.code) }).map({ [$0.source, $0.target] })
                ?? context.lastJointPair ?? context.lastPair(),
            !pair.contains(where: { $0.country == mediator.country })
        else { return nil }
        let parties = ActorMention(
            group: pair, range: object..<(object + 1), text: word(object),
            why: "parties of the \(word(object)): \(pair[0].text) and \(pair[1].text)")
        return (mediator, parties)
    }

    /// "a Russian-brokered agreement", "the UN-mediated truce": the country or organisation
    /// written with a hyphen against the participle at `i`, when a joint act follows it.
    func compoundMediator(at i: Int) -> ActorMention? {
        guard i > 0, tokens[i].isHyphenated, SentenceEventBuilder.jointObjects.contains(word(i + 1)) else { return nil }
        let written = [tokens[i - 1]]
        let (ids, _) = coder.words.look(up: written)
        guard let found = coder.lexicon.actors.longestMatch(ids: ids, tokens: written[...], start: 0),
            let code = found.entries.lazy.compactMap({ MentionFinder.namedCode($0.value) }).first
        else { return nil }
        return ActorMention(range: (i - 1)..<i, code: code, level: nil, text: word(i - 1), why: "\(word(i - 1))-\(word(i))")
    }
}
