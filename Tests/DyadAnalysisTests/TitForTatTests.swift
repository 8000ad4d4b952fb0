import DyadAnalysis
import DyadCoder
import Testing

@Suite("Tit for tat")
struct TitForTatTests {
    typealias F = Fixture

    /// Cooperative and verbal noise between USA and RUS over 2016-2017.
    static func noise(seed: UInt64) -> [CodedEvent] {
        var rng = SeededGenerator(seed: seed)
        let codes = [("042", 1.9), ("111", -2.0), ("040", 1.0), ("112", -2.0), ("057", 8.0)]
        return (0..<300).map { i in
            let (code, g) = codes[Int.random(in: 0..<codes.count, using: &rng)]
            let day = Int.random(in: 0..<700, using: &rng)
            let (s, t) = i % 2 == 0 ? ("USA", "RUS") : ("RUS", "USA")
            return F.event(F.date("2016-01-01", plus: day), s, t, code: code, goldstein: g)
        }
    }

    @Test("an expulsion answered by an expulsion is paired; a lone move is not")
    func planted() throws {
        let expel = F.event(
            "2016-12-29", "USAGOV", "RUS", code: "161", goldstein: -4,
            sentence: "The United States expelled 35 Russian diplomats.")
        let answer = F.event(
            "2017-01-20", "RUSGOV", "USA", code: "161", goldstein: -4,
            sentence: "Russia expelled 35 American diplomats in response.")
        let lone = F.event(
            "2017-05-01", "USA", "RUS", code: "163", goldstein: -8,
            sentence: "Washington imposed new sanctions on Moscow.")
        let late = F.event("2017-06-15", "RUS", "USA", code: "163", goldstein: -8)  // 45 days later
        let r = try F.report(Self.noise(seed: 4) + [expel, answer, lone, late])
        let pairs = r.reciprocity.pairs
        #expect(pairs.count == 1)
        let pair = try #require(pairs.first)
        #expect(pair.kind == .downgrade && pair.move.id == expel.id && pair.answer.id == answer.id)
        #expect(pair.phrase == "diplomatic downgrade answered by diplomatic downgrade" && !pair.jointReport)
        #expect(pair.lagDays == 22 && pair.sameCode)
        #expect(pair.answer.sentence == "Russia expelled 35 American diplomats in response.")
        #expect(!pairs.contains { $0.move.id == lone.id || $0.answer.id == lone.id })

        let wider = try F.report(Self.noise(seed: 4) + [expel, answer, lone, late]) { $0.titForTatWindow = 60 }
        #expect(wider.reciprocity.pairs.contains { $0.move.id == lone.id && $0.answer.id == late.id })
    }

    @Test("release for release is a concession pair, and an answer is used once")
    func concessions() throws {
        let release = F.event("2017-03-01", "USA", "RUS", code: "0841", goldstein: 7)
        let ease = F.event("2017-03-02", "RUS", "USA", code: "085", goldstein: 7)
        let releaseBack = F.event("2017-03-03", "RUS", "USA", code: "0841", goldstein: 7)
        let second = F.event("2017-03-04", "USA", "RUS", code: "0841", goldstein: 7)
        let r = try F.report([release, ease, releaseBack, second])
        let pairs = r.reciprocity.pairs
        #expect(pairs.count == 2)
        #expect(pairs[0].move.id == release.id && pairs[0].answer.id == releaseBack.id && pairs[0].kind == .concession)
        #expect(pairs[1].move.id == ease.id && pairs[1].answer.id == second.id && !pairs[1].sameCode)
    }

    @Test("the same move reported twice is one move, and one side's moves never pair")
    func duplicates() throws {
        let first = F.event("2017-03-01", "USA", "RUS", code: "163", goldstein: -8)
        let again = F.event("2017-03-01", "USAGOV", "RUS", code: "163", goldstein: -8)
        let own = F.event("2017-03-05", "USA", "RUS", code: "163", goldstein: -8)
        let answer = F.event("2017-03-10", "RUS", "USA", code: "172", goldstein: -5)
        let r = try F.report([first, again, own, answer])
        #expect(r.reciprocity.pairs.count == 1)
        #expect(r.reciprocity.pairs.first?.answer.id == answer.id)
        #expect(MoveKind(code: "1663") == .expulsion && MoveKind(code: "0841") == .concession)
        #expect(MoveKind.downgrade.isAnswered(by: .expulsion) && !MoveKind.sanction.isAnswered(by: .threat))
        #expect(MoveKind(code: "042") == nil && MoveKind(code: "") == nil)
    }

    @Test("diplomats expelled under 161 are answered by deportations under 174, but same-kind answers come first")
    func matchingKinds() throws {
        let expel = F.event("2018-03-26", "USA", "RUS", code: "161", goldstein: -4)
        let deport = F.event("2018-03-29", "RUS", "USA", code: "174", goldstein: -5)
        let closes = F.event("2018-03-30", "RUS", "USA", code: "161", goldstein: -4)
        let r = try F.report([expel, deport, closes])
        #expect(r.reciprocity.pairs.count == 1)
        #expect(r.reciprocity.pairs.first?.answer.id == closes.id)
        let onlyDeport = try F.report([expel, deport])
        #expect(onlyDeport.reciprocity.pairs.first?.phrase == "diplomatic downgrade answered by expulsion")
    }

    @Test("a joint act reported in one sentence is flagged")
    func joint() throws {
        let json = { (s: String, t: String) in
            F.event(
                "2019-09-07", s, t, code: "0841", goldstein: 7,
                sentence: "The two countries exchanged prisoners.", id: "swap-\(s)")
        }
        var a = json("USA", "RUS"), b = json("RUS", "USA")
        b.doc = a.doc
        a.doc = b.doc
        let pair = try #require(try F.report([a, b]).reciprocity.pairs.first)
        #expect(pair.jointReport && pair.kind == .concession)
    }
}
