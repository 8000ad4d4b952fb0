/// How exactly a date is known.
public enum DatePrecision: String, Sendable, Codable, Comparable {
    case day, week, month, year

    private var rank: Int { [.day: 0, .week: 1, .month: 2, .year: 3][self]! }
    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rank < b.rank }
}

/// A date found in a sentence, resolved to a day.
public struct ResolvedDate: Sendable, Hashable {
    /// The day (the first day of the month or year for coarser precisions).
    public var day: Day
    /// How exactly the text gives it.
    public var precision: DatePrecision
    /// Token indices (into the sentence's token slice) of the expression.
    public var range: Range<Int>

    /// The middle of the period the date stands for ("in 2017": July 2, 2017), for facts
    /// that hold over most of it, such as who held an office.
    public var middle: Day {
        switch precision {
        case .day: day
        case .week: day.adding(days: 3)
        case .month: day.adding(days: 14)
        case .year: day.adding(days: 182)
        }
    }
}

/// Finds date expressions in a sentence and resolves them against the document's date.
///
/// Understood: "on April 11, 2017", "11 April 2017", "April 11", "the 3rd of March",
/// "March 3rd", "in June", "in June 2014", "in 2014", "on Monday", "yesterday", "today",
/// "last week", "last month", "late last month", "earlier this month", "last year", and,
/// relative to the previous date in the document, "the next day", "the following day",
/// "a day later", "two days later". A day and month without a year take the year that puts
/// them closest before the anchor (an article of January 3 speaking of "Dec. 28" means the
/// previous year).
public struct DateResolver: Sendable {
    /// A resolver.
    public init() {}

    static let months: [String: Int] = [
        "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3, "april": 4, "apr.": 4,
        "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8,
        "september": 9, "sept.": 9, "sep.": 9, "october": 10, "oct.": 10, "november": 11, "nov.": 11,
        "december": 12, "dec.": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    /// Whether a date expression may start at `token`: a number ("11", "3rd") or a trigger word.
    static func mayStartDate(_ token: Token) -> Bool {
        isNumeric(token) || triggerWords.contains(token.text)
    }

    /// Whether `token` is a number or starts with a digit ("11", "3rd"), so that a date
    /// expression may start at it.
    public static func isNumeric(_ token: Token) -> Bool {
        token.kind == .number || token.text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// Words that can start a date expression (besides numbers).
    public static let triggerWords: Set<String> = Set(months.keys).union(weekdays.keys).union(counts.keys).union([
        "in", "during", "since", "until", "by", "early", "late", "mid", "yesterday", "today", "tonight", "tomorrow",
        "last", "next", "earlier", "this", "following",
    ])
    static let counts: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
    ]

    /// The first date expression in `tokens`, resolved against `documentDate` (for calendar
    /// expressions) and `previous` (the last date the document mentioned, for "the next day").
    public func resolve(_ tokens: ArraySlice<Token>, documentDate: Day?, previous: Day?) -> ResolvedDate? {
        // Most sentences hold no date word: check cheaply before building anything.
        guard let first = tokens.firstIndex(where: DateResolver.mayStartDate) else { return nil }
        let t = Array(tokens)
        return resolve(t, from: first - tokens.startIndex, documentDate: documentDate, previous: previous) {
            DateResolver.mayStartDate(t[$0])
        }
    }

    /// The first date expression in `tokens` from position `first` on, tried only where
    /// `mayStart` (``isNumeric(_:)`` or one of ``triggerWords``): for a caller that knows where
    /// without hashing every token again.
    public func resolve(
        _ tokens: [Token], from first: Int = 0, documentDate: Day?, previous: Day?, where mayStart: (Int) -> Bool
    ) -> ResolvedDate? {
        for i in first..<tokens.count where mayStart(i) {
            if let found = match(tokens, at: i, documentDate: documentDate, previous: previous ?? documentDate) {
                return found
            }
        }
        return nil
    }

    private func match(_ t: [Token], at i: Int, documentDate: Day?, previous: Day?) -> ResolvedDate? {
        func word(_ k: Int) -> String { k >= 0 && k < t.count ? t[k].text : "" }
        func number(_ k: Int) -> Int? {
            guard k >= 0, k < t.count else { return nil }
            var s = t[k].text
            for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) && s.count > 2 { s.removeLast(2) }
            guard t[k].kind == .number || s != t[k].text, let n = Int(s) else { return nil }
            return n
        }
        func year(_ k: Int) -> Int? {
            guard let n = number(k), t[k].text.count == 4, (1900...2100).contains(n) else { return nil }
            return n
        }
        let w = word(i)
        // Month-first: "April 11, 2017", "April 11", "June 2014", "in June".
        if let month = DateResolver.months[w], w != "may" || t[i].isCapitalized {
            if let d = number(i + 1), (1...31).contains(d) {
                let yearIndex = word(i + 2) == "," ? i + 3 : i + 2
                if let y = year(yearIndex), let day = Day(year: y, month: month, day: d) {
                    return ResolvedDate(day: day, precision: .day, range: i..<(yearIndex + 1))
                }
                if let day = closestBefore(month: month, day: d, anchor: documentDate) {
                    return ResolvedDate(day: day, precision: .day, range: i..<(i + 2))
                }
            }
            if let y = year(i + 1), let day = Day(year: y, month: month, day: 1) {
                return ResolvedDate(day: day, precision: .month, range: i..<(i + 2))
            }
            if ["in", "since", "during", "until", "by", "early", "late", "mid"].contains(word(i - 1)),
                let day = closestBefore(month: month, day: 1, anchor: documentDate)
            {
                return ResolvedDate(day: day, precision: .month, range: (i - 1)..<(i + 1))
            }
        }
        // Day-first: "11 April 2017", "the 3rd of March".
        if let d = number(i), (1...31).contains(d) {
            let monthIndex = word(i + 1) == "of" ? i + 2 : i + 1
            if let month = DateResolver.months[word(monthIndex)] {
                if let y = year(monthIndex + 1), let day = Day(year: y, month: month, day: d) {
                    return ResolvedDate(day: day, precision: .day, range: i..<(monthIndex + 2))
                }
                if let day = closestBefore(month: month, day: d, anchor: documentDate) {
                    return ResolvedDate(day: day, precision: .day, range: i..<(monthIndex + 1))
                }
            }
        }
        // "in 2014"
        if ["in", "during", "since"].contains(word(i)), let y = year(i + 1), let day = Day(year: y, month: 1, day: 1) {
            return ResolvedDate(day: day, precision: .year, range: i..<(i + 2))
        }
        guard let anchor = documentDate else { return nil }
        if let weekday = DateResolver.weekdays[w] {
            let back = (anchor.weekday - weekday + 7) % 7
            let day = anchor.adding(days: word(i - 1) == "next" ? (weekday - anchor.weekday + 7) % 7 : -back)
            return ResolvedDate(day: day, precision: .day, range: i..<(i + 1))
        }
        switch w {
        case "yesterday": return ResolvedDate(day: anchor.adding(days: -1), precision: .day, range: i..<(i + 1))
        case "today", "tonight": return ResolvedDate(day: anchor, precision: .day, range: i..<(i + 1))
        case "tomorrow": return ResolvedDate(day: anchor.adding(days: 1), precision: .day, range: i..<(i + 1))
        default: break
        }
        if w == "last" || w == "next" {
            let sign = w == "last" ? -1 : 1
            switch word(i + 1) {
            case "week":
                return ResolvedDate(day: anchor.adding(days: 7 * sign), precision: .week, range: i..<(i + 2))
            case "month":
                let (y, m, _) = anchor.components
                let mm = m + sign
                let day = Day(year: mm < 1 ? y - 1 : mm > 12 ? y + 1 : y, month: (mm + 11) % 12 + 1, day: 1)!
                return ResolvedDate(day: day, precision: .month, range: i..<(i + 2))
            case "year":
                return ResolvedDate(day: Day(year: anchor.components.year + sign, month: 1, day: 1)!, precision: .year, range: i..<(i + 2))
            default: break
            }
        }
        if (w == "earlier" || w == "this") && word(i + 1) == "month" {
            let (y, m, _) = anchor.components
            return ResolvedDate(day: Day(year: y, month: m, day: 1)!, precision: .month, range: i..<(i + 2))
        }
        // Relative to the previous date: "the next day", "a day later", "two days later".
        if let previous {
            if (w == "next" || w == "following") && word(i + 1) == "day" {
                return ResolvedDate(day: previous.adding(days: 1), precision: .day, range: i..<(i + 2))
            }
            // "two days after Iranian missiles hit ..." counts from an event, not from the
            // previous date: only "later" (or a closing "after") counts from it.
            if let n = DateResolver.counts[w] ?? number(i), ["day", "days"].contains(word(i + 1)),
                word(i + 2) == "later" || (word(i + 2) == "after" && [",", ".", ""].contains(word(i + 3)))
            {
                return ResolvedDate(day: previous.adding(days: n), precision: .day, range: i..<(i + 3))
            }
        }
        return nil
    }

    /// The day with this month and day closest before (or at, or up to a week after) `anchor`.
    private func closestBefore(month: Int, day: Int, anchor: Day?) -> Day? {
        guard let anchor else { return nil }
        let year = anchor.components.year
        guard let candidate = Day(year: year, month: month, day: day) else { return nil }
        if candidate.ordinal - anchor.ordinal > 60 { return Day(year: year - 1, month: month, day: day) }
        return candidate
    }
}
