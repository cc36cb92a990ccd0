/// The boosted-trees learner's errors, built in one place so that their wording and kinds can be
/// changed together.
extension LearningError {
    static func noRows() -> LearningError {
        LearningError(
            .emptyTrainingSet, message: "the training set has no rows",
            hint: "check that the training window contains leads with a known outcome")
    }

    static func noColumns() -> LearningError {
        LearningError(
            .emptyTrainingSet, message: "the feature matrix has no columns",
            hint: "select at least one feature for the model")
    }

    static func allWeightsZero(rows: Int) -> LearningError {
        LearningError(
            .emptyTrainingSet, message: "every one of the \(rows) rows has sample weight 0",
            hint: "give the rows to train on a positive weight")
    }

    static func singleClass(positives: Int, negatives: Int) -> LearningError {
        LearningError(
            .singleClass(positives: positives, negatives: negatives),
            message: "only one class in the training set: \(positives) converted and \(negatives) not converted",
            hint: "a model needs both outcomes to learn from; widen the training window or check the outcome mapping")
    }

    static func lengthMismatch(_ what: String, count: Int, rows: Int) -> LearningError {
        let detail = "there are \(count) \(what) for \(rows) feature rows"
        return LearningError(
            .shapeMismatch, message: detail,
            hint: "pass one entry per row of the feature matrix, in the same order")
    }

    static func infiniteValue(row: Int, column: Int, name: String, value: Double) -> LearningError {
        LearningError(
            .nonFiniteValue(row: row, column: column),
            message: "feature \"\(name)\" (column \(column)) of row \(row) is \(value)",
            hint: "boosted trees take NaN as a missing value, but not infinities: clip them or check for a "
                + "division by zero in feature preparation")
    }

    static func invalidWeight(row: Int, value: Double) -> LearningError {
        let detail = "the sample weight of row \(row) is \(value)"
        return LearningError(
            .invalidWeight(row: row), message: detail, hint: "sample weights must be finite and not negative")
    }

    /// A setting out of range: `detail` says which, and its value and range.
    static func invalidSetting(_ detail: String, hint: String) -> LearningError {
        LearningError(.invalidParameter(name: detail), message: detail, hint: hint)
    }
}
