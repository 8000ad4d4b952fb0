import DyadText

/// Integer period indices: consecutive periods have consecutive indices, so a report's
/// periods are a range of integers and an event finds its bucket in O(1).
extension PeriodUnit {
    /// The index of the period containing `day`.
    public func index(of day: Day) -> Int {
        switch self {
        case .day:
            return day.ordinal
        case .week:
            // 1970-01-01 was a Thursday; weeks start on Monday 1969-12-29 (ordinal -3).
            return floorDivide(day.ordinal + 3, 7)
        case .month:
            let (y, m, _) = day.components
            return y * 12 + m - 1
        case .quarter:
            let (y, m, _) = day.components
            return y * 4 + (m - 1) / 3
        }
    }

    /// The first day of period `index`.
    public func start(of index: Int) -> Day {
        switch self {
        case .day:
            return Day(ordinal: index)
        case .week:
            return Day(ordinal: index * 7 - 3)
        case .month:
            return Day(year: floorDivide(index, 12), month: index - floorDivide(index, 12) * 12 + 1, day: 1)!
        case .quarter:
            let year = floorDivide(index, 4)
            return Day(year: year, month: (index - year * 4) * 3 + 1, day: 1)!
        }
    }

    /// The last day of period `index`.
    public func end(of index: Int) -> Day { start(of: index + 1).adding(days: -1) }

    /// A short name: `2017-04-12`, `2017-04-10` (week start), `2017-04`, `2017-Q2`.
    public func label(of index: Int) -> String {
        let start = start(of: index).description
        switch self {
        case .day, .week: return start
        case .month: return String(start.prefix(7))
        case .quarter: return "\(start.prefix(4))-Q\(index - floorDivide(index, 4) * 4 + 1)"
        }
    }

    /// The unit's name for prose: "month", "week", ...
    var noun: String { rawValue }
}

/// Integer division rounding towards minus infinity.
func floorDivide(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// One period of a report.
public struct ReportPeriod: Sendable, Codable, Hashable {
    /// Short name (`2017-04`).
    public var label: String
    /// First day.
    public var start: Day
    /// Last day.
    public var end: Day

    /// The period `index` of `unit`.
    public init(unit: PeriodUnit, index: Int) {
        label = unit.label(of: index)
        start = unit.start(of: index)
        end = unit.end(of: index)
    }
}
