import LeadBenchModels
import Testing

/// Unusable training data and settings throw a ``LearningError`` of the right kind, with a hint.
@Suite struct LogisticErrorTests {
    private func error(_ body: () throws(LearningError) -> LogisticRegression) -> LearningError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    private let x = singleFeature([0, 1, 2, 3])
    private let labels = [false, true, false, true]

    @Test func emptyTrainingSet() {
        let empty = error { () throws(LearningError) in
            try LogisticRegression.fit(FeatureMatrix(columnNames: ["visits"]), labels: [], l2: 1)
        }
        #expect(empty?.kind == .emptyTrainingSet)
        let noColumns = error { () throws(LearningError) in try LogisticRegression.fit(FeatureMatrix(columnNames: []), labels: [], l2: 1) }
        #expect(noColumns?.kind == .emptyTrainingSet)
        let weightless = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: labels, l2: 1, weights: [0, 0, 0, 0]) }
        #expect(weightless?.kind == .emptyTrainingSet)
    }

    @Test func singleClassSaysHowManyOfEachAndToWidenTheWindow() throws {
        let allConverted = try #require(error { () throws(LearningError) in try LogisticRegression.fit(x, labels: [true, true, true, true], l2: 1) })
        #expect(allConverted.kind == .singleClass(positives: 4, negatives: 0))
        #expect(allConverted.message.contains("4 converted and 0 not converted"))
        #expect(allConverted.hint.contains("widen the training window"))
        let noneConverted = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: [false, false, false, false], l2: 0) }
        #expect(noneConverted?.kind == .singleClass(positives: 0, negatives: 4))
        // Rows of weight 0 do not count: the only positive row is weightless.
        let weightedAway = error { () throws(LearningError) in
            try LogisticRegression.fit(x, labels: [false, true, false, false], l2: 1, weights: [1, 0, 1, 1])
        }
        #expect(weightedAway?.kind == .singleClass(positives: 0, negatives: 3))
    }

    @Test func labelsOrWeightsOfTheWrongLength() {
        let shortLabels = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: [true, false], l2: 1) }
        #expect(shortLabels?.kind == .shapeMismatch)
        #expect(shortLabels?.message.contains("2 labels for 4 feature rows") == true)
        let longWeights = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: labels, l2: 1, weights: [1, 1, 1, 1, 1]) }
        #expect(longWeights?.kind == .shapeMismatch)
    }

    @Test func nonFiniteFeatureNamesRowAndColumn() throws {
        var matrix = FeatureMatrix(columnNames: ["visits", "budget_z"])
        matrix.appendRow([1, 0.5])
        matrix.appendRow([2, -0.5])
        matrix.appendRow([3, .nan])
        matrix.appendRow([4, .infinity])
        let thrown = try #require(error { () throws(LearningError) in try LogisticRegression.fit(matrix, labels: labels, l2: 1) })
        #expect(thrown.kind == .nonFiniteValue(row: 2, column: 1))
        #expect(thrown.message.contains("\"budget_z\"") && thrown.message.contains("row 2"))
        #expect(thrown.description.contains("hint: impute"))
    }

    @Test func invalidWeightsAndSettings() {
        let negative = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: labels, l2: 1, weights: [1, -1, 1, 1]) }
        #expect(negative?.kind == .invalidWeight(row: 1))
        let nan = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: labels, l2: 1, weights: [1, 1, .nan, 1]) }
        #expect(nan?.kind == .invalidWeight(row: 2))
        let penalty = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: labels, l2: -1) }
        #expect(penalty?.kind == .invalidParameter(name: "l2"))
        let tolerance = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: labels, l2: 1, tolerance: 0) }
        #expect(tolerance?.kind == .invalidParameter(name: "tolerance"))
        let iterations = error { () throws(LearningError) in try LogisticRegression.fit(x, labels: labels, l2: 1, maxIterations: -1) }
        #expect(iterations?.kind == .invalidParameter(name: "maxIterations"))
    }
}
