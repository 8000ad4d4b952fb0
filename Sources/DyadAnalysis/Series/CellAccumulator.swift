import DyadCoder
import DyadText

/// Accumulates events into a ``SeriesCell`` in O(1) per event, keeping the most cooperative
/// and most conflictual events as candidate evidence. Plain stored numbers, so that adding an
/// event touches no nested array but the id list.
struct CellAccumulator: Sendable {
    private var events = 0
    private var weight = 0
    private var quad = (0, 0, 0, 0)
    private var goldsteinSum = 0.0
    private var cooperation = 0.0
    private var conflict = 0.0
    private var eventIds: [String] = []
    /// Most cooperative events, highest Goldstein first.
    private(set) var mostCooperative: [EventRef] = []
    /// Most conflictual events, lowest Goldstein first.
    private(set) var mostConflictual: [EventRef] = []

    mutating func add(_ event: CodedEvent, date: Day, weight w: Int, limits: EvidenceLimits) {
        events += 1
        weight += w
        switch event.quadClass {
        case 1: quad.0 += w
        case 2: quad.1 += w
        case 3: quad.2 += w
        case 4: quad.3 += w
        default: break
        }
        let g = event.goldstein
        let weighted = g * Double(w)
        goldsteinSum += weighted
        if weighted > 0 { cooperation += weighted } else { conflict -= weighted }
        if eventIds.count < limits.ids { eventIds.append(event.id) }
        if g > 0, Self.qualifies(g, mostCooperative, limits.extremes, by: >) {
            Self.insert(EventRef(event, date: date), into: &mostCooperative, keep: limits.extremes, by: >)
        } else if g < 0, Self.qualifies(g, mostConflictual, limits.extremes, by: <) {
            Self.insert(EventRef(event, date: date), into: &mostConflictual, keep: limits.extremes, by: <)
        }
    }

    mutating func merge(_ other: CellAccumulator, limits: EvidenceLimits) {
        events += other.events
        weight += other.weight
        quad = (quad.0 + other.quad.0, quad.1 + other.quad.1, quad.2 + other.quad.2, quad.3 + other.quad.3)
        goldsteinSum += other.goldsteinSum
        cooperation += other.cooperation
        conflict += other.conflict
        eventIds += other.eventIds.prefix(max(0, limits.ids - eventIds.count))
        for ref in other.mostCooperative { Self.insert(ref, into: &mostCooperative, keep: limits.extremes, by: >) }
        for ref in other.mostConflictual { Self.insert(ref, into: &mostConflictual, keep: limits.extremes, by: <) }
    }

    /// The finished cell: means and net cooperation filled in, never NaN.
    var finished: SeriesCell {
        var c = SeriesCell()
        c.events = events
        c.weight = weight
        c.quadClass = [quad.0, quad.1, quad.2, quad.3]
        c.goldsteinSum = goldsteinSum
        c.cooperation = cooperation
        c.conflict = conflict
        c.eventIds = eventIds
        c.isEmpty = events == 0
        c.goldsteinMean = weight > 0 ? goldsteinSum / Double(weight) : 0
        let volume = cooperation + conflict
        c.netCooperation = volume > 0 ? (cooperation - conflict) / volume : 0
        return c
    }

    private static func qualifies(
        _ g: Double, _ list: [EventRef], _ keep: Int,
        by better: (Double, Double) -> Bool
    ) -> Bool {
        list.count < keep || better(g, list[list.count - 1].goldstein)
    }

    private static func insert(
        _ ref: EventRef, into list: inout [EventRef], keep: Int,
        by better: (Double, Double) -> Bool
    ) {
        guard keep > 0 else { return }
        let at = list.firstIndex { better(ref.goldstein, $0.goldstein) } ?? list.count
        guard at < keep else { return }
        list.insert(ref, at: at)
        if list.count > keep { list.removeLast() }
    }
}

/// How much evidence a cell keeps.
struct EvidenceLimits: Sendable {
    /// Most ids per cell.
    var ids: Int
    /// Most extreme events kept per sign.
    var extremes: Int
}
