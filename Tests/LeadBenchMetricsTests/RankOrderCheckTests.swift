import LeadBenchMetrics
import Testing

@Suite("Rank-order check")
struct RankOrderCheckTests {
    @Test("lists the group that converts less than the one below it")
    func oneInversion() throws {
        // 10 leads in 5 groups of 2: converted [1,1 | 1,0 | 1,1 | 0,0 | 0,0] → rates [1, ½, 1, 0, 0]
        let scores = (1...10).reversed().map(Double.init)
        let labels = [true, true, true, false, true, true, false, false, false, false]
        let check = try RankOrderCheck(scores: scores, labels: labels, groups: 5)
        #expect(check.conversionRates == [1, 0.5, 1, 0, 0])
        #expect(check.inversions.map(\.group) == [2])
        #expect(check.inversions.map(\.rate) == [0.5])
        #expect(check.inversions.map(\.nextRate) == [1])
        #expect(check.inversions.first?.excess == 0.5)
        #expect(!check.isMonotone)
    }

    @Test("a monotone ranking has no inversions; equal rates are not inversions")
    func monotone() throws {
        let scores = (1...10).reversed().map(Double.init)
        let labels = [true, true, true, false, true, false, false, false, false, false]
        let check = try RankOrderCheck(scores: scores, labels: labels, groups: 5)
        #expect(check.conversionRates == [1, 0.5, 0.5, 0, 0])
        #expect(check.isMonotone)
    }

    @Test("a tie run spread over several deciles gives no spurious inversion")
    func tiesAcrossDeciles() throws {
        // 3 top leads (1 converted), then 94 tied leads (13 converted) that fill deciles 1–10 in pieces
        let scores = [0.9, 0.9, 0.8] + Array(repeating: 0.5, count: 94)
        let labels = [true, false, false] + (0..<94).map { $0 % 7 == 0 }
        let check = try RankOrderCheck(scores: scores, labels: labels)
        #expect(check.inversions.allSatisfy { $0.group == 1 })
        #expect(check.conversionRates.dropFirst(2).allSatisfy { abs($0 - 14.0 / 94.0) < 1e-12 })
    }
}
