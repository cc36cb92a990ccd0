/// Training data that has passed validation: one label and one finite, non-negative weight per row,
/// finite features, and both classes present among the rows that carry weight.
struct LogisticTrainingSet: Sendable {
    /// Row-major features: row `i`, column `j` is `values[i * columns + j]`.
    let values: [Double]
    let rows: Int
    let columns: Int
    let labels: [Bool]
    /// Per-row sample weights sᵢ (all 1 when none were given).
    let weights: [Double]
    /// Σᵢ sᵢ.
    let totalWeight: Double
    /// Σᵢ sᵢ yᵢ.
    let positiveWeight: Double

    /// Validates and captures the inputs of a fit.
    ///
    /// - Throws: ``LearningError`` of kind `.emptyTrainingSet`, `.shapeMismatch`, `.nonFiniteValue`,
    ///   `.invalidWeight` or `.singleClass`, checked in that order.
    init(_ x: FeatureMatrix, labels: [Bool], weights: [Double]?) throws(LearningError) {
        guard x.columnCount > 0 else {
            throw LearningError(
                .emptyTrainingSet, message: "the feature matrix has no columns",
                hint: "select at least one feature for the model")
        }
        guard labels.count == x.rowCount else {
            throw LearningError(
                .shapeMismatch, message: "there are \(labels.count) labels for \(x.rowCount) feature rows",
                hint: "pass one label per row of the feature matrix, in the same order")
        }
        if let weights, weights.count != x.rowCount {
            throw LearningError(
                .shapeMismatch, message: "there are \(weights.count) sample weights for \(x.rowCount) feature rows",
                hint: "pass one weight per row of the feature matrix, or none for equal weights")
        }
        guard x.rowCount > 0 else {
            throw LearningError(
                .emptyTrainingSet, message: "the training set has no rows",
                hint: "check that the training window contains leads with a known outcome")
        }
        if let index = x.values.firstIndex(where: { !$0.isFinite }) {
            let row = index / x.columnCount
            let column = index % x.columnCount
            throw LearningError(
                .nonFiniteValue(row: row, column: column),
                message: "feature \"\(x.columnNames[column])\" (column \(column)) of row \(row) is \(x.values[index])",
                hint: "impute missing values (and add a missing-flag column) before training; check for a division by zero in feature preparation")
        }
        let weights = weights ?? Array(repeating: 1, count: x.rowCount)
        if let row = weights.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw LearningError(
                .invalidWeight(row: row), message: "the sample weight of row \(row) is \(weights[row])",
                hint: "sample weights must be finite and not negative")
        }
        var positives = 0
        var negatives = 0
        var totalWeight = 0.0
        var positiveWeight = 0.0
        for (label, weight) in zip(labels, weights) where weight > 0 {
            totalWeight += weight
            if label {
                positives += 1
                positiveWeight += weight
            } else {
                negatives += 1
            }
        }
        guard positives + negatives > 0 else {
            throw LearningError(
                .emptyTrainingSet, message: "every one of the \(x.rowCount) rows has sample weight 0",
                hint: "give the rows to train on a positive weight")
        }
        guard positives > 0 && negatives > 0 else {
            throw LearningError(
                .singleClass(positives: positives, negatives: negatives),
                message: "only one class in the training set: \(positives) converted and \(negatives) not converted",
                hint: "a model needs both outcomes to learn from; widen the training window or check the outcome mapping")
        }
        self.values = x.values
        self.rows = x.rowCount
        self.columns = x.columnCount
        self.labels = labels
        self.weights = weights
        self.totalWeight = totalWeight
        self.positiveWeight = positiveWeight
    }
}
