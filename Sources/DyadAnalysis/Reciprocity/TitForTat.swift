/// A move by one side answered by a move of the same or a matching kind by the other within
/// the window.
public struct TitForTatPair: Sendable, Codable, Equatable {
    /// The kind of the first move.
    public var kind: MoveKind
    /// The kind of the answer.
    public var answerKind: MoveKind
    /// The first move.
    public var move: EventRef
    /// The answer.
    public var answer: EventRef
    /// Days from move to answer.
    public var lagDays: Int
    /// Whether both moves have the same CAMEO code (release for release).
    public var sameCode: Bool
    /// Whether both come from the same sentence ("the two sides exchanged prisoners"): one joint
    /// act reported for each side.
    public var jointReport: Bool

    /// "expulsion answered by expulsion".
    public var phrase: String { "\(kind.noun) answered by \(answerKind.noun)" }
}

/// Finds tit-for-tat pairs among A–B moves.
///
/// Moves are taken in date order (then id). The same move reported by several documents (same
/// day, direction and code) counts once: ``RelationAccumulator`` keeps one. Each unanswered move is paired with the earliest
/// unpaired move by the other side dated 0 to `window` days later that answers its
/// ``MoveKind`` (``MoveKind/isAnswered(by:)``), preferring the same CAMEO code, then the same
/// kind; every move belongs to at most one pair, so a lone move is never paired.
struct TitForTatFinder: Sendable {
    /// Days within which an answer must come.
    var window: Int

    /// The pairs among `moves` (already one per day, direction and code).
    func pairs(_ moves: some Collection<Move>) -> [TitForTatPair] {
        let unique = moves.sorted { ($0.ref.date, $0.ref.id) < ($1.ref.date, $1.ref.id) }
        var paired = [Bool](repeating: false, count: unique.count)
        var result: [TitForTatPair] = []
        for i in unique.indices where !paired[i] {
            let move = unique[i]
            var chosen: (index: Int, rank: Int)?
            var j = i + 1
            while j < unique.count, unique[j].ref.date.ordinal - move.ref.date.ordinal <= window {
                let answer = unique[j]
                if !paired[j], answer.fromA != move.fromA, move.kind.isAnswered(by: answer.kind) {
                    let rank = answer.ref.code == move.ref.code ? 0 : answer.kind == move.kind ? 1 : 2
                    if rank < (chosen?.rank ?? 3) { chosen = (j, rank) }
                    if rank == 0 { break }
                }
                j += 1
            }
            guard let j = chosen?.index else { continue }
            paired[i] = true
            paired[j] = true
            let answer = unique[j]
            result.append(
                TitForTatPair(
                    kind: move.kind, answerKind: answer.kind, move: move.ref, answer: answer.ref,
                    lagDays: answer.ref.date.ordinal - move.ref.date.ordinal,
                    sameCode: answer.ref.code == move.ref.code,
                    jointReport: answer.ref.doc == move.ref.doc && answer.ref.sentence == move.ref.sentence))
        }
        return result
    }
}

/// Reciprocity: the action-reaction regressions both ways and the tit-for-tat pairs.
public struct ReciprocityReport: Sendable, Codable, Equatable {
    /// B's reaction to A; nil with insufficient data (see ``messages``).
    public var bReactsToA: ActionReaction?
    /// A's reaction to B; nil with insufficient data.
    public var aReactsToB: ActionReaction?
    /// Days within which a move must be answered.
    public var windowDays: Int
    /// Tit-for-tat pairs in date order.
    public var pairs: [TitForTatPair]
    /// Why a regression is missing.
    public var messages: [String]
}
