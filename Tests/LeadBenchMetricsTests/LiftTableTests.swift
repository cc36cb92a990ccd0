import LeadBenchMetrics
import Testing

/// Lift by decile, cumulative gains and capture, with ties split by fractional assignment.
@Suite("Lift by decile and cumulative gains")
struct LiftTableTests {
    @Test("without ties each decile of ten leads is one lead")
    func oneLeadPerDecile() throws {
        // scores 10 … 1, converted: the 1st and 3rd; base rate 0.2
        let scores = (1...10).reversed().map(Double.init)
        let labels = [true, false, true, false, false, false, false, false, false, false]
        let table = try LiftTable(scores: scores, labels: labels)
        #expect(table.rows.map(\.leads) == Array(repeating: 1, count: 10))
        #expect(table.lifts == [5, 0, 5, 0, 0, 0, 0, 0, 0, 0])             // rate 1 / 0.2
        #expect(table.cumulativeGains == [0.5, 0.5, 1, 1, 1, 1, 1, 1, 1, 1])
        #expect(table.rows[2].cumulativeLift == 1 / 0.3 * 1.0)             // gain 1 in the top 30 %
        #expect(table.rows.map(\.highestScore) == scores)
        #expect(table.rows.map(\.lowestScore) == scores)
    }

    @Test("a tie straddling a cut is split in proportion")
    func tieAcrossCut() throws {
        // ranks: 0.9 → [0, 1) converted; 0.8 × 3 → [1, 4), 1 of 3 converted; 0.1 → [4, 5)
        // two groups of 2.5 leads: top gets 1 + 1·(2.5 − 1)/3 = 1.5 conversions, bottom 0.5
        let table = try LiftTable(
            scores: [0.8, 0.1, 0.9, 0.8, 0.8], labels: [false, false, true, true, false], groups: 2)
        #expect(table.rows.map(\.leads) == [2.5, 2.5])
        expectClose(table.rows.map(\.conversions), [1.5, 0.5], tolerance: 1e-15)
        expectClose(table.rows.map(\.conversionRate), [0.6, 0.2], tolerance: 1e-15)
        expectClose(table.lifts, [1.5, 0.5], tolerance: 1e-15)               // base rate 0.4
        expectClose(table.cumulativeGains, [0.75, 1], tolerance: 1e-15)
        #expect(table.rows.map(\.highestScore) == [0.9, 0.8])
        #expect(table.rows.map(\.lowestScore) == [0.8, 0.1])
        expectClose(try captureRate(scores: [0.9, 0.8, 0.8, 0.1], labels: [true, false, true, false], atTopFraction: 0.5),
                    0.75, tolerance: 1e-15)
    }

    @Test("all scores tied: every decile converts at the base rate")
    func allTied() throws {
        let labels = (0..<23).map { $0 % 4 == 0 }
        let table = try LiftTable(scores: Array(repeating: 0.5, count: 23), labels: labels)
        expectClose(table.lifts, Array(repeating: 1, count: 10), tolerance: 1e-12)
        expectClose(table.cumulativeGains, (1...10).map { Double($0) / 10 }, tolerance: 1e-12)
        #expect(try RankOrderCheck(scores: Array(repeating: 0.5, count: 23), labels: labels).isMonotone)
    }

    /// (leads, conversions): a tenth or more converted, fewer, n not divisible by 10, one conversion.
    static let perfectCases = [(100, 5), (100, 10), (100, 30), (25, 2), (25, 5), (7, 3), (13, 1), (1000, 999), (31, 4)]

    @Test("a perfect ranking's first-decile lift is 1 / base rate, capped at 10", arguments: perfectCases)
    func perfectRanking(leads: Int, conversions: Int) throws {
        // converted leads score 2 (tied among themselves), the others 1 or 0 — every conversion on top
        let labels = (0..<leads).map { $0 < conversions }
        let scores = (0..<leads).map { $0 < conversions ? 2.0 : Double($0 % 2) }
        let baseRate = Double(conversions) / Double(leads)
        let expected = min(10, 1 / baseRate)
        var inputs = SeededInputs(seed: UInt64(leads * 1000 + conversions))
        for _ in 0..<5 {
            let order = inputs.permutation(leads)
            let lifts = try liftByDecile(scores: permuted(scores, by: order), labels: permuted(labels, by: order))
            expectClose(lifts[0], expected, tolerance: 1e-12, "\(leads) leads, \(conversions) converted")
        }
        // and the gains curve reaches 1 once the top fraction covers every conversion
        let gains = try cumulativeGains(scores: scores, labels: labels)
        expectClose(gains[0], min(1, 0.1 / baseRate), tolerance: 1e-12)
        #expect(gains[9] == 1)
    }

    @Test("permuting the input never changes the table", arguments: [1, 2, 3] as [UInt64])
    func orderInvariance(seed: UInt64) throws {
        var inputs = SeededInputs(seed: seed)
        let (scores, labels) = inputs.scoresAndLabels(count: 537, decimals: 1, positiveRate: 0.15)
        let table = try LiftTable(scores: scores, labels: labels)
        let check = try RankOrderCheck(scores: scores, labels: labels)
        for _ in 0..<20 {
            let order = inputs.permutation(scores.count)
            let s = permuted(scores, by: order)
            let l = permuted(labels, by: order)
            #expect(try LiftTable(scores: s, labels: l) == table)
            #expect(try RankOrderCheck(scores: s, labels: l) == check)
            #expect(try captureRate(scores: s, labels: l, atTopFraction: 0.37)
                == (try captureRate(scores: scores, labels: labels, atTopFraction: 0.37)))
        }
    }

    @Test("each decile holds exactly n/10 leads and the conversions add up")
    func conservation() throws {
        var inputs = SeededInputs(seed: 11)
        let (scores, labels) = inputs.scoresAndLabels(count: 1003, decimals: 1, positiveRate: 0.2)
        let table = try LiftTable(scores: scores, labels: labels)
        #expect(table.rows.allSatisfy { $0.leads == 100.3 })
        expectClose(table.rows.reduce(0) { $0 + $1.conversions }, Double(labels.filter { $0 }.count), tolerance: 1e-9)
        #expect(table.cumulativeGains.last == 1)
        expectClose(table.rows.last?.cumulativeLift, 1, tolerance: 1e-15)
        // capture at k/10 is the gains curve at decile k
        for k in 1...10 {
            expectClose(try captureRate(scores: scores, labels: labels, atTopFraction: Double(k) / 10),
                        table.cumulativeGains[k - 1], tolerance: 1e-12)
        }
        #expect(try captureRate(scores: scores, labels: labels, atTopFraction: 0) == 0)
    }
}
