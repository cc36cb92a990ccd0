import LeadBenchExperiment

/// What a predictive model learns from (DESIGN §3): its features fitted on the training leads
/// (``FeatureSpace/fit(_:training:data:)``), resolved against the dataset, and the training leads'
/// rows of them. Models with the same feature settings learn from one of these.
struct TrainingFeatures: Sendable {
    let features: CompiledFeatures
    let matrix: FeatureMatrix

    init(_ spec: FeatureSpec, training: TrainingSet, data: ScoringData) {
        features = CompiledFeatures(FeatureSpace.fit(spec, training: training.views, data: data), data: data)
        matrix = features.matrix(training.views)
    }
}
