import DyadCoder
import Testing

@testable import DyadAnalysis

@Suite("Reciprocity")
struct ReciprocityTests {
    typealias F = Fixture

    /// One A→B and one B→A event per month whose Goldstein weights are y_AB(t) and
    /// y_BA(t) = b·y_AB(t−1) + 0.3·y_BA(t−1) + noise.
    static func simulate(b: Double, months: Int = 120, seed: UInt64) -> [CodedEvent] {
        var rng = SeededGenerator(seed: seed)
        var events: [CodedEvent] = []
        var previousAB = 0.0, previousBA = 0.0
        for m in 0..<months {
            let ab = 3 * rng.normal()
            let ba = m == 0 ? rng.normal() : b * previousAB + 0.3 * previousBA + rng.normal()
            events.append(F.event(F.month(m, day: 3), "USA", "RUS", goldstein: ab))
            events.append(F.event(F.month(m, day: 20), "RUS", "USA", goldstein: ba))
            (previousAB, previousBA) = (ab, ba)
        }
        return events
    }

    @Test("a planted reciprocity coefficient is recovered within its interval", arguments: [1, 2, 3] as [UInt64])
    func planted(seed: UInt64) throws {
        let r = try F.report(Self.simulate(b: 0.6, seed: seed))
        let fit = try #require(r.reciprocity.bReactsToA)
        #expect(fit.observations == 119)
        #expect(fit.responseInterval[0] <= 0.6 && 0.6 <= fit.responseInterval[1])
        #expect(fit.responseInterval[1] - fit.responseInterval[0] < 0.2)
        #expect(abs(fit.inertia - 0.3) < 0.2)
        #expect(fit.meaning.contains("reciprocates"))
    }

    @Test("without reciprocity the interval excludes 0.6 and includes 0")
    func absent() throws {
        let r = try F.report(Self.simulate(b: 0, seed: 9))
        let fit = try #require(r.reciprocity.bReactsToA)
        #expect(fit.responseInterval[1] < 0.6)
        #expect(fit.responseInterval[0] <= 0 && 0 <= fit.responseInterval[1])
    }

    @Test("too few periods: insufficient data, not a number")
    func insufficient() throws {
        let r = try F.report(Self.simulate(b: 0.6, months: 5, seed: 1))
        #expect(r.reciprocity.bReactsToA == nil)
        #expect(r.reciprocity.messages.contains { $0.contains("insufficient data") })
    }

    @Test("Student t quantiles", arguments: [(1, 12.7062), (5, 2.5706), (30, 2.0423), (1000, 1.9623)])
    func studentT(df: Int, expected: Double) {
        let q = StudentT.quantile(0.975, degreesOfFreedom: df)
        #expect(abs(q - expected) < 1e-3)
    }
}
