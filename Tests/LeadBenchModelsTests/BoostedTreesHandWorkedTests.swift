import Foundation
import LeadBenchData
import LeadBenchModels
import Testing

/// Small cases whose trees can be worked out by hand.
@Suite("Boosted trees: hand-worked cases")
struct BoostedTreesHandWorkedTests {
    /// x = 1…10, converted when x > 6: four positives in ten.
    static let step = (
        x: FeatureMatrix(columnNames: ["x"], values: (1...10).map(Double.init)),
        labels: (1...10).map { $0 > 6 })

    @Test("a step function is one split with leaf values −G/(H+λ)·η")
    func stepFunction() throws {
        let parameters = BoostingParameters(trees: 1, learningRate: 0.1, leaves: 2, minDataInLeaf: 1, l2: 1)
        let model = try GradientBoostedTrees.fit(Self.step.x, labels: Self.step.labels, parameters: parameters)

        // p̄ = 0.4, so every row starts at ln(0.4/0.6), with g = p̄ − y and h = p̄(1 − p̄) = 0.24.
        #expect(abs(model.initialScore - log(0.4 / 0.6)) < 1e-15)
        let tree = try #require(model.trees.first)
        #expect(tree.nodes.count == 3)
        let split = try #require(tree.nodes[0].split)
        #expect(split.feature == 0)
        #expect(split.threshold == 6.5)
        // Left: six negatives, G = 6·0.4 = 2.4, H = 6·0.24 = 1.44. Right: four positives, G = 4·(−0.6) =
        // −2.4, H = 0.96. Root: G = 0.
        let left = tree.nodes[split.left]
        let right = tree.nodes[split.right]
        #expect(abs(left.value - (-2.4 / (1.44 + 1) * 0.1)) < 1e-12)
        #expect(abs(right.value - (2.4 / (0.96 + 1) * 0.1)) < 1e-12)
        #expect(abs(tree.nodes[0].value) < 1e-12)
        #expect(left.count == 6 && right.count == 4)
        #expect(abs(left.hessian - 1.44) < 1e-12 && abs(right.hessian - 0.96) < 1e-12)
        // gain = 2.4²/2.44 + 2.4²/1.96 − 0²/3.4
        #expect(abs(split.gain - (2.4 * 2.4 / 2.44 + 2.4 * 2.4 / 1.96)) < 1e-9)
        // No missing value in training: missing values go with the larger side (six rows, left).
        #expect(split.missingGoesLeft)

        #expect(abs(model.rawScore([3]) - (log(0.4 / 0.6) - 0.24 / 2.44)) < 1e-12)
        #expect(abs(model.rawScore([6.5]) - model.rawScore([1])) < 1e-15)
        #expect(abs(model.rawScore([6.6]) - (log(0.4 / 0.6) + 0.24 / 1.96)) < 1e-12)
        #expect(model.rawScore([Double.nan]) == model.rawScore([1]))
    }

    @Test("with room for 31 leaves a step function still grows two-leaf trees, and is learned exactly")
    func stepFunctionManyLeaves() throws {
        let parameters = BoostingParameters(trees: 100, learningRate: 0.3, leaves: 31, minDataInLeaf: 1, l2: 1)
        let model = try GradientBoostedTrees.fit(Self.step.x, labels: Self.step.labels, parameters: parameters)
        #expect(model.trees.count == 100)
        for tree in model.trees {
            #expect(tree.leafCount == 2)
            #expect(tree.nodes[0].split?.threshold == 6.5)
        }
        let p = model.probabilities(Self.step.x)
        for (probability, label) in zip(p, Self.step.labels) {
            #expect(label ? probability > 0.99 : probability < 0.01)
        }
    }

    @Test("missing values go to the side whose labels they share")
    func missingRoutedToBetterSide() throws {
        // x = 1…40, converted when x > 20; 16 rows with x missing, all converted (or none).
        for missingConverted in [true, false] {
            var values = (1...40).map(Double.init)
            var labels = (1...40).map { $0 > 20 }
            values += Array(repeating: .nan, count: 16)
            labels += Array(repeating: missingConverted, count: 16)
            let x = FeatureMatrix(columnNames: ["x"], values: values)
            let parameters = BoostingParameters(trees: 1, leaves: 2, minDataInLeaf: 5)
            let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters)
            let split = try #require(model.trees.first?.nodes[0].split)
            #expect(split.threshold == 20.5)
            #expect(split.missingGoesLeft == !missingConverted)
            #expect(model.rawScore([Double.nan]) == model.rawScore([missingConverted ? 30 : 10]))
        }
    }

    @Test("when only missingness is informative, the split is every value left, missing right")
    func missingVersusValues() throws {
        // Leads with a value are converted 3 in 10 whatever the value (0…3); leads without one, 3 in 4.
        let values = (0..<40).map { Double($0 % 4) } + Array(repeating: .nan, count: 40)
        let labels = (0..<40).map { ($0 / 4) % 4 == 0 } + (0..<40).map { $0 % 4 != 0 }
        let x = FeatureMatrix(columnNames: ["x"], values: values)
        let model = try GradientBoostedTrees.fit(
            x, labels: labels, parameters: BoostingParameters(trees: 1, leaves: 2, minDataInLeaf: 5))
        let tree = try #require(model.trees.first)
        let split = try #require(tree.nodes[0].split)
        #expect(split.threshold == .greatestFiniteMagnitude)
        #expect(!split.missingGoesLeft)
        #expect(tree.nodes[split.left].count == 40 && tree.nodes[split.right].count == 40)
        #expect(model.probability([Double.nan]) > model.probability([2]))
        #expect(model.probability([1e300]) == model.probability([2]))
    }

    @Test("ties go to the lower feature index")
    func tieBreaking() throws {
        // Columns a and b are identical, so every split on one has a twin of equal gain on the other.
        let (x, labels) = {
            var rng = SplitMix64(seed: 9)
            var x = FeatureMatrix(columnNames: ["noise", "a", "b"])
            var labels: [Bool] = []
            for _ in 0..<500 {
                let a = (rng.nextUnit() * 20).rounded()
                x.appendRow([0, a, a])
                labels.append(rng.nextUnit() < (a > 12 ? 0.7 : 0.2))
            }
            return (x, labels)
        }()
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: BoostingParameters(trees: 10))
        let splits = model.trees.flatMap { $0.nodes.compactMap(\.split) }
        #expect(!splits.isEmpty)
        #expect(splits.allSatisfy { $0.feature == 1 })
    }

    @Test("maxDepth caps depth, leaves caps leaves, minDataInLeaf bounds every leaf")
    func treeShapeLimits() throws {
        var rng = SplitMix64(seed: 3)
        var x = FeatureMatrix(columnNames: ["a", "b", "c"])
        var labels: [Bool] = []
        for _ in 0..<2_000 {
            let row = [rng.nextUnit(), rng.nextUnit(), rng.nextUnit()]
            x.appendRow(row)
            labels.append(rng.nextUnit() < 0.2 + 0.6 * row[0] * row[1])
        }
        let parameters = BoostingParameters(trees: 10, leaves: 31, maxDepth: 3, minDataInLeaf: 40)
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters)
        for tree in model.trees {
            #expect(tree.leafCount <= 8)
            #expect(depth(of: tree) <= 3)
            #expect(tree.nodes.allSatisfy { $0.split != nil || $0.count >= 40 })
        }
        let narrow = try GradientBoostedTrees.fit(
            x, labels: labels, parameters: BoostingParameters(trees: 5, leaves: 5, minDataInLeaf: 40))
        #expect(narrow.trees.allSatisfy { $0.leafCount == 5 })
    }

    private func depth(of tree: RegressionTree, node: Int = 0) -> Int {
        guard let split = tree.nodes[node].split else { return 0 }
        return 1 + max(depth(of: tree, node: split.left), depth(of: tree, node: split.right))
    }
}
