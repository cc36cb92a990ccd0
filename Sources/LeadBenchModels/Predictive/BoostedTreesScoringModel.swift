import LeadBenchData
import LeadBenchExperiment

/// Histogram-based gradient-boosted trees over the as-of features (DESIGN §3): the probability that
/// the lead converts.
public struct BoostedTreesScoringModel: ScoringModel {
    public let name: String
    public var kind: ModelSpec.Kind { .boostedTrees }
    public let features: CompiledFeatures
    public let trees: GradientBoostedTrees

    /// Fits the model on `training`, learning its features first; `seed` drives the early-stopping
    /// hold-out.
    public init(_ spec: ModelSpec, training: TrainingSet, data: ScoringData, seed: UInt64) throws(ModelError) {
        guard case .boostedTrees(let config) = spec.configuration else {
            throw ModelError(model: spec.name, message: "is not a boosted-trees model")
        }
        try training.check(model: spec.name)
        let space = FeatureSpace.fit(config.features, training: training.views, data: data)
        let features = CompiledFeatures(space, data: data)
        let parameters = BoostingParameters(
            trees: config.trees, learningRate: config.learningRate, leaves: config.leaves, maxDepth: config.maxDepth,
            minDataInLeaf: config.minDataInLeaf, l2: config.l2, bins: config.bins,
            earlyStoppingRounds: config.earlyStoppingRounds, validationFraction: config.validationFraction, seed: seed)
        do {
            trees = try GradientBoostedTrees.fit(features.matrix(training.views), labels: training.labels, parameters: parameters)
        } catch {
            throw ModelError(model: spec.name, message: error.description)
        }
        name = spec.name
        self.features = features
    }

    /// A saved model read back against `data`.
    public init(name: String, space: FeatureSpace, trees: GradientBoostedTrees, data: ScoringData) {
        self.name = name
        features = CompiledFeatures(space, data: data)
        self.trees = trees
    }

    public func score(_ view: LeadView) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, features.count)) { row in
            features.fill(view, into: row)
            return trees.probability(UnsafeBufferPointer(row))
        }
    }

    /// The features with the largest shares of the raw score along the lead's paths through the trees.
    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        var row = [Double](repeating: 0, count: features.count)
        row.withUnsafeMutableBufferPointer { features.fill(view, into: $0) }
        let shares = trees.contributions(row)
        return ScoreReason.top(zip(features.space.names, shares).map { ScoreReason(label: $0, contribution: $1) }, limit: limit)
    }

    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        firstMomentAtChanges(reaching: threshold, lead: lead, from: start, through: end, data: data, windowsDays: features.windowsDays)
    }
}
