import LeadBenchData
import LeadBenchExperiment

/// L2-regularised logistic regression over the as-of features (DESIGN §3): the probability that the
/// lead converts, sigmoid(b + w·x).
public struct LogisticScoringModel: FeatureRowModel {
    public let name: String
    public var kind: ModelSpec.Kind { .logistic }
    public let features: CompiledFeatures
    public let regression: LogisticRegression

    /// Fits the model on `training`, learning its features first.
    public init(_ spec: ModelSpec, training: TrainingSet, data: ScoringData) throws(ModelError) {
        try self.init(spec, training: training, data: data, learned: nil)
    }

    /// Fits the model on `training`, from `learned` when its features were learned already (for
    /// another model with the same feature settings).
    init(_ spec: ModelSpec, training: TrainingSet, data: ScoringData, learned: TrainingFeatures?) throws(ModelError) {
        guard case .logistic(let config) = spec.configuration else {
            throw ModelError(model: spec.name, message: "is not a logistic model")
        }
        try training.check(model: spec.name)
        let learned = learned ?? TrainingFeatures(config.features, training: training, data: data)
        do {
            regression = try LogisticRegression.fit(
                learned.matrix, labels: training.labels, l2: config.l2, maxIterations: config.maxIterations, tolerance: config.tolerance)
        } catch {
            throw ModelError(model: spec.name, message: error.description)
        }
        name = spec.name
        features = learned.features
    }

    /// A saved model read back against `data`.
    public init(name: String, space: FeatureSpace, regression: LogisticRegression, data: ScoringData) {
        self.name = name
        features = CompiledFeatures(space, data: data)
        self.regression = regression
    }

    func probability(_ row: UnsafeBufferPointer<Double>) -> Double { regression.probability(row) }

    /// The log-odds over the leading columns added once: each score continues from them.
    func passScorer(_ row: UnsafeBufferPointer<Double>, fixedColumns: Int) -> (UnsafeBufferPointer<Double>) -> Double {
        let regression = regression
        let leading = regression.logOdds(row, over: 0..<fixedColumns, from: regression.intercept)
        let columns = fixedColumns..<regression.coefficients.count
        return { row in StableLogistic.sigmoid(regression.logOdds(row, over: columns, from: leading)) }
    }

    func contributions(_ row: [Double]) -> [Double] { regression.contributions(row) }

    /// Every change of a feature moves a logistic score.
    var momentSplits: MomentSplits? { nil }
}
