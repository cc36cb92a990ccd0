import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels

/// The quarterly review of an experiment's models (DESIGN §4, `leadbench review`): one period beside the
/// one before it, each measured by models that know only what came before it.
///
/// For each of the two periods (``ReviewPeriod`` and its ``ReviewPeriod/previous``):
/// 1. the leads created in it, less the open and the right-censored ones (``PeriodWindow``);
/// 2. every model built from the data known before the period starts — the experiment with a temporal
///    split at the period's start — with the experiment's threshold or one recommended on that training
///    window, replayed over the period's leads and measured with seeded bootstrap intervals
///    (``PeriodEvaluation``, as ``ExperimentRun`` measures a test window).
///
/// Then per model the change of each headline figure with its test (``ModelReview``, ``FigureChange``),
/// the stability of its scores (the previous period's model on both periods' leads, and each period as
/// scored) and conversion by tier, and the stability of the lead attributes
/// (``AttributeStability``). The experiment's own split is not used. Both periods' bootstrap intervals
/// use the experiment's seed, resamples and confidence; the same inputs give the same results.
public struct PeriodReview {
    public let spec: ExperimentSpec
    public let data: ScoringData
    public let period: ReviewPeriod
    /// Bootstrap resamples, when not the experiment's own number.
    public var resamples: Int?
    /// Told what the review is doing, for progress on a terminal.
    public var progress: (String) -> Void = { _ in }

    public init(spec: ExperimentSpec, data: ScoringData, period: ReviewPeriod, resamples: Int? = nil) {
        self.spec = spec
        self.data = data
        self.period = period
        self.resamples = resamples
    }

    /// - Throws: ``ReviewError`` when the data has no creation times, a period has no lead to measure or
    ///   only one outcome, no model can be measured in both periods, or the resamples are fewer than 1.
    public func run() throws(ReviewError) -> ReviewResults {
        let dataset = data.dataset
        let created = dataset.leads.createdAt.filter { $0 != EpochSeconds.missing }
        guard dataset.hasTimes, let first = created.min(), let last = created.max(), let endOfData = dataset.endOfData else {
            throw ReviewError(
                .noTimes, message: "a review needs creation times: the leads have none, so they cannot be placed in periods",
                hint: "map `data.columns.created_at` to the export's creation-date column, or use `leadbench run` for a snapshot")
        }
        let windows = [PeriodWindow.select(period.previous, spec: spec, data: data), PeriodWindow.select(period, spec: spec, data: data)]
        try windows[1].check(role: "period", firstCreated: first, lastCreated: last, horizonDays: spec.horizonDays, endOfData: endOfData)
        try windows[0].check(role: "previous period", firstCreated: first, lastCreated: last, horizonDays: spec.horizonDays, endOfData: endOfData)
        let bootstrap: Bootstrap
        do {
            bootstrap = try Bootstrap(
                seed: spec.seed, resamples: resamples ?? spec.bootstrap.resamples, confidence: spec.bootstrap.confidence, parallelism: 2)
        } catch {
            throw ReviewError(.invalidOption, option: "--resamples", message: error.message, hint: error.hint)
        }
        let previous = try PeriodEvaluation.measure(windows[0], spec: spec, data: data, bootstrap: bootstrap, progress: progress)
        let current = try PeriodEvaluation.measure(windows[1], spec: spec, data: data, bootstrap: bootstrap, progress: progress)
        progress("comparing \(period.label) with \(period.previous.label)")
        let models = zip(spec.models, zip(previous.models, current.models)).map { model, outcomes in
            let previousModelScores = outcomes.0.model.map {
                PeriodEvaluation.rankingScores($0, leads: windows[1].window.leads, scoringDelayDays: spec.scoringDelayDays, data: data)
            }
            return ModelReview(
                model, previous: (period.previous.label, outcomes.0), current: (period.label, outcomes.1),
                previousModelScores: previousModelScores, confidence: bootstrap.confidence)
        }
        if !models.isEmpty && !models.contains(where: { !$0.changes.isEmpty }) {
            let reasons = models.flatMap { $0.unavailable.sorted { $0.key < $1.key }.map { "\($0.value)" } }
            throw ReviewError(
                .model, message: "no model could be measured in both periods: \(reasons.first ?? "")",
                hint: "review a later period, so that the history before \(period.previous.label) holds outcomes to learn from")
        }
        let attributes = AttributeStability.all(dataset.leads, previous: windows[0].window.leads, current: windows[1].window.leads)
        return ReviewResults(
            version: RunResults.leadbenchVersion, experiment: describeExperiment(), data: ExperimentRun(spec: spec, data: data).describeData(),
            resampling: RunResults.Resampling(
                resamples: bootstrap.resamples, confidence: bootstrap.confidence,
                design: spec.bootstrap.byAccount ? "by account" : "stratified by outcome", seed: bootstrap.seed),
            significanceLevel: 1 - bootstrap.confidence,
            previous: ReviewResults.Period(previous), current: ReviewResults.Period(current), models: models,
            attributes: attributes.compared, attributesSkipped: attributes.skipped,
            warnings: warnings(previous, current, models: models))
    }

    private func describeExperiment() -> ReviewResults.Experiment {
        ReviewResults.Experiment(
            name: spec.name, description: spec.description, seed: spec.seed, horizonDays: spec.horizonDays,
            scoringDelayDays: spec.scoringDelayDays, objective: spec.objective.label, baseline: spec.baseline)
    }

    /// Data-sufficiency warnings per period (DESIGN §4: the platforms ask for about 1,000 leads and 120
    /// conversions before they trust a model), censoring, and each model's own. A model not measured in
    /// a period says why in ``ModelReview/unavailable``.
    private func warnings(_ previous: PeriodEvaluation, _ current: PeriodEvaluation, models: [ModelReview]) -> [String] {
        var warnings: [String] = []
        let predictive = spec.models.contains { $0.kind.learns }
        for evaluation in [previous, current] {
            let window = evaluation.window
            let label = window.period.label
            if window.window.leads.count < 1_000 || window.conversions < 120 {
                warnings.append(
                    "\(label): the figures rest on \(DatasetSummary.grouped(window.window.leads.count)) leads and \(DatasetSummary.grouped(window.conversions)) conversions (the platforms ask for 1,000 and 120)")
            }
            let trainingConverted = evaluation.training.labels.filter { $0 }.count
            if predictive && (evaluation.training.count < 1_000 || trainingConverted < 120) {
                warnings.append(
                    "\(label): the predictive models learned from \(DatasetSummary.grouped(evaluation.training.count)) leads and \(DatasetSummary.grouped(trainingConverted)) conversions known before \(window.period.firstDay) (the platforms ask for 1,000 and 120)")
            }
            if window.window.censored > 0 {
                warnings.append(
                    "\(label): \(DatasetSummary.grouped(window.window.censored)) leads were created less than \(spec.horizonDays) days before the end of the data and are left out (right-censored)")
            }
        }
        for model in models {
            for (label, figures) in [(period.previous.label, model.previous), (period.label, model.current)] {
                for warning in figures?.warnings ?? [] { warnings.append("\(model.name), \(label): \(warning)") }
            }
        }
        return warnings
    }
}
