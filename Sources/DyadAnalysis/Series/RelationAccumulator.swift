import DyadCoder
import DyadText

/// The single pass over the events: each event is routed in O(1) into per-period buckets for
/// the A–B series, meeting channels, agenda, third parties and tit-for-tat candidates.
struct RelationAccumulator: Sendable {
    let a: ActorPrefix
    let b: ActorPrefix
    let options: RelationOptions
    let limits: EvidenceLimits

    var summary = InputSummary()
    var ab = PeriodBuckets(blank: CellAccumulator())
    var ba = PeriodBuckets(blank: CellAccumulator())
    /// Meetings per level pair (see ``ChannelKey``).
    var channels: [Int: PeriodBuckets<CountCell>] = [:]
    /// The meetings counted so far, by document, sentence and code: a meeting coded both
    /// ways ("Putin met Tillerson" is also Tillerson meeting Putin) is one meeting.
    private var meetings: Set<String> = []
    /// Events per issue tag.
    var issues: [String: PeriodBuckets<CountCell>] = [:]
    /// Events without issue tags.
    var untagged = PeriodBuckets(blank: CountCell())
    /// Per third party (country or organisation): events with A and with B.
    var thirdParties: [String: ThirdPartyBuckets] = [:]
    /// Candidate moves for tit-for-tat pairs, one per day, direction and code.
    var moves: [Int: Move] = [:]
    private let principalA: String
    private let principalB: String

    init(a: String, b: String, options: RelationOptions) {
        self.a = ActorPrefix(a)
        self.b = ActorPrefix(b)
        principalA = ActorCode.principal(a)
        principalB = ActorCode.principal(b)
        self.options = options
        limits = EvidenceLimits(ids: options.evidenceLimit ?? .max, extremes: max(3, options.markingEvents))
    }

    mutating func add(_ event: CodedEvent, weight: Int) {
        summary.read += 1
        let sourceA = a.matches(event.source), targetA = a.matches(event.target)
        let sourceB = b.matches(event.source), targetB = b.matches(event.target)
        guard sourceA || targetA || sourceB || targetB else { return }
        if sourceA || targetA { summary.namingA += 1 }
        if sourceB || targetB { summary.namingB += 1 }
        guard options.allFactualities || event.factuality == .asserted else {
            summary.notAsserted += 1
            return
        }
        guard let day = event.date ?? event.docDate else {
            summary.undated += 1
            return
        }
        if let from = options.from, day < from { summary.outsideDates += 1; return }
        if let to = options.to, day > to { summary.outsideDates += 1; return }
        let period = options.period.index(of: day)
        if sourceA && targetB {
            addDyad(event, day: day, period: period, weight: weight, fromA: true)
        } else if sourceB && targetA {
            addDyad(event, day: day, period: period, weight: weight, fromA: false)
        } else if sourceA || sourceB {
            addThirdParty(event, other: event.target, day: day, period: period, weight: weight, withA: sourceA)
        } else {
            addThirdParty(event, other: event.source, day: day, period: period, weight: weight, withA: targetA)
        }
    }

    private mutating func addDyad(_ event: CodedEvent, day: Day, period: Int, weight: Int, fromA: Bool) {
        summary.dyad += 1
        if fromA {
            ab.add(event, date: day, weight: weight, limits: limits, at: period)
        } else {
            ba.add(event, date: day, weight: weight, limits: limits, at: period)
        }
        if event.root == "04", meetings.insert("\(event.doc)#\(event.sentenceIndex)#\(event.code)").inserted {
            channels[ChannelKey(event.sourceLevel, event.targetLevel).rawValue, default: PeriodBuckets(blank: CountCell())]
                .add(id: event.id, weight: weight, limit: limits.ids, at: period)
        }
        if event.contexts.isEmpty {
            untagged.add(id: event.id, weight: weight, limit: limits.ids, at: period)
        }
        for issue in event.contexts {
            issues[issue, default: PeriodBuckets(blank: CountCell())]
                .add(id: event.id, weight: weight, limit: limits.ids, at: period)
        }
        if let kind = MoveKind(code: event.code) { addMove(event, kind: kind, day: day, fromA: fromA) }
    }

    /// Keeps one move per day, direction and code (the same move reported by several
    /// documents), the one with the smallest id so that input order does not matter.
    private mutating func addMove(_ event: CodedEvent, kind: MoveKind, day: Day, fromA: Bool) {
        var code = 0
        for digit in event.code.utf8 { code = code * 10 + Int(digit &- 48) }
        let key = ((day.ordinal * 2 + (fromA ? 1 : 0)) * 10 + event.code.utf8.count) * 10_000 + code
        if let existing = moves[key], existing.ref.id <= event.id { return }
        moves[key] = Move(kind: kind, fromA: fromA, ref: EventRef(event, date: day))
    }

    private mutating func addThirdParty(
        _ event: CodedEvent, other: String, day: Day, period: Int,
        weight: Int, withA: Bool
    ) {
        // Internal (USAGOV -> USAMIL), one-sided ("" target) and A-or-B-to-itself events are not third parties.
        guard !other.isEmpty, !a.matches(other), !b.matches(other) else { return }
        let party = ActorCode.principal(other)
        guard party != principalA, party != principalB else { return }
        summary.thirdParty += 1
        if withA {
            thirdParties[party, default: ThirdPartyBuckets()].withA
                .add(event, date: day, weight: weight, limits: limits, at: period)
        } else {
            thirdParties[party, default: ThirdPartyBuckets()].withB
                .add(event, date: day, weight: weight, limits: limits, at: period)
        }
    }
}

/// A third party's buckets: its events with A and with B.
struct ThirdPartyBuckets: Sendable {
    var withA = PeriodBuckets(blank: CellAccumulator())
    var withB = PeriodBuckets(blank: CellAccumulator())
}

/// A dyad event that may be one half of a tit-for-tat pair.
struct Move: Sendable {
    var kind: MoveKind
    /// True for A→B, false for B→A.
    var fromA: Bool
    var ref: EventRef
}

extension PeriodBuckets where Value == CellAccumulator {
    /// Adds `event` to period `index`.
    mutating func add(_ event: CodedEvent, date: Day, weight: Int, limits: EvidenceLimits, at index: Int) {
        let slot = slot(for: index)
        values[slot].add(event, date: date, weight: weight, limits: limits)
    }
}

extension PeriodBuckets where Value == CountCell {
    /// Counts event `id` in period `index`.
    mutating func add(id: String, weight: Int, limit: Int, at index: Int) {
        let slot = slot(for: index)
        values[slot].add(id: id, weight: weight, limit: limit)
    }
}
