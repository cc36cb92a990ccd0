/// Checks of the boosted-trees learner's training data, in the order the errors are reported: shape,
/// rows, values, weights, classes.
enum BoostingInput {
    static func check(_ x: FeatureMatrix, labels: [Bool], weights: [Double]?) throws(LearningError) {
        guard x.columnCount > 0 else { throw .noColumns() }
        guard labels.count == x.rowCount else {
            throw .lengthMismatch("labels", count: labels.count, rows: x.rowCount)
        }
        if let weights, weights.count != x.rowCount {
            throw .lengthMismatch("sample weights", count: weights.count, rows: x.rowCount)
        }
        guard x.rowCount > 0 else { throw .noRows() }
        // NaN is a missing value; only infinities are refused.
        if let index = x.values.firstIndex(where: { $0.isInfinite }) {
            let column = index % x.columnCount
            throw .infiniteValue(
                row: index / x.columnCount, column: column, name: x.columnNames[column], value: x.values[index])
        }
        if let weights, let row = weights.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw .invalidWeight(row: row, value: weights[row])
        }
        var positives = 0
        var negatives = 0
        for row in labels.indices where (weights?[row] ?? 1) > 0 {
            if labels[row] { positives += 1 } else { negatives += 1 }
        }
        guard positives + negatives > 0 else { throw .allWeightsZero(rows: x.rowCount) }
        guard positives > 0, negatives > 0 else { throw .singleClass(positives: positives, negatives: negatives) }
    }
}
