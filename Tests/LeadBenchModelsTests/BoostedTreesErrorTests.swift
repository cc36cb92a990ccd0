import Foundation
import LeadBenchModels
import Testing

@Suite("Boosted trees: errors")
struct BoostedTreesErrorTests {
    static let x = FeatureMatrix(columnNames: ["a", "b"], values: [1, 2, 3, 4, 5, 6, 7, 8])
    static let labels = [true, false, true, false]

    private func fitError(
        _ x: FeatureMatrix = x, labels: [Bool] = labels, parameters: BoostingParameters = .init(),
        weights: [Double]? = nil
    ) -> LearningError? {
        do {
            _ = try GradientBoostedTrees.fit(x, labels: labels, parameters: parameters, weights: weights)
            return nil
        } catch {
            return error
        }
    }

    @Test("no rows, or no weight on any row, is an empty training set")
    func empty() throws {
        let error = try #require(fitError(FeatureMatrix(columnNames: ["a"]), labels: []))
        #expect(error.kind == .emptyTrainingSet)
        #expect(error.description.contains("hint:"))
        #expect(fitError(FeatureMatrix(columnNames: []), labels: [])?.kind == .emptyTrainingSet)
        #expect(fitError(weights: [0, 0, 0, 0])?.kind == .emptyTrainingSet)
    }

    @Test("one class only, counting rows that carry weight")
    func singleClass() throws {
        let error = try #require(fitError(labels: [true, true, true, true]))
        #expect(error.kind == .singleClass(positives: 4, negatives: 0))
        #expect(error.description.contains("hint:"))
        #expect(fitError(weights: [1, 0, 1, 0])?.kind == .singleClass(positives: 2, negatives: 0))
    }

    @Test("labels or weights of the wrong length")
    func shapeMismatch() throws {
        let error = try #require(fitError(labels: [true, false]))
        guard case .shapeMismatch = error.kind else { Issue.record("got \(error.kind)"); return }
        #expect(error.message.contains("2 labels for 4"))
        let weights = try #require(fitError(weights: [1, 1, 1]))
        guard case .shapeMismatch = weights.kind else { Issue.record("got \(weights.kind)"); return }
    }

    @Test("infinite values are refused, NaN is a missing value")
    func nonFinite() throws {
        let infinite = FeatureMatrix(columnNames: ["a", "b"], values: [1, 2, 3, .infinity, 5, 6, 7, 8])
        let error = try #require(fitError(infinite))
        #expect(error.kind == .nonFiniteValue(row: 1, column: 1))
        #expect(error.message.contains("\"b\""))
        let missing = FeatureMatrix(columnNames: ["a", "b"], values: [1, 2, 3, .nan, 5, 6, 7, 8])
        #expect(fitError(missing) == nil)
    }

    @Test("parameters out of range", arguments: [
        BoostingParameters(leaves: 1),
        BoostingParameters(trees: 0),
        BoostingParameters(learningRate: 0),
        BoostingParameters(learningRate: .nan),
        BoostingParameters(maxDepth: 0),
        BoostingParameters(minDataInLeaf: 0),
        BoostingParameters(l2: -1),
        BoostingParameters(bins: 1),
        BoostingParameters(bins: 65_536),
        BoostingParameters(earlyStoppingRounds: 0),
        BoostingParameters(earlyStoppingRounds: 5, validationFraction: 1),
        BoostingParameters(earlyStoppingRounds: 5, validationFraction: 0),
        // A hold-out of 1% of four rows holds out nothing.
        BoostingParameters(earlyStoppingRounds: 5, validationFraction: 0.01),
    ])
    func invalidParameter(_ parameters: BoostingParameters) throws {
        let error = try #require(fitError(parameters: parameters))
        guard case .invalidParameter = error.kind else { Issue.record("got \(error.kind)"); return }
        #expect(error.description.contains("hint:"))
    }

    @Test("negative or non-finite sample weights")
    func invalidWeight() throws {
        for bad in [-1, Double.nan, .infinity] {
            let error = try #require(fitError(weights: [1, bad, 1, 1]))
            guard case .invalidWeight = error.kind else { Issue.record("got \(error.kind)"); return }
            #expect(error.message.contains("row 1"))
        }
    }

    @Test("parameters decode with defaults for absent keys")
    func parameterDefaults() throws {
        let json = #"{"trees": 50, "maxDepth": 4}"#
        let decoded = try JSONDecoder().decode(BoostingParameters.self, from: Data(json.utf8))
        #expect(decoded == BoostingParameters(trees: 50, maxDepth: 4))
    }
}
