import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels

/// One period of a review measured as ``ExperimentRun`` measures a test window (DESIGN §2, §4), with
/// models that know only the past: every model is built from the data known before the period starts —
/// the experiment with a temporal split at the period's start, through ``TrainingWindow`` and
/// ``ExperimentModels`` — its threshold is the experiment's or the objective's recommendation on that
/// training window, and its replay of the period's leads is measured with bootstrap intervals.
///
/// Each model is built on its own (with the rule-based models a hybrid combines), so a model that cannot
/// learn from the history before the period — a training window with one outcome, say — is left out of
/// this period with its reason, and the others are still measured.
struct PeriodEvaluation {
    /// A model measured in the period (with the model, built from the history before it), or why it
    /// could not be built.
    enum Outcome {
        case measured(ModelEvaluation, any ScoringModel)
        case unavailable(String)

        var model: (any ScoringModel)? {
            if case .measured(_, let model) = self { return model }
            return nil
        }
    }

    let window: PeriodWindow
    let training: TrainingSet
    /// One per model of the experiment, in its order.
    let models: [Outcome]

    static func measure(
        _ window: PeriodWindow, spec: ExperimentSpec, data: ScoringData, bootstrap: Bootstrap, progress: (String) -> Void
    ) throws(ReviewError) -> PeriodEvaluation {
        let label = window.period.label
        var periodSpec = spec
        periodSpec.split = .temporal(cutoff: window.period.start)
        progress("\(label): building models")
        let training = TrainingWindow.select(periodSpec, data: data)
        let leads = window.window.leads
        guard let design = ExperimentRun.design(periodSpec, leads: leads, data: data) else {
            throw ReviewError(
                .singleOutcome, message: "the measured leads of \(label) hold one outcome only: the figures need converted and non-converted leads",
                hint: "review a longer period with --from and --to")
        }
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        var outcomes: [Outcome] = []
        for (index, modelSpec) in spec.models.enumerated() {
            let model: any ScoringModel
            do {
                model = try build(modelSpec, spec: periodSpec, data: data, training: training)
            } catch {
                outcomes.append(.unavailable("\(error.message) (models for \(label) learn from the leads whose outcome was known before \(window.period.firstDay))"))
                continue
            }
            progress("\(label): replaying \(model.name) (\(index + 1) of \(spec.models.count))")
            let (threshold, source) = threshold(for: model, spec: modelSpec, periodSpec: periodSpec, training: training, data: data)
            let replayed = replay.run(model, threshold: threshold, leads: leads, data: data)
            progress("\(label): measuring \(model.name) (\(index + 1) of \(spec.models.count))")
            outcomes.append(.measured(ModelEvaluation(
                name: model.name, kind: model.kind.rawValue, threshold: threshold, thresholdSource: source, replayed: replayed,
                isProbability: ExperimentRun.isProbability(model), bootstrap: bootstrap, design: design, weeks: window.weeks), model))
        }
        return PeriodEvaluation(window: window, training: training, models: outcomes)
    }

    /// One model of the experiment, built with the rule-based models a hybrid combines.
    static func build(_ model: ModelSpec, spec: ExperimentSpec, data: ScoringData, training: TrainingSet) throws(ModelError) -> any ScoringModel {
        var single = spec
        var needed: [String] = []
        if case .hybrid(let hybrid) = model.configuration { needed = [hybrid.fit, hybrid.engagement] }
        single.models = spec.models.filter { needed.contains($0.name) && $0.name != model.name } + [model]
        let built = try ExperimentModels.build(single, data: data, training: training)
        guard let scoring = built.last(where: { $0.name == model.name }) else {
            throw ModelError(model: model.name, message: "could not be built")
        }
        return scoring
    }

    /// The ranking scores `model` gives `leads`, by the replay's rule (``Replay``): each lead as of
    /// creation + scoring delay, leaving out the leads that converted by then.
    static func rankingScores(_ model: any ScoringModel, leads: [Int], scoringDelayDays: Int, data: ScoringData) -> [Double] {
        let table = data.dataset.leads
        var scores: [Double] = []
        scores.reserveCapacity(leads.count)
        for lead in leads {
            let moment = table.createdAt[lead] + Int64(scoringDelayDays) * EpochSeconds.day
            let convertedAt = table.convertedAt[lead]
            if convertedAt != EpochSeconds.missing && convertedAt <= moment { continue }
            scores.append(model.score(data.view(lead, asOf: moment)))
        }
        return scores
    }

    /// The experiment's threshold, else the objective's recommendation on the period's training window.
    static func threshold(
        for model: any ScoringModel, spec: ModelSpec, periodSpec: ExperimentSpec, training: TrainingSet, data: ScoringData
    ) -> (Double?, String) {
        if let threshold = spec.threshold { return (threshold, "set") }
        if let recommended = ThresholdRecommendation.recommend(for: model, spec: periodSpec, training: training, data: data) {
            return (recommended.threshold, recommended.reason)
        }
        let horizon = Int64(periodSpec.horizonDays) * EpochSeconds.day
        guard case .temporal(let cutoff) = periodSpec.split else { return (nil, "no threshold meets the objective on the training window") }
        let followed = training.views.filter { $0.createdAt != EpochSeconds.missing && $0.createdAt + horizon <= cutoff }.count
        if followed == 0 {
            return (nil, "no training lead was followed for a whole \(periodSpec.horizonDays)-day horizon before \(EpochSeconds.iso8601(cutoff, dateOnly: true)) to recommend a threshold on")
        }
        return (nil, "no threshold meets the objective on the training window")
    }
}
