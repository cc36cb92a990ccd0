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
        let evaluation = ModelEvaluation(name: "points", threshold: 40, thresholdSource: "set", replayed: replayed, isProbability: false, bootstrap: bootstrap, design: design)
        let again = ModelEvaluation(name: "points", threshold: 40, thresholdSource: "set", replayed: replayed, isProbability: false, bootstrap: bootstrap, design: design)
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

    @Test func recommendedThresholdsObeyTheObjective() throws {
        let (_, data, training, _, models) = try Self.quickstart()
        let logistic = models[2]
        let scores = training.views.map(logistic.score)
        let created = training.views.map(\.createdAt)
        let weeks = Double((created.max() ?? 0) - (created.min() ?? 0)) / Double(7 * 86_400)
        let capacity = try #require(ThresholdRecommendation.recommend(for: logistic, objective: .capacity(maxPerWeek: 15), training: training, data: data))
        #expect(Double(scores.filter { $0 >= capacity.threshold }.count) / weeks <= 15)
        let precise = try #require(ThresholdRecommendation.recommend(for: logistic, objective: .precision(target: 0.2), training: training, data: data))
        let qualified = zip(scores, training.labels).filter { $0.0 >= precise.threshold }
        #expect(Double(qualified.filter(\.1).count) / Double(qualified.count) >= 0.2)
        let f1 = try #require(ThresholdRecommendation.recommend(for: logistic, objective: .bestF1, training: training, data: data))
        #expect(f1.reason == "best F1 on the training window")
    }
}
