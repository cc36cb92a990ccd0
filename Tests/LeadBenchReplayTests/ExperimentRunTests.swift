import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// Whole runs: the results object's figures agree with the replay, the same seed gives the same bytes,
/// and a k-fold split measures every lead once, each by models that did not learn from it.
@Suite struct ExperimentRunTests {
    private static func quickstart(_ edit: (inout ExperimentSpec) -> Void = { _ in }) throws -> (ExperimentSpec, ScoringData) {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        var spec = experiment.spec
        edit(&spec)
        return (spec, data)
    }

    @Test func sameSeedSameBytes() throws {
        let (spec, data) = try Self.quickstart { $0.models = Array($0.models.prefix(2)) }
        let first = try RunResultsFile.encoded(try ExperimentRun(spec: spec, data: data, resamples: 30).run().results)
        let second = try RunResultsFile.encoded(try ExperimentRun(spec: spec, data: data, resamples: 30).run().results)
        #expect(first == second)
        #expect(first.count > 10_000)
    }

    /// The sweep's row at the model's threshold is the replay's own count, and the decile table, the
    /// capture and the headline figures are the metric functions on the ranked leads.
    @Test func figuresAgreeWithTheReplay() throws {
        let (spec, data) = try Self.quickstart { $0.models = Array($0.models.prefix(3)) }
        let results = try ExperimentRun(spec: spec, data: data, resamples: 30).run().results
        #expect(results.models.map(\.name) == ["points", "engagement", "logistic"])
        #expect(results.comparisons.map(\.model) == ["engagement", "logistic"])
        #expect(results.window.testLeads == 1_115 && results.window.censored == 1_056)
        for model in results.models {
            let threshold = try #require(model.threshold)
            let row = try #require(model.sweep.first { $0.threshold == threshold })
            #expect(row.qualified == model.counts.qualified && row.hits == model.counts.hits, "\(model.name)")
            let ranked = model.replayed.filter { $0.rankingScore != nil }
            let scores = ranked.compactMap(\.rankingScore)
            let labels = ranked.map(\.converted)
            let ranking = try #require(model.ranking)
            #expect(ranking.deciles.map(\.lift) == (try liftByDecile(scores: scores, labels: labels)))
            #expect(ranking.captureTop10 == (try captureRate(scores: scores, labels: labels, atTopFraction: 0.1)))
            #expect(model.auc?.estimate == (try rocAUCScore(scores: scores, labels: labels)))
            #expect(model.f1?.estimate == 2 * Double(model.counts.hits) / Double(model.counts.qualified + model.counts.converted))
            #expect(model.ks == (try ksStatistic(scores: scores, labels: labels)))
            #expect((ranking.calibration != nil) == model.isProbability)
            #expect(model.salesCycle?.qualificationToConversion?.count == model.replayed.filter { $0.verdict == .hit && $0.convertedAt != nil }.count)
        }
        // Every headline interval contains its estimate.
        for interval in results.models.flatMap({ [$0.auc, $0.averagePrecision, $0.precision, $0.recall, $0.f1, $0.lift] }) {
            let value = try #require(interval)
            #expect(value.lower <= value.estimate && value.estimate <= value.upper)
        }
        #expect(results.warnings.contains { $0.hasPrefix("the test figures rest on 1,115 leads and 59 conversions") })
    }

    /// Five folds: every lead with a known outcome is measured once, the folds are stratified by
    /// outcome, and each fold's training leads exclude it.
    @Test func kFoldMeasuresEveryLeadOnce() throws {
        let (spec, data) = try Self.quickstart {
            $0.split = .kFold(folds: 5)
            $0.models = [$0.models[0], $0.models[2]]
        }
        let folds = TrainingWindow.folds(spec, data: data, count: 5)
        #expect(folds.flatMap { $0 }.sorted() == Array(0..<data.dataset.leads.count))
        let converted = folds.map { fold in fold.filter { data.dataset.leads.outcome[$0] == .converted }.count }
        #expect((converted.max() ?? 0) - (converted.min() ?? 0) <= 1, "\(converted)")
        for fold in folds {
            let training = TrainingWindow.select(spec, data: data, outsideFold: fold)
            #expect(Set(training.views.map(\.lead)).isDisjoint(with: fold))
        }
        let results = try ExperimentRun(spec: spec, data: data, resamples: 20).run().results
        #expect(results.window.folds == 5)
        #expect(results.experiment.split == "kfold")
        let window = results.window
        #expect(window.testLeads + window.censored == data.dataset.leads.count)
        let measured = results.models[1].replayed.map(\.lead)
        #expect(Set(measured).count == measured.count)
        #expect(results.models[1].thresholdSource.contains("each fold's training leads"))
    }
}
