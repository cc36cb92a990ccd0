import Dispatch
import LeadBenchData
import LeadBenchExperiment

/// Builds every model of an experiment against a dataset (DESIGN §3): rule-based models are compiled,
/// predictive models and hybrids learn from the training leads, and models with `rollup:` are wrapped
/// in the account rollup. Models come back in the experiment's order.
///
/// No model's building reads another's, so the models are built side by side (a logistic regression
/// while the trees grow), each into its own slot: the same models on any number of cores. The first
/// failure in the experiment's order is the one reported.
public enum ExperimentModels {
    public static func build(_ spec: ExperimentSpec, data: ScoringData, training: TrainingSet) throws(ModelError) -> [any ScoringModel] {
        var points: [String: PointsModel] = [:]
        for model in spec.models where model.kind == .static || model.kind == .decaying {
            points[model.name] = try PointsModel(model, data: data)
        }
        let models = spec.models
        let compiled = points
        let learned = learnedFeatures(spec, data: data, training: training)
        var outcomes = [Result<(any ScoringModel)?, ModelError>](repeating: .success(nil), count: models.count)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            let slots = SharedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: models.count) { i in
                slots[i] = Result { () throws(ModelError) in try one(models[i], points: compiled, learned: learned, spec: spec, data: data, training: training) }
            }
        }
        var built: [any ScoringModel] = []
        for outcome in outcomes {
            if let model = try outcome.get() { built.append(model) }
        }
        return built
    }

    /// The features of each distinct feature setting of the experiment's predictive models, learned
    /// once: two models with the same settings learn from one matrix of the training leads. None when
    /// the training leads cannot train a model (each model then reports it).
    private static func learnedFeatures(_ spec: ExperimentSpec, data: ScoringData, training: TrainingSet) -> [(FeatureSpec, TrainingFeatures)] {
        guard (try? training.check(model: "")) != nil else { return [] }
        var learned: [(FeatureSpec, TrainingFeatures)] = []
        for model in spec.models {
            let settings: FeatureSpec
            switch model.configuration {
            case .logistic(let config): settings = config.features
            case .boostedTrees(let config): settings = config.features
            default: continue
            }
            guard !learned.contains(where: { $0.0 == settings }) else { continue }
            learned.append((settings, TrainingFeatures(settings, training: training, data: data)))
        }
        return learned
    }

    /// One model of the experiment, built (`nil` for a rule-based model that did not compile).
    private static func one(
        _ model: ModelSpec, points: [String: PointsModel], learned: [(FeatureSpec, TrainingFeatures)], spec: ExperimentSpec, data: ScoringData,
        training: TrainingSet
    ) throws(ModelError) -> (any ScoringModel)? {
        func features(_ settings: FeatureSpec) -> TrainingFeatures? { learned.first { $0.0 == settings }?.1 }
        var scoring: any ScoringModel
        switch model.configuration {
        case .points:
            guard let compiled = points[model.name] else { return nil }
            scoring = compiled
        case .logistic(let config):
            scoring = try LogisticScoringModel(model, training: training, data: data, learned: features(config.features))
        case .boostedTrees(let config):
            scoring = try BoostedTreesScoringModel(model, training: training, data: data, seed: spec.seed, learned: features(config.features))
        case .hybrid(let config):
            guard let fit = points[config.fit], let engagement = points[config.engagement] else {
                throw ModelError(model: model.name, message: "combines \"\(config.fit)\" and \"\(config.engagement)\", which must both be rule-based models of the experiment")
            }
            scoring = try HybridScoringModel(model, fit: fit, engagement: engagement, training: training)
        case .hubspot:
            scoring = try HubSpotModel(model, data: data)
        case .marketo:
            scoring = try MarketoModel(model, data: data)
        case .eloqua:
            scoring = try EloquaModel(model, data: data)
        case .pardot:
            scoring = try PardotModel(model, data: data)
        case .naiveBayes:
            scoring = try NaiveBayesModel(model, training: training, data: data)
        }
        if let rollup = model.rollup {
            scoring = AccountRollupModel(base: scoring, rollup: rollup, data: data)
        }
        return scoring
    }
}
