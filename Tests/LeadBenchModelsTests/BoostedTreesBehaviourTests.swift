import Foundation
import LeadBenchData
import LeadBenchModels
import Testing

@Suite("Boosted trees: early stopping, contributions, determinism, persistence")
struct BoostedTreesBehaviourTests {
    /// `rows` leads with `columns` uniform features; the log-odds has a threshold effect, an interaction
    /// and a curve, and feature 1 is missing for one row in ten.
    static func problem(rows: Int, columns: Int = 5, seed: UInt64, noiseOnly: Bool = false) -> (FeatureMatrix, [Bool]) {
        var rng = SplitMix64(seed: seed)
        var x = FeatureMatrix(columnNames: (0..<columns).map { "f\($0)" })
        var labels: [Bool] = []
        for _ in 0..<rows {
            var row = (0..<columns).map { _ in rng.nextUnit() }
            let z = -1.5 + 2 * (row[0] > 0.6 ? 1 : 0) + 3 * row[1] * row[2] - 4 * (row[3] - 0.5) * (row[3] - 0.5)
            if rng.nextUnit() < 0.1 { row[1] = .nan }
            x.appendRow(row)
            let p = noiseOnly ? 0.3 : 1 / (1 + exp(-z))
            labels.append(rng.nextUnit() < p)
        }
        return (x, labels)
    }

    @Test("early stopping stops after `earlyStoppingRounds` rounds without improvement and keeps the best")
    func earlyStopping() throws {
        // Labels are pure noise: deep trees with a high learning rate overfit from the first rounds.
        let (x, labels) = Self.problem(rows: 1_000, seed: 11, noiseOnly: true)
        let parameters = BoostingParameters(
            trees: 500, learningRate: 0.3, leaves: 31, minDataInLeaf: 2, earlyStoppingRounds: 5,
            validationFraction: 0.2, seed: 7)
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters)
        let report = model.report
        #expect(report.stopReason == .earlyStopping)
        #expect(report.treesBuilt == report.bestIteration + 5)
        #expect(report.validationLosses.count == report.treesBuilt)
        #expect(model.trees.count == report.bestIteration)
        let best = try #require(report.validationLosses.min())
        #expect(report.validationLosses[report.bestIteration - 1] == best)
        #expect(report.validationLosses.firstIndex(of: best) == report.bestIteration - 1)
        #expect(report.validationRows == 200 && report.trainingRows == 800)
    }

    @Test("early stopping holds out a stratified share of each class")
    func stratifiedHoldout() throws {
        let (x, labels) = Self.problem(rows: 1_000, seed: 5)
        let positives = labels.filter { $0 }.count
        let parameters = BoostingParameters(trees: 3, earlyStoppingRounds: 10, validationFraction: 0.25, seed: 1)
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters)
        let expected = Int((0.25 * Double(positives)).rounded()) + Int((0.25 * Double(1_000 - positives)).rounded())
        #expect(model.report.validationRows == expected)
        #expect(model.report.stopReason == .allRoundsBuilt)
        #expect(model.report.validationLosses.count == 3)
        // A different seed holds out different rows: a different model.
        var other = parameters
        other.seed = 2
        #expect(try GradientBoostedTrees.fit(x, labels: labels, parameters: other) != model)
    }

    @Test("contributions sum with the bias to the raw score; the bias is the initial score plus the trees' roots")
    func contributionsSum() throws {
        let (x, labels) = Self.problem(rows: 2_000, seed: 21)
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: BoostingParameters(trees: 50))
        // The first tree starts from the base rate, where Σg = 0: its root value is 0.
        #expect(abs(model.trees[0].nodes[0].value) < 1e-12)
        #expect(abs(model.bias - model.initialScore) < 0.01)
        for row in 0..<50 {
            let c = model.contributions(x.row(row))
            #expect(c.count == 5)
            #expect(abs(model.bias + c.reduce(0, +) - model.rawScore(x.row(row))) < 1e-9)
        }
        // Feature 4 is noise and feature 0 a strong threshold: their typical contributions differ.
        let magnitudes = (0..<200).map { model.contributions(x.row($0)) }
        let meanAbs = { (f: Int) in magnitudes.reduce(0) { $0 + abs($1[f]) } / 200 }
        #expect(meanAbs(0) > 3 * meanAbs(4))
    }

    @Test("with one tree, contributions sum with the initial score to the raw score")
    func contributionsOneTree() throws {
        let (x, labels) = Self.problem(rows: 500, seed: 4)
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: BoostingParameters(trees: 1))
        for row in 0..<20 {
            let c = model.contributions(x.row(row))
            #expect(abs(model.initialScore + c.reduce(0, +) - model.rawScore(x.row(row))) < 1e-12)
        }
        let missing: [Double] = [0.9, .nan, 0.5, 0.5, 0.5]
        #expect(abs(model.bias + model.contributions(missing).reduce(0, +) - model.rawScore(missing)) < 1e-12)
    }

    @Test("fitting twice gives equal models; a JSON round trip keeps the model and its predictions")
    func determinismAndCodable() throws {
        let (x, labels) = Self.problem(rows: 3_000, seed: 8)
        let weights = (0..<3_000).map { 0.5 + Double($0 % 3) }
        let parameters = BoostingParameters(trees: 40, leaves: 15, maxDepth: 6, l2: 1, bins: 63, earlyStoppingRounds: 10)
        let first = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters, weights: weights)
        let second = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters, weights: weights)
        #expect(first == second)

        let data = try JSONEncoder().encode(first)
        let decoded = try JSONDecoder().decode(GradientBoostedTrees.self, from: data)
        #expect(decoded == first)
        #expect(decoded.probabilities(x) == first.probabilities(x))
    }

    @Test("probability, probabilities and rawScore agree; rows may be any collection")
    func predictionEntryPoints() throws {
        let (x, labels) = Self.problem(rows: 800, seed: 2)
        let model = try GradientBoostedTrees.fit(x, labels: labels, parameters: BoostingParameters(trees: 20))
        let all = model.probabilities(x)
        for row in [0, 17, 799] {
            #expect(model.probability(x.row(row)) == all[row])
            #expect(model.probability(Array(x.row(row))) == all[row])
            #expect(model.rawScore(x.row(row).lazy.map { $0 }) == model.rawScore(x.row(row)))
            #expect(abs(1 / (1 + exp(-model.rawScore(x.row(row)))) - all[row]) < 1e-15)
        }
    }

    @Test("sample weights act like repeated rows")
    func weightsAsRepetition() throws {
        let (x, labels) = Self.problem(rows: 200, seed: 13)
        let weights = (0..<200).map { Double(1 + $0 % 2) }
        var repeatedValues: [Double] = []
        var repeatedLabels: [Bool] = []
        for row in 0..<200 {
            for _ in 0..<Int(weights[row]) {
                repeatedValues.append(contentsOf: x.row(row))
                repeatedLabels.append(labels[row])
            }
        }
        let repeated = FeatureMatrix(columnNames: x.columnNames, values: repeatedValues)
        // minDataInLeaf counts rows, so keep it at 1 to make the two fits comparable; with at most 255
        // distinct values a feature, every value has its own bin, so the bins match too.
        let parameters = BoostingParameters(trees: 5, leaves: 4, minDataInLeaf: 1, bins: 255)
        let weighted = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters, weights: weights)
        let plain = try GradientBoostedTrees.fit(repeated, labels: repeatedLabels, parameters: parameters)
        #expect(abs(weighted.initialScore - plain.initialScore) < 1e-12)
        for row in 0..<20 {
            #expect(abs(weighted.rawScore(x.row(row)) - plain.rawScore(x.row(row))) < 1e-9)
        }
    }
}
