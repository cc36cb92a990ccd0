@testable import LeadBenchModels
import Testing

@Suite("Boosted trees: the order the trees' outputs are added in")
struct BoostedTreesLaneSumTests {
    /// A forest of single-leaf trees, one per output.
    static func forest(_ outputs: [Double], initial: Double = 0) -> GradientBoostedTrees {
        GradientBoostedTrees(
            featureNames: ["a"], parameters: BoostingParameters(), initialScore: initial,
            trees: outputs.map { RegressionTree(nodes: [RegressionTree.Node(split: nil, value: $0, count: 1, hessian: 1)]) },
            report: BoostingReport(
                treesBuilt: outputs.count, bestIteration: outputs.count, validationLosses: [], trainingRows: 1, validationRows: 0,
                stopReason: .allRoundsBuilt))
    }

    @Test("outputs are added in eight lanes, then the lanes in pairs")
    func laneOrder() {
        // Ten outputs padded to sixteen. Lane 0 adds trees 0 and 8: 1e16 + 1 = 1e16 (the 1 is below half
        // an ulp, which is 2 there); lane 1 holds 1, lane 2 −1e16, the rest 0.
        // ((1e16 + 1) + (−1e16 + 0)) + ((0 + 0) + (0 + 0)) = (1e16 − 1e16) + 0 = 0.
        // A running sum in tree order would give ((1e16 + 1) − 1e16) + 1 = 0 + 1 = 1.
        let outputs: [Double] = [1e16, 1, -1e16, 0, 0, 0, 0, 0, 1, 0]
        #expect(Self.forest(outputs).rawScore([0]) == 0)
        #expect(Self.forest(outputs, initial: 0.5).rawScore([0]) == 0.5)
        #expect(outputs.reduce(0, +) == 1)
    }

    @Test("without trees the score is the initial score; fewer than eight trees are padded with zeros")
    func padding() {
        #expect(Self.forest([]).rawScore([0]) == 0)
        #expect(Self.forest([], initial: -2.25).rawScore([0]) == -2.25)
        #expect(Self.forest([0.25, 0.5, -0.125], initial: 1).rawScore([0]) == 1.625)
        #expect(LaneSum.paddedCount(trees: 0) == 0 && LaneSum.paddedCount(trees: 1) == 8 && LaneSum.paddedCount(trees: 200) == 200)
        #expect(LaneSum.paddedCount(trees: 201) == 208)
    }
}

extension BoostedTreesLaneSumTests {
    @Test("the flat forest reaches every tree's leaf and sums the outputs in the same order, missing values included")
    func flatForestScoresAsTheTrees() throws {
        // Feature 1 is missing for one row in ten.
        let (x, labels) = BoostedTreesBehaviourTests.problem(rows: 600, seed: 3)
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: BoostingParameters(trees: 37, leaves: 15, minDataInLeaf: 5))
        let forest = FlatForest(model.trees)
        for row in 0..<x.rowCount {
            let values = Array(x.row(row))
            let flat = values.withUnsafeBufferPointer { model.initialScore + forest.outputSum($0) }
            #expect(flat == model.rawScore(values))
        }
    }
}
