import DyadText
import Testing

@Suite("Dates")
struct DateTests {
    let resolver = DateResolver()
    let documentDate = Day(iso: "2017-04-13")!  // a Thursday

    func resolve(_ text: String, previous: Day? = nil) -> ResolvedDate? {
        resolver.resolve(Tokenizer().tokenize(text)[...], documentDate: documentDate, previous: previous)
    }

    @Test("day arithmetic round-trips and knows weekdays")
    func days() {
        let day = Day(year: 2016, month: 2, day: 29)!
        #expect(day.description == "2016-02-29")
        #expect(Day(iso: "2017-02-29") == nil)
        #expect(day.adding(days: 1).description == "2016-03-01")
        #expect(documentDate.weekday == 3)
    }

    @Test("ISO dates parse whole, or by month or year when partial; anything else is refused")
    func isoDates() {
        #expect(Day(iso: "2017-04-13")?.description == "2017-04-13")
        #expect(Day(iso: "2017-04", partial: true)?.description == "2017-04-01")
        #expect(Day(iso: "2017", partial: true)?.description == "2017-01-01")
        for bad in ["2017-04", "2017", "2017-4-13", "17-04-13", "2017-04-13x", "2017--13", "2017-04-13-01", "", "20170-4-13"] {
            #expect(Day(iso: bad) == nil, "\(bad)")
        }
        #expect(Day(iso: "2017-04-1", partial: true) == nil)
    }

    @Test(
        "explicit and relative expressions",
        arguments: [
            ("Tillerson flew to Moscow on April 11, 2017.", "2017-04-11", DatePrecision.day),
            ("They met on 11 April 2017.", "2017-04-11", .day),
            ("They met on the 3rd of March.", "2017-03-03", .day),
            ("They met on March 4.", "2017-03-04", .day),
            ("They met in June 2014.", "2014-06-01", .month),
            ("Sanctions were imposed in 2014.", "2014-01-01", .year),
            ("He arrived on Monday.", "2017-04-10", .day),
            ("He arrived yesterday.", "2017-04-12", .day),
            ("The envoys met last week.", "2017-04-06", .week),
            ("It happened late last month.", "2017-03-01", .month),
            ("Talks began earlier this month.", "2017-04-01", .month),
            ("They spoke on Dec. 28.", "2016-12-28", .day),
        ])
    func expressions(text: String, expected: String, precision: DatePrecision) {
        let found = resolve(text)
        #expect(found?.day.description == expected)
        #expect(found?.precision == precision)
    }

    @Test("the next day counts from the previous date in the document")
    func nextDay() {
        #expect(resolve("The next day he met Lavrov.", previous: Day(iso: "2017-04-11"))?.day.description == "2017-04-12")
        #expect(resolve("Two days later they spoke.", previous: Day(iso: "2017-04-11"))?.day.description == "2017-04-13")
        // "two days after" an event counts from that event, whose date is not known.
        #expect(resolve("They struck two days after the missiles hit.", previous: Day(iso: "2017-04-11")) == nil)
    }

    @Test("May the verb is not a month")
    func mayIsNotAMonth() {
        #expect(resolve("Moscow may retaliate.") == nil)
    }
}
