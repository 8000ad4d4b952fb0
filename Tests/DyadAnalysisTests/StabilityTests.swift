import DyadAnalysis
import DyadCoder
import Testing

@Suite("Stability and predictability")
struct StabilityTests {
    typealias F = Fixture

    /// One event per month whose net cooperation is +1 or −1 as `positive(month)` says.
    static func signs(_ months: Int, _ positive: (Int) -> Bool) -> [CodedEvent] {
        (0..<months).map { m in F.event(F.month(m), "USA", "RUS", goldstein: positive(m) ? 2 : -2) }
    }

    @Test("volatility is the standard deviation and the normal range is mean ± k·sd")
    func stability() throws {
        // 3 of 4 months at +1, 1 at −1: mean 0.5, sample sd sqrt(3/3) = 1.
        let r = try F.report(Self.signs(4) { $0 != 2 })
        let s = try #require(r.stability)
        #expect(abs(s.mean - 0.5) < 1e-12)
        #expect(abs(s.volatility - 1) < 1e-12)
        #expect(abs(s.normalLow - -0.5) < 1e-12 && abs(s.normalHigh - 1.5) < 1e-12)
        #expect(s.shareInside == 0.75 && s.periodsOutside == [2])
        #expect(s.volatilityMeaning.contains("average") && s.rangeMeaning.contains("75%"))
    }

    @Test("an AR(1) forecast beats the naive one on an alternating series")
    func forecastSkill() throws {
        // Net cooperation flips sign every month: φ ≈ −1, naive always misses by 2.
        let r = try F.report(Self.signs(24) { $0 % 2 == 0 })
        let p = try #require(r.predictability)
        #expect(abs(p.naiveRMSE - 2) < 1e-9 && abs(p.naiveMAE - 2) < 1e-9)
        #expect(p.arRMSE < 0.5 && p.skill > 0.5)
        #expect(p.persistence < -0.9)
        #expect(p.meaning.contains("beats"))
    }

    @Test("a constant series gives zeros, not NaN")
    func constant() throws {
        let r = try F.report(Self.signs(12) { _ in true })
        let s = try #require(r.stability), p = try #require(r.predictability)
        #expect(s.volatility == 0 && s.shareInside == 1)
        #expect(p.arRMSE == 0 && p.naiveRMSE == 0 && p.skill == 0)
        #expect(r.reciprocity.bReactsToA == nil)
        _ = try r.jsonData()  // JSONEncoder throws on NaN or infinity
    }
}
