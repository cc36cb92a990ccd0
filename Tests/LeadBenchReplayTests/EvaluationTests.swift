import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// The evaluation of the quickstart's models: intervals bracket their estimates, the same seed gives
/// the same figures, the figures match the metric functions on the replayed leads, and recommended
/// thresholds obey the objective on the training window.
@Suite struct EvaluationTests {
    private static func quickstart() throws -> (ExperimentSpec, ScoringData, TrainingSet, [Int], [any ScoringModel]) {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let spec = experiment.spec
        let training = TrainingWindow.select(spec, data: data)
        let window = TestWindow.select(spec, data: data, training: training)
        return (spec, data, training, window.leads, try ExperimentModels.build(spec, data: data, training: training))
    }

    @Test func intervalsBracketEstimatesAndRepeat() throws {
        let (spec, data, _, leads, models) = try Self.quickstart()
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        let bootstrap = try Bootstrap(seed: 42, resamples: 200, parallelism: 2)
        let design = try ResamplingDesign.stratified(outcomes: leads.map { data.dataset.leads.outcome[$0] == .converted })
        let replayed = replay.run(models[0], threshold: 40, leads: leads, data: data)
        let evaluation = ModelEvaluation(name: "points", kind: "static", threshold: 40, thresholdSource: "set", replayed: replayed, isProbability: false, bootstrap: bootstrap, design: design, weeks: nil)
        let again = ModelEvaluation(name: "points", kind: "static", threshold: 40, thresholdSource: "set", replayed: replayed, isProbability: false, bootstrap: bootstrap, design: design, weeks: nil)
        for (interval, repeated) in [(evaluation.auc, again.auc), (evaluation.precision, again.precision), (evaluation.lift, again.lift)] {
            let value = try #require(interval)
            #expect(value.lower <= value.estimate && value.estimate <= value.upper)
            #expect(value == repeated)
        }
        // The estimates are the metric functions on the ranked leads and the verdicts.
        let ranked = replayed.filter { $0.rankingScore != nil }
        #expect(evaluation.auc?.estimate == (try rocAUCScore(scores: ranked.compactMap(\.rankingScore), labels: ranked.map(\.converted))))
        let qualified = replayed.filter(\.qualified).count
        #expect(evaluation.precision?.estimate == Double(replayed.filter { $0.verdict == .hit }.count) / Double(qualified))
    }

    /// The recommendation counts qualifications as the replay does: replaying the training leads at the
    /// recommended threshold gives the volume and precision the objective asked for.
    @Test func recommendedThresholdsHoldWhenTheTrainingLeadsAreReplayed() throws {
        let (spec, data, training, _, models) = try Self.quickstart()
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        // The leads followed for a whole horizon before the cutoff, as the recommendation counts them.
        let cutoff: Int64
        guard case .temporal(let at)? = spec.split else { Issue.record("the quickstart splits by time"); return }
        cutoff = at
        let followed = training.views.filter { $0.createdAt + Int64(spec.horizonDays) * 86_400 <= cutoff }
        let leads = followed.map(\.lead)
        let created = followed.map(\.createdAt)
        let weeks = Double((created.max() ?? 0) - (created.min() ?? 0)) / Double(7 * 86_400)
        for model in [models[1], models[2]] {
            let capacity = try #require(ThresholdRecommendation.recommend(for: model, spec: spec.with(objective: .capacity(maxPerWeek: 5)), training: training, data: data))
            let counts = QualificationCounts(replay.run(model, threshold: capacity.threshold, leads: leads, data: data))
            #expect(Double(counts.qualified) / weeks <= 5, "\(model.name): \(counts.qualified) qualified in \(weeks) weeks")
            #expect(capacity.reason.hasSuffix("(\(ThresholdRecommendationTestSupport.formatted(Double(counts.qualified) / weeks)))"), "\(capacity.reason)")
            let precise = try #require(ThresholdRecommendation.recommend(for: model, spec: spec.with(objective: .precision(target: 0.2)), training: training, data: data))
            let preciseCounts = QualificationCounts(replay.run(model, threshold: precise.threshold, leads: leads, data: data))
            #expect((preciseCounts.precision ?? 0) >= 0.2, "\(model.name): \(preciseCounts)")
        }
    }
}

enum ThresholdRecommendationTestSupport {
    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 1000).rounded() / 1000)
    }
}

extension ExperimentSpec {
    fileprivate func with(objective: ObjectiveSpec) -> ExperimentSpec {
        var copy = self
        copy.objective = objective
        return copy
    }
}
