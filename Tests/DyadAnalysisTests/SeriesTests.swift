import DyadAnalysis
import DyadText
import Testing

@Suite("Series")
struct SeriesTests {
    typealias F = Fixture

    @Test("periods index, start and label consistently")
    func periods() {
        let day = Day(iso: "2017-04-13")!  // Thursday
        #expect(PeriodUnit.month.label(of: PeriodUnit.month.index(of: day)) == "2017-04")
        #expect(PeriodUnit.quarter.label(of: PeriodUnit.quarter.index(of: day)) == "2017-Q2")
        #expect(PeriodUnit.week.start(of: PeriodUnit.week.index(of: day)).description == "2017-04-10")
        #expect(PeriodUnit.week.end(of: PeriodUnit.week.index(of: day)).description == "2017-04-16")
        #expect(PeriodUnit.quarter.end(of: PeriodUnit.quarter.index(of: day)).description == "2017-06-30")
        let old = Day(iso: "1969-12-28")!  // a Sunday before the epoch
        #expect(PeriodUnit.week.start(of: PeriodUnit.week.index(of: old)).description == "1969-12-22")
        #expect(PeriodUnit.month.index(of: Day(iso: "2017-12-31")!) + 1 == PeriodUnit.month.index(of: Day(iso: "2018-01-01")!))
    }

    @Test("counts, Goldstein, C+, C− and net cooperation per period and direction")
    func figures() throws {
        let events = [
            F.event("2017-01-05", "USAGOV", "RUSGOV", code: "042", goldstein: 1.9),
            F.event("2017-01-09", "USA", "RUSMIL", code: "163", goldstein: -8),
            F.event("2017-01-20", "RUS", "USA", code: "057", goldstein: 8),
            F.event("2017-03-02", "RUS", "USAGOV", code: "111", goldstein: -2),
        ]
        let r = try F.report(events)
        #expect(r.periods.map(\.label) == ["2017-01", "2017-02", "2017-03"])
        let jan = r.series.aToB[0]
        #expect(jan.events == 2 && jan.quadClass == [1, 0, 0, 1])
        #expect(abs(jan.goldsteinSum - -6.1) < 1e-9 && abs(jan.goldsteinMean - -3.05) < 1e-9)
        #expect(abs(jan.cooperation - 1.9) < 1e-9 && abs(jan.conflict - 8) < 1e-9)
        #expect(abs(jan.netCooperation - (1.9 - 8) / 9.9) < 1e-9)
        #expect(r.series.bToA[0].eventIds == [events[2].id])
        #expect(Set(r.series.both[0].eventIds) == Set(events.prefix(3).map(\.id)))
        #expect(r.series.both[1].isEmpty && r.series.both[1].netCooperation == 0)
        #expect(r.series.bToA[2].netCooperation == -1)
        #expect(r.input.dyad == 4)
    }

    @Test("only asserted events count unless asked, and mentions weigh when counted")
    func filters() throws {
        let events = [
            F.event("2017-01-05", "USA", "RUS", goldstein: 2),
            F.event("2017-01-06", "USA", "RUS", goldstein: -5, factuality: "hypothetical"),
            F.event("2016-06-01", "USA", "RUS", goldstein: 3),
            F.event("2017-01-07", "USAF", "RUS", goldstein: 1),  // prefix match by design
            F.event("2017-01-07", "US", "RUS", goldstein: 1),  // not USA
        ]
        let asserted = try F.report(events) { $0.from = Day(iso: "2017-01-01") }
        #expect(asserted.series.aToB[0].events == 2)
        #expect(asserted.input.notAsserted == 1 && asserted.input.outsideDates == 1)
        let all = try F.report(events) {
            $0.from = Day(iso: "2017-01-01"); $0.allFactualities = true
        }
        #expect(all.series.aToB[0].events == 3)

        let weighted = [WeightedEvent(events[0], mentions: 4), WeightedEvent(events[3], mentions: 1)]
        var options = RelationOptions()
        options.count = .mentions
        let byMentions = try RelationAnalyzer(weightedEvents: weighted, a: "USA", b: "RUS", options: options).report()
        #expect(byMentions.series.aToB[0].weight == 5 && byMentions.series.aToB[0].events == 2)
        #expect(byMentions.series.aToB[0].goldsteinSum == 9)
        let byEvents = try RelationAnalyzer(weightedEvents: weighted, a: "USA", b: "RUS").report()
        #expect(byEvents.series.aToB[0].weight == 2)
    }

    @Test("from and to fix the periods, empty ones included and flagged")
    func range() throws {
        let events = [F.event("2017-02-10", "RUS", "USA", goldstein: 3)]
        let r = try F.report(events) {
            $0.from = Day(iso: "2017-01-01"); $0.to = Day(iso: "2017-04-30")
        }
        #expect(r.periods.count == 4)
        #expect(r.series.both.map(\.isEmpty) == [true, false, true, true])
        #expect(r.messages.contains { $0.contains("3 of 4 months have no") })
    }

    @Test("the evidence limit cuts id lists, not counts")
    func evidenceLimit() throws {
        let events = (1...5).map { F.event("2017-01-0\($0)", "USA", "RUS") }
        let r = try F.report(events) { $0.evidenceLimit = 2 }
        #expect(r.series.aToB[0].events == 5 && r.series.aToB[0].eventIds.count == 2)
    }

    @Test("a meeting coded both ways from one sentence is one meeting")
    func meetingCodedBothWays() throws {
        let events = [
            F.event("2017-01-05", "USAGOV", "RUSGOV", code: "040", sourceLevel: "minister", targetLevel: "minister", doc: "a"),
            F.event("2017-01-05", "RUSGOV", "USAGOV", code: "040", sourceLevel: "minister", targetLevel: "minister", doc: "a"),
            F.event("2017-01-09", "RUSGOV", "USAGOV", code: "040", sourceLevel: "minister", targetLevel: "minister", doc: "b"),
        ]
        #expect(try F.report(events).channels.meetings == [2])
    }

    @Test("meetings by level and issue shares")
    func channelsAndAgenda() throws {
        let events = [
            F.event("2017-01-05", "USAGOV", "RUSGOV", code: "042", contexts: ["syria"], sourceLevel: "minister", targetLevel: "minister"),
            F.event(
                "2017-01-06", "RUSGOV", "USAGOV", code: "041", contexts: ["syria", "ukraine"], sourceLevel: "head", targetLevel: "head"),
            F.event("2017-02-06", "RUS", "USAGOV", code: "043", sourceLevel: nil, targetLevel: "minister"),
            F.event("2017-02-07", "RUS", "USA", code: "111", goldstein: -2, contexts: ["ukraine"]),
        ]
        let r = try F.report(events)
        let names = r.channels.channels.map(\.name)
        #expect(Set(names) == ["minister + minister", "head + head", "minister + unknown"])
        #expect(r.channels.meetings == [2, 1])
        let syria = try #require(r.agenda.issues.first { $0.name == "syria" })
        #expect(syria.total == 2 && syria.shares == [1, 0] && syria.share == 0.5)
        let ukraine = try #require(r.agenda.issues.first { $0.name == "ukraine" })
        #expect(ukraine.shares == [0.5, 0.5])
        #expect(r.agenda.untagged.total == 1)
    }

    @Test("third parties: the most engaged countries and organisations, not A or B themselves")
    func thirdParties() throws {
        var events = [F.event("2017-01-05", "USA", "RUS", goldstein: 1), F.event("2017-02-05", "RUS", "USA", goldstein: 1)]
        events.append(F.event("2017-05-10", "USAGOV", "UKR", goldstein: 4))  // outside the A–B span: left out
        events += (0..<3).map { _ in F.event("2017-01-10", "UKRGOV", "RUSMIL", goldstein: -9) }
        events += (0..<2).map { _ in F.event("2017-02-10", "USAGOV", "UKR", goldstein: 4) }
        events.append(F.event("2017-01-10", "UNICEF", "USA", goldstein: 3))
        events.append(F.event("2017-01-10", "USAGOV", "USAMIL", goldstein: 3))
        events.append(F.event("2017-01-10", "CHN", "DEU", goldstein: 3))
        let r = try F.report(events)
        #expect(r.thirdParties.map(\.actor) == ["UKR", "UNICEF"])
        let ukr = r.thirdParties[0]
        #expect(ukr.withAEvents == 2 && ukr.withBEvents == 3)
        #expect(ukr.withANetCooperation == 1 && ukr.withBNetCooperation == -1)
        #expect(ukr.withB[0].events == 3 && ukr.withA[1].events == 2)
        #expect(ActorCode.principal("RUSMILSPY") == "RUS" && ActorCode.principal("NATO") == "NATO")
    }
}
