import DyadAnalysis
import DyadCoder
import Testing

@Suite("Phases")
struct PhaseTests {
    typealias F = Fixture

    /// Monthly events from 2015-01: `months` months, each with a mix of cooperative and
    /// conflictual events whose net cooperation is about `level(month)`.
    static func simulate(months: Int, seed: UInt64, level: (Int) -> Double) -> [CodedEvent] {
        var rng = SeededGenerator(seed: seed)
        var events: [CodedEvent] = []
        for m in 0..<months {
            let p = (level(m) + 1) / 2  // share of cooperative events
            for i in 0..<12 {
                let cooperative = Double.random(in: 0..<1, using: &rng) < p
                let (s, t) = i % 2 == 0 ? ("USAGOV", "RUSGOV") : ("RUS", "USA")
                events.append(
                    F.event(
                        F.month(m, day: 1 + i * 2), s, t,
                        code: cooperative ? "042" : "111", goldstein: cooperative ? 3 : -3))
            }
        }
        return events
    }

    @Test("a planted changepoint is found within one period and labelled", arguments: [11, 14, 20])
    func plantedChange(at change: Int) throws {
        let events = Self.simulate(months: 32, seed: UInt64(change)) { $0 < change ? 0.6 : -0.6 }
        let r = try F.report(events)
        let phases = try #require(r.phases).phases
        #expect(phases.count == 2)
        let boundary = try #require(phases.dropFirst().first).firstPeriod
        #expect(abs(boundary - change) <= 1)
        #expect(phases.first?.label == .cooperation)
        #expect(phases.last?.label == .escalation)
        #expect(phases.last?.markingEvents.allSatisfy { $0.goldstein < 0 } == true)
        #expect(phases.last?.markingEvents.isEmpty == false)
    }

    @Test("a flat noisy series is one phase")
    func flat() throws {
        let events = Self.simulate(months: 36, seed: 7) { _ in 0.1 }
        let phases = try #require(try F.report(events).phases).phases
        #expect(phases.count == 1)
        #expect(phases[0].label == .coldPeace)
    }

    @Test("confrontation, then thaw, then rapprochement")
    func sequence() throws {
        let events = Self.simulate(months: 36, seed: 3) { $0 < 12 ? -0.7 : $0 < 24 ? -0.05 : 0.7 }
        let labels = try #require(try F.report(events).phases).phases.map(\.label)
        #expect(labels == [.confrontation, .thaw, .rapprochement])
    }

    @Test("empty months weigh nothing: a silent gap joins the earlier phase and does not dilute its level")
    func gaps() throws {
        let events = Self.simulate(months: 28, seed: 11) { $0 < 12 ? 0.7 : -0.7 }
            .filter { !(8..<12).contains(Self.monthIndex($0.date!.description)) }  // months 8-11 silent
        let r = try F.report(events)
        let phases = try #require(r.phases).phases
        #expect(phases.count == 2)
        #expect(phases[1].firstPeriod == 12)
        #expect(phases[0].emptyPeriods == 4 && phases[0].level > 0.5)
        #expect(phases[0].label == .cooperation && phases[1].label == .escalation)
    }

    static func monthIndex(_ date: String) -> Int {
        (Int(date.prefix(4))! - 2015) * 12 + Int(date.dropFirst(5).prefix(2))! - 1
    }

    @Test("phases are never shorter than the minimum")
    func minimumLength() throws {
        let events = Self.simulate(months: 30, seed: 5) { $0 == 10 ? -1 : 0.8 }  // a one-month blip
        let r = try F.report(events) { $0.minimumPhaseLength = 4 }
        #expect(try #require(r.phases).phases.allSatisfy { $0.periods >= 4 })
    }

    @Test(
        "labelling rules",
        arguments: [
            (-0.5, -0.6, 0.0, PhaseLabel.escalation),
            (-0.5, nil, -0.1, .escalation),  // first phase falling within itself (5 periods × −0.1 = −0.4)
            (-0.5, -0.1, 0.0, .confrontation),
            (0.5, 0.6, 0.0, .rapprochement),
            (0.5, 0.1, 0.0, .cooperation),
            (0.0, 0.5, 0.0, .thaw),
            (-0.1, -0.1, 0.0, .coldPeace),
            (0.1, -0.5, 0.0, .coldPeace),  // cooling from cooperation to neutral
        ] as [(Double, Double?, Double, PhaseLabel)])
    func rules(level: Double, change: Double?, trend: Double, expected: PhaseLabel) {
        let (label, reason) = PhaseLabeler().label(level: level, change: change, trend: trend, periods: 5, emptyPeriods: 0)
        #expect(label == expected)
        #expect(!reason.isEmpty)
    }

    @Test("a quiet phase is cold peace")
    func quiet() {
        #expect(PhaseLabeler().label(level: 0.3, change: nil, trend: 0, periods: 6, emptyPeriods: 4).0 == .coldPeace)
    }

    @Test("the detector finds changes in the mean and nothing in a constant series")
    func detector() {
        let detector = ChangepointDetector(minimumLength: 2, penalty: 0.5)
        #expect(detector.segments([0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0]) == [0..<4, 4..<8, 8..<11])
        #expect(detector.segments(Array(repeating: 0.3, count: 20)) == [0..<20])
        #expect(detector.segments([]) == [])
        #expect(detector.segments([1]) == [0..<1])
    }
}
