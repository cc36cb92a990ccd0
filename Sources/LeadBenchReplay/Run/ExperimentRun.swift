import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels

/// A whole experiment (DESIGN §2, §4): builds every model, replays the test leads through each, measures
/// them with intervals and compares each with the baseline.
///
/// - Temporal and random splits: the models learn from the training window once and are measured on
///   the test window; thresholds the experiment leaves open are recommended on the training window.
/// - k-fold: for each fold, models learn from the other folds' leads (and recommend their thresholds
///   there) and replay the fold; the folds' replays are measured together. The saved models are the
///   ones learned from every lead.
public struct ExperimentRun {
    public let spec: ExperimentSpec
    public let data: ScoringData
    /// Bootstrap resamples, when not the experiment's own number.
    public var resamples: Int?
    /// Told what the run is doing, for progress on a terminal.
    public var progress: (String) -> Void = { _ in }

    public init(spec: ExperimentSpec, data: ScoringData, resamples: Int? = nil) {
        self.spec = spec
        self.data = data
        self.resamples = resamples
    }

    /// The models as saved (learned from the whole training window) and the run's results.
    public func run() throws(ModelError) -> (models: [any ScoringModel], results: RunResults) {
        progress("building models")
        let training = TrainingWindow.select(spec, data: data)
        let models = try ExperimentModels.build(spec, data: data, training: training)
        var replays: [[ReplayedLead]] = Array(repeating: [], count: models.count)
        var thresholds: [[ThresholdChoice]] = Array(repeating: [], count: models.count)
        var window: TestWindow
        var folds: Int?
        if case .kFold(let count) = spec.split {
            folds = count
            window = TestWindow(leads: [], censored: 0, open: 0)
            for (index, fold) in TrainingWindow.folds(spec, data: data, count: count).enumerated() {
                progress("fold \(index + 1) of \(count)")
                let foldTraining = TrainingWindow.select(spec, data: data, outsideFold: fold)
                let foldModels = try ExperimentModels.build(spec, data: data, training: foldTraining)
                let foldWindow = TestWindow.of(fold, spec: spec, data: data)
                window = TestWindow(leads: window.leads + foldWindow.leads, censored: window.censored + foldWindow.censored, open: window.open + foldWindow.open)
                replay(foldModels, training: foldTraining, leads: foldWindow.leads, into: &replays, thresholds: &thresholds)
            }
        } else {
            window = TestWindow.select(spec, data: data, training: training)
            replay(models, training: training, leads: window.leads, into: &replays, thresholds: &thresholds)
        }
        let results = measure(models, replays: replays, thresholds: thresholds, training: training, window: window, folds: folds)
        return (models, results)
    }

    /// A threshold used for one model on one fold (or the one test window).
    struct ThresholdChoice {
        let threshold: Double?
        let source: String
    }

    private func replay(
        _ models: [any ScoringModel], training: TrainingSet, leads: [Int], into replays: inout [[ReplayedLead]], thresholds: inout [[ThresholdChoice]]
    ) {
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        for (index, (model, modelSpec)) in zip(models, spec.models).enumerated() {
            progress("replaying \(model.name) (\(index + 1) of \(models.count))")
            var choice = ThresholdChoice(threshold: modelSpec.threshold, source: "set")
            if modelSpec.threshold == nil {
                let recommended = ThresholdRecommendation.recommend(for: model, spec: spec, training: training, data: data)
                choice = ThresholdChoice(
                    threshold: recommended?.threshold, source: recommended?.reason ?? "no threshold meets the objective on the training window")
            }
            thresholds[index].append(choice)
            replays[index] += replay.run(model, threshold: choice.threshold, leads: leads, data: data)
        }
    }

    private func measure(
        _ models: [any ScoringModel], replays: [[ReplayedLead]], thresholds: [[ThresholdChoice]], training: TrainingSet, window: TestWindow,
        folds: Int?
    ) -> RunResults {
        let leads = data.dataset.leads
        let created = window.leads.map { leads.createdAt[$0] }.filter { $0 != EpochSeconds.missing }
        let weeks = QualificationSweep.weeks(created: created)
        // Converted within the horizon, as every model's replay counts them.
        let testConverted = replays.first?.filter(\.converted).count ?? 0
        let design = Self.design(spec, leads: window.leads, data: data)
        let bootstrap = try? Bootstrap(
            seed: spec.seed, resamples: resamples ?? spec.bootstrap.resamples, confidence: spec.bootstrap.confidence, parallelism: 2)
        var evaluations: [ModelEvaluation] = []
        if let design, let bootstrap {
            // Every model's statistics on each resample, drawn once for all of them (the models' test
            // leads are the same).
            progress("resampling \(models.count) models")
            let resampled = models.indices.map { ModelEvaluation.Resampled(replays[$0], threshold: Self.summarise(thresholds[$0]).0) }
            let statistics = resampled.map(\.statistics)
            let values = bootstrap.values(design, form: .counts, together: { counts in statistics.flatMap { $0(counts) } })
            let width = ModelEvaluation.Resampled.count
            for (index, model) in models.enumerated() {
                progress("measuring \(model.name) (\(index + 1) of \(models.count))")
                let (threshold, source) = Self.summarise(thresholds[index])
                evaluations.append(ModelEvaluation(
                    name: model.name, kind: model.kind.rawValue, threshold: threshold, thresholdSource: source, replayed: replays[index],
                    isProbability: Self.isProbability(model), bootstrap: bootstrap, design: design, weeks: weeks, resampled: resampled[index],
                    values: values.map { Array($0[(index * width)..<((index + 1) * width)]) }))
            }
        }
        var comparisons: [PairedComparison] = []
        if let design, let bootstrap, let baseline = spec.baseline, let base = evaluations.first(where: { $0.name == baseline }) {
            progress("comparing with \(baseline)")
            comparisons = evaluations.filter { $0.name != baseline }.map { PairedComparison($0, baseline: base, bootstrap: bootstrap, design: design) }
        }
        let ab = abReplay(evaluations, weeks: weeks, bootstrap: bootstrap)
        return RunResults(
            version: RunResults.leadbenchVersion, experiment: describeExperiment(), data: describeData(),
            window: RunResults.Window(
                trainingLeads: training.count, trainingConverted: training.labels.filter { $0 }.count, testLeads: window.leads.count,
                testConverted: testConverted, censored: window.censored, open: window.open,
                weeks: weeks, folds: folds),
            resampling: bootstrap.map {
                RunResults.Resampling(
                    resamples: $0.resamples, confidence: $0.confidence, design: spec.bootstrap.byAccount ? "by account" : "stratified by outcome",
                    seed: $0.seed)
            },
            leakage: LeakageCheck.warnings(data.dataset, seed: spec.seed).map {
                RunResults.Leak(column: $0.column, auc: $0.auc, filledOnlyForConverted: $0.filledOnlyForConverted, message: $0.description)
            },
            models: evaluations, comparisons: comparisons,
            abReplay: ab.replay,
            warnings: runWarnings(training: training, window: window, testConverted: testConverted, design: design) + ab.warnings)
    }

    /// The experiment's A/B test replayed on the measured leads.
    private func abReplay(_ evaluations: [ModelEvaluation], weeks: Double?, bootstrap: Bootstrap?) -> (replay: ABReplay?, warnings: [String]) {
        guard let ab = spec.ab, let bootstrap, !evaluations.isEmpty else { return (nil, []) }
        progress("replaying the A/B test")
        do {
            return (try ABReplay(ab, evaluations: evaluations, data: data.dataset, weeks: weeks, bootstrap: bootstrap), [])
        } catch {
            return (nil, ["the A/B test could not be replayed: \(error)"])
        }
    }

    /// One threshold for the report: the experiment's, the recommended one, or for k-fold with
    /// thresholds recommended per fold, their median, with each fold's named.
    static func summarise(_ choices: [ThresholdChoice]) -> (Double?, String) {
        guard choices.count > 1, choices.first?.source != "set" else { return (choices.first?.threshold, choices.first?.source ?? "set") }
        let values = choices.compactMap(\.threshold).sorted()
        guard !values.isEmpty else { return (nil, choices[0].source) }
        let reason = choices[0].source.split(separator: " on the training window", maxSplits: 1).first.map(String.init) ?? choices[0].source
        return (quantile(values, 0.5), "\(reason) on each fold's training leads; median of the folds' \(values.map { ThresholdRecommendation.formatted($0) }.joined(separator: ", "))")
    }

    static func isProbability(_ model: any ScoringModel) -> Bool {
        let base = (model as? AccountRollupModel)?.base ?? model
        if model is AccountRollupModel { return false }
        return base is LogisticScoringModel || base is BoostedTreesScoringModel || base is NaiveBayesModel || (base as? HybridScoringModel)?.combination == .stacked
    }

    /// Leads resampled stratified by outcome, or whole accounts when `bootstrap.by_account` is set (a
    /// lead without an account is an account of its own). `nil` without both outcomes.
    static func design(_ spec: ExperimentSpec, leads: [Int], data: ScoringData) -> ResamplingDesign? {
        let outcomes = leads.map { data.dataset.leads.outcome[$0] == .converted }
        guard outcomes.contains(true), outcomes.contains(false) else { return nil }
        if spec.bootstrap.byAccount {
            let clusters = leads.map { lead in data.dataset.leads.accountIndex[lead] >= 0 ? Int(data.dataset.leads.accountIndex[lead]) : -1 - lead }
            return try? ResamplingDesign.clustered(clusters, outcomes: outcomes)
        }
        return try? ResamplingDesign.stratified(outcomes: outcomes)
    }
}
