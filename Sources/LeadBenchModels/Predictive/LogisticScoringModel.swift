import LeadBenchData
import LeadBenchExperiment

/// L2-regularised logistic regression over the as-of features (DESIGN §3): the probability that the
/// lead converts, sigmoid(b + w·x).
public struct LogisticScoringModel: ScoringModel {
    public let name: String
    public var kind: ModelSpec.Kind { .logistic }
    public let features: CompiledFeatures
    public let regression: LogisticRegression

    /// Fits the model on `training`, learning its features first.
    public init(_ spec: ModelSpec, training: TrainingSet, data: ScoringData) throws(ModelError) {
        guard case .logistic(let config) = spec.configuration else {
            throw ModelError(model: spec.name, message: "is not a logistic model")
        }
        try training.check(model: spec.name)
        let space = FeatureSpace.fit(config.features, training: training.views, data: data)
        let features = CompiledFeatures(space, data: data)
        do {
            regression = try LogisticRegression.fit(
                features.matrix(training.views), labels: training.labels, l2: config.l2,
                maxIterations: config.maxIterations, tolerance: config.tolerance)
        } catch {
            throw ModelError(model: spec.name, message: error.description)
        }
        name = spec.name
        self.features = features
    }

    /// A saved model read back against `data`.
    public init(name: String, space: FeatureSpace, regression: LogisticRegression, data: ScoringData) {
        self.name = name
        features = CompiledFeatures(space, data: data)
        self.regression = regression
    }

    public func score(_ view: LeadView) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, features.count)) { row in
            features.fill(view, into: row)
            return regression.probability(UnsafeBufferPointer(row))
        }
    }

    /// The features with the largest shares of the log-odds, wⱼxⱼ.
    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        var row = [Double](repeating: 0, count: features.count)
        row.withUnsafeMutableBufferPointer { features.fill(view, into: $0) }
        let shares = regression.contributions(row)
        return ScoreReason.top(zip(features.space.names, shares).map { ScoreReason(label: $0, contribution: $1) }, limit: limit)
    }

    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        firstMomentAtChanges(reaching: threshold, lead: lead, from: start, through: end, data: data, windowsDays: features.windowsDays)
    }
}
