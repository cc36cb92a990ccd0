@testable import LeadBenchMetrics
import Testing

/// ``ScoreGroups`` — each class sorted on its own and merged from the top — groups leads exactly as
/// one sort of every lead by score does: the same distinct scores, sizes and converted counts.
@Suite struct ScoreGroupsTests {
    /// The groups by definition: for each distinct score, highest first, its leads and its converted leads.
    private func byDefinition(_ scores: [Double], _ labels: [Bool]) -> (scores: [Double], sizes: [Int], positives: [Int]) {
        let distinct = Array(Set(scores)).sorted(by: >)
        return (
            distinct,
            distinct.map { s in scores.filter { $0 == s }.count },
            distinct.map { s in zip(scores, labels).filter { $0.0 == s && $0.1 }.count })
    }

    @Test func mergedClassesEqualOneSortOfEveryLead() throws {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for trial in 0..<40 {
            let n = 1 + trial * 7
            // Few distinct values, so that ties within and across the classes are common.
            let scores = (0..<n).map { _ in Double(Int(next() % 9) - 4) / 4 }
            let labels = (0..<n).map { _ in next() % 3 == 0 }
            let classes = ClassCounts(positives: labels.filter { $0 }.count, negatives: labels.filter { !$0 }.count)
            let groups = ScoreGroups(scores: scores, labels: labels, classes: classes)
            let expected = byDefinition(scores, labels)
            #expect(groups.scores == expected.scores)
            #expect(groups.sizes == expected.sizes)
            #expect(groups.positives == expected.positives)
        }
    }

    /// A negative zero ties with zero; the group keeps the first lead's zero, as one sort of every lead does.
    @Test func negativeZeroTiesWithZero() {
        let groups = ScoreGroups(
            scores: [0.5, -0.0, 0.0, -1], labels: [true, false, true, false], classes: ClassCounts(positives: 2, negatives: 2))
        #expect(groups.scores == [0.5, 0, -1])
        #expect(groups.scores[1].sign == .minus)
        #expect(groups.sizes == [1, 2, 1])
        #expect(groups.positives == [1, 1, 0])
    }
}
