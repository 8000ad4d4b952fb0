/// Values keyed by period index, stored in an array that grows geometrically at either end,
/// so that adding an event to its period costs amortised O(1) whatever order events arrive in.
///
/// Update in place with `buckets.values[buckets.slot(for: period)].add(...)`.
struct PeriodBuckets<Value: Sendable>: Sendable {
    private var base = 0
    /// The stored values; position `slot(for: index)` holds period `index`.
    var values: [Value] = []
    private let blank: Value
    /// The smallest and largest index given to ``slot(for:)``, nil before the first.
    private(set) var bounds: ClosedRange<Int>?

    init(blank: Value) { self.blank = blank }

    /// The position of period `index` in ``values``, creating it (and any gap) as blank.
    mutating func slot(for index: Int) -> Int {
        if values.isEmpty {
            base = index
            values.append(blank)
        } else if index < base {
            let grow = max(base - index, values.count)
            values.insert(contentsOf: repeatElement(blank, count: grow), at: 0)
            base -= grow
        } else if index >= base + values.count {
            let grow = max(index - base - values.count + 1, values.count)
            values.append(contentsOf: repeatElement(blank, count: grow))
        }
        if let b = bounds {
            if index < b.lowerBound || index > b.upperBound { bounds = min(b.lowerBound, index)...max(b.upperBound, index) }
        } else {
            bounds = index...index
        }
        return index - base
    }

    /// The value of period `index`, blank when none was stored.
    subscript(index: Int) -> Value {
        let i = index - base
        return i >= 0 && i < values.count ? values[i] : blank
    }

    /// The values of `range`, blanks where nothing was stored.
    func values(in range: ClosedRange<Int>) -> [Value] { range.map { self[$0] } }
}
