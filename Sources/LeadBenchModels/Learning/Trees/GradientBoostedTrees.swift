/// A binary classifier of boosted regression trees on the log-odds scale, trained as LightGBM's
/// `objective=binary` trains it: see ``fit(_:labels:parameters:weights:)``.
///
/// rawScore(x) = initialScore + Σₜ treeₜ(x), and probability(x) = σ(rawScore(x)) = 1/(1+e^(−rawScore)).
/// Missing feature values are NaN; each split sends them the way that was best in training.
///
/// A value type of plain numbers, so a trained model can be saved as JSON and read back unchanged.
///
/// ## Agreement with LightGBM
/// The algorithm is LightGBM's (histograms, leaf-wise growth, learned missing-value direction, the same
/// gain, leaf values and initial score), and `Scripts/golden/trees_golden.py` checks it: where the bins
/// coincide, a first tree equals LightGBM's to 1e-8; on continuous data the test AUC and log loss agree
/// closely. Trees still differ in places, on purpose:
/// - bin boundaries of features with more distinct values than bins follow this type's quantile rule,
///   not LightGBM's greedy one, and a boundary next to zero is midway (0.5 between 0 and 1) where
///   LightGBM puts it at 1e-35;
/// - `minDataInLeaf` counts rows exactly; LightGBM estimates counts from hessian sums, so it may leave
///   fewer rows in a leaf or refuse a valid split;
/// - every feature is searched in every leaf; LightGBM skips a feature in all descendants of a leaf
///   where it had no positive-gain split, missing interactions that appear deeper;
/// - a split node with no missing training values sends missing values to its larger side;
///   LightGBM sends them left (or, for a feature without missing values in training, treats them as 0).
///
///     let model = try GradientBoostedTrees.fit(x, labels: converted, parameters: .init(trees: 200))
///     let p = model.probability(x.row(0))
public struct GradientBoostedTrees: Sendable, Codable, Equatable {
    /// The training matrix's column names: a row passed to the model has one value per name, in order.
    public let featureNames: [String]
    /// The parameters the model was trained with.
    public let parameters: BoostingParameters
    /// ln(p̄/(1−p̄)) for the (weighted) positive rate p̄ of the training rows: the score before any tree
    /// (LightGBM's `boost_from_average`).
    public let initialScore: Double
    /// The trees kept, in boosting order.
    public let trees: [RegressionTree]
    /// How training went.
    public let report: BoostingReport

    public init(
        featureNames: [String], parameters: BoostingParameters, initialScore: Double, trees: [RegressionTree],
        report: BoostingReport
    ) {
        self.featureNames = featureNames
        self.parameters = parameters
        self.initialScore = initialScore
        self.trees = trees
        self.report = report
    }

    /// The log-odds initialScore + Σₜ treeₜ(row), the trees' outputs added in lanes (``LaneSum``);
    /// `row` has one value per feature, NaN for missing.
    public func rawScore(_ row: some Collection<Double>) -> Double {
        precondition(row.count == featureNames.count, "A row has \(featureNames.count) values, not \(row.count).")
        return withRowBuffer(row) { rawScore(buffer: $0) }
    }

    /// σ(rawScore(row)): the predicted probability that the lead converts.
    public func probability(_ row: some Collection<Double>) -> Double {
        LogLoss.sigmoid(rawScore(row))
    }

    /// ``rawScore(_:)`` of every row of `x`.
    public func rawScores(_ x: FeatureMatrix) -> [Double] {
        precondition(x.columnCount == featureNames.count, "The matrix has \(x.columnCount) columns, not \(featureNames.count).")
        let width = x.columnCount
        return x.values.withUnsafeBufferPointer { values in
            (0..<x.rowCount).map { row in
                rawScore(buffer: UnsafeBufferPointer(rebasing: values[row * width..<(row + 1) * width]))
            }
        }
    }

    /// ``probability(_:)`` of every row of `x`.
    public func probabilities(_ x: FeatureMatrix) -> [Double] {
        rawScores(x).map(LogLoss.sigmoid)
    }

    func rawScore(buffer: UnsafeBufferPointer<Double>) -> Double {
        initialScore + LaneSum.total(trees: trees.count) { trees[$0].output(for: buffer) }
    }
}

/// Calls `body` with `row`'s values in contiguous memory, copying them only when they are not already.
@inline(__always)
func withRowBuffer<Result>(
    _ row: some Collection<Double>, _ body: (UnsafeBufferPointer<Double>) -> Result
) -> Result {
    if let result = row.withContiguousStorageIfAvailable(body) { return result }
    return Array(row).withUnsafeBufferPointer(body)
}
