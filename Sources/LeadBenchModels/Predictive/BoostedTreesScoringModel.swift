import LeadBenchData
import LeadBenchExperiment

/// Histogram-based gradient-boosted trees over the as-of features (DESIGN §3): the probability that
/// the lead converts.
public struct BoostedTreesScoringModel: FeatureRowModel {
    public let name: String
    public var kind: ModelSpec.Kind { .boostedTrees }
    public let features: CompiledFeatures
    public let trees: GradientBoostedTrees
    public let momentSplits: MomentSplits?
    /// The trees laid flat, for scoring a row afresh (``MomentSplits/forest``).
    private let forest: FlatForest

    /// Fits the model on `training`, learning its features first; `seed` drives the early-stopping
    /// hold-out.
    public init(_ spec: ModelSpec, training: TrainingSet, data: ScoringData, seed: UInt64) throws(ModelError) {
        try self.init(spec, training: training, data: data, seed: seed, learned: nil)
    }

    /// Fits the model on `training`, from `learned` when its features were learned already (for
    /// another model with the same feature settings).
    init(_ spec: ModelSpec, training: TrainingSet, data: ScoringData, seed: UInt64, learned: TrainingFeatures?) throws(ModelError) {
        guard case .boostedTrees(let config) = spec.configuration else {
            throw ModelError(model: spec.name, message: "is not a boosted-trees model")
        }
        try training.check(model: spec.name)
        let learned = learned ?? TrainingFeatures(config.features, training: training, data: data)
        let features = learned.features
        let parameters = BoostingParameters(
            trees: config.trees, learningRate: config.learningRate, leaves: config.leaves, maxDepth: config.maxDepth,
            minDataInLeaf: config.minDataInLeaf, l2: config.l2, bins: config.bins,
            earlyStoppingRounds: config.earlyStoppingRounds, validationFraction: config.validationFraction, seed: seed)
        do {
            trees = try GradientBoostedTrees.fit(learned.matrix, labels: training.labels, parameters: parameters)
        } catch {
            throw ModelError(model: spec.name, message: error.description)
        }
        name = spec.name
        self.features = features
        let splits = MomentSplits(trees: trees, columns: features.moment.columns)
        momentSplits = splits
        forest = splits.forest
    }

    /// A saved model read back against `data`.
    public init(name: String, space: FeatureSpace, trees: GradientBoostedTrees, data: ScoringData) {
        self.name = name
        features = CompiledFeatures(space, data: data)
        self.trees = trees
        let splits = MomentSplits(trees: trees, columns: features.moment.columns)
        momentSplits = splits
        forest = splits.forest
    }

    /// `σ(initial + Σ outputs)` from the flat forest: bit for bit ``GradientBoostedTrees/probability(_:)``.
    func probability(_ row: UnsafeBufferPointer<Double>) -> Double { LogLoss.sigmoid(trees.initialScore + forest.outputSum(row)) }

    func contributions(_ row: [Double]) -> [Double] { trees.contributions(row) }
}
