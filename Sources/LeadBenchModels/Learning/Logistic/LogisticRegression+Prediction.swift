import Foundation

extension LogisticRegression {
    /// z = b + w·x, the log-odds of conversion for one row of features (in the fitted column order).
    public func logOdds(_ row: some Collection<Double>) -> Double {
        precondition(row.count == coefficients.count, "A row has \(coefficients.count) features, not \(row.count).")
        var z = intercept
        for (weight, value) in zip(coefficients, row) { z += weight * value }
        return z
    }

    /// The running sum of ``logOdds(_:)`` continued from `z` over `columns` of `row`: `z + wⱼxⱼ` for
    /// each column `j` in order. `logOdds(row)` is this over every column from `z = b`, so a sum cut at
    /// any column and continued from the first part's result gives the same bits — a pass over moments
    /// in which only the trailing columns move adds the leading ones once.
    func logOdds(_ row: UnsafeBufferPointer<Double>, over columns: Range<Int>, from z: Double) -> Double {
        coefficients.withUnsafeBufferPointer { weights in
            var z = z
            for j in columns { z += weights[j] * row[j] }
            return z
        }
    }

    /// P(convert | x) = sigmoid(b + w·x) = 1 / (1 + e^{−z}), computed without overflow for any z.
    public func probability(_ row: some Collection<Double>) -> Double {
        StableLogistic.sigmoid(logOdds(row))
    }

    /// ``probability(_:)`` for every row of `x`, whose columns must be the fitted features.
    public func probabilities(_ x: FeatureMatrix) -> [Double] {
        precondition(x.columnCount == coefficients.count, "The matrix has \(x.columnCount) columns; the model \(coefficients.count) features.")
        return (0..<x.rowCount).map { probability(x.row($0)) }
    }

    /// Each feature's contribution wⱼxⱼ to the log-odds, for explaining a score ("why is this lead
    /// hot?"): ``intercept`` plus their sum is ``logOdds(_:)`` (to rounding).
    public func contributions(_ row: some Collection<Double>) -> [Double] {
        precondition(row.count == coefficients.count, "A row has \(coefficients.count) features, not \(row.count).")
        return zip(coefficients, row).map { $0 * $1 }
    }
}
