import LeadBenchMetrics
import Testing

/// Threshold metrics, their 0/0 conventions and contacts per conversion.
@Suite("Confusion counts at a threshold")
struct ConfusionCountsTests {
    let scores = [0.1, 0.4, 0.35, 0.8]
    let labels = [false, false, true, true]

    @Test("qualified means score ≥ threshold")
    func inclusiveThreshold() throws {
        // at 0.35: 0.4, 0.35 and 0.8 qualified → TP 2 (0.35, 0.8), FP 1 (0.4); 0.1 → TN
        let counts = try ConfusionCounts(scores: scores, labels: labels, threshold: 0.35)
        #expect(counts == ConfusionCounts(truePositives: 2, falsePositives: 1, falseNegatives: 0, trueNegatives: 1))
        #expect(counts.qualified == 3)
        expectClose(counts.precision, 2.0 / 3.0, tolerance: 1e-15)
        #expect(counts.recall == 1)
        expectClose(counts.f1, 0.8, tolerance: 1e-15)                   // 2·2 / (2·2 + 1 + 0)
        expectClose(counts.lift, 4.0 / 3.0, tolerance: 1e-15)           // ⅔ / ½
        expectClose(counts.contactsPerConversion, 1.5, tolerance: 1e-15) // 3 contacted / 2 converted
        #expect(counts.baseRate == 0.5)
    }

    @Test("at 0.4 the toy example is a coin flip: lift 1")
    func coinFlip() throws {
        let counts = try ConfusionCounts(scores: scores, labels: labels, threshold: 0.4)
        #expect(counts == ConfusionCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 1))
        #expect(counts.precision == 0.5)
        #expect(counts.recall == 0.5)
        #expect(counts.f1 == 0.5)
        #expect(counts.lift == 1)
        #expect(counts.contactsPerConversion == 2)
    }

    @Test("nothing qualified: precision, lift and contacts per conversion are nil, recall and F1 are 0")
    func nothingQualified() throws {
        let counts = try ConfusionCounts(scores: scores, labels: labels, threshold: 0.9)
        #expect(counts.qualified == 0)
        #expect(counts.precision == nil)
        #expect(counts.lift == nil)
        #expect(counts.contactsPerConversion == nil)
        #expect(counts.recall == 0)
        #expect(counts.f1 == 0)   // 2·0 / (0 + 0 + 2)
        #expect(try ConfusionCounts(scores: scores, labels: labels, threshold: .infinity).qualified == 0)
        #expect(try ConfusionCounts(scores: scores, labels: labels, threshold: -.infinity).qualified == 4)
    }

    @Test("qualified but none converted: precision 0, contacts per conversion nil")
    func noHits() throws {
        let counts = try ConfusionCounts(scores: [0.9, 0.2], labels: [false, true], threshold: 0.5)
        #expect(counts.precision == 0)
        #expect(counts.lift == 0)
        #expect(counts.contactsPerConversion == nil)
        #expect(counts.f1 == 0)
    }

    @Test("no lead converted: recall, lift nil; F1 nil only when nothing is qualified either")
    func noPositives() throws {
        let some = try ConfusionCounts(scores: [0.9, 0.2], labels: [false, false], threshold: 0.5)
        #expect(some.recall == nil)
        #expect(some.baseRate == 0)
        #expect(some.lift == nil)
        #expect(some.precision == 0)
        #expect(some.f1 == 0)     // 0 / (0 + 1 + 0)
        let none = try ConfusionCounts(scores: [0.9, 0.2], labels: [false, false], threshold: 1)
        #expect(none.f1 == nil)   // 0 / 0
        #expect(none.precision == nil)
    }

    @Test("counts built by hand with no leads have no base rate")
    func emptyCounts() {
        let counts = ConfusionCounts(truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0)
        #expect(counts.baseRate == nil)
        #expect(counts.lift == nil)
        #expect(counts.f1 == nil)
    }
}
