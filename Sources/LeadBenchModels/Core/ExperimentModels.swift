import LeadBenchData
import LeadBenchExperiment

/// Builds every model of an experiment against a dataset (DESIGN §3): rule-based models are compiled,
/// predictive models and hybrids learn from the training leads, and models with `rollup:` are wrapped
/// in the account rollup. Models come back in the experiment's order.
public enum ExperimentModels {
    public static func build(_ spec: ExperimentSpec, data: ScoringData, training: TrainingSet) throws(ModelError) -> [any ScoringModel] {
        var points: [String: PointsModel] = [:]
        for model in spec.models where model.kind == .static || model.kind == .decaying {
            points[model.name] = try PointsModel(model, data: data)
        }
        var built: [any ScoringModel] = []
        for model in spec.models {
            var scoring: any ScoringModel
            switch model.configuration {
            case .points:
                guard let compiled = points[model.name] else { continue }
                scoring = compiled
            case .logistic:
                scoring = try LogisticScoringModel(model, training: training, data: data)
            case .boostedTrees:
                scoring = try BoostedTreesScoringModel(model, training: training, data: data, seed: spec.seed)
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
            built.append(scoring)
        }
        return built
    }
}
