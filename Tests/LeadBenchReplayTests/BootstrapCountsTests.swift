import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
@testable import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// The evaluation's bootstrap takes resamples as a count per lead and measures them in O(n); the
/// intervals are those of the former statistics on the drawn rows (copy, sort, measure), the same
/// resamples drawn from the same seed.
@Suite struct BootstrapCountsTests {
    private static func quickstart() throws -> (ScoringData, [Int], [any ScoringModel], Replay) {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let spec = experiment.spec
        let training = TrainingWindow.select(spec, data: data)
        let window = TestWindow.select(spec, data: data, training: training)
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        return (data, window.leads, try ExperimentModels.build(spec, data: data, training: training), replay)
    }

    /// The sort-based metric of the drawn rows that have a ranking score, as the evaluation computed it.
    private static func ranking(_ replayed: [ReplayedLead], _ rows: [Int], _ metric: ([Double], [Bool]) throws -> Double) -> Double? {
        let scored = rows.filter { replayed[$0].rankingScore != nil }
        return try? metric(scored.map { replayed[$0].rankingScore! }, scored.map { replayed[$0].converted })
    }

    private static func close(_ a: BootstrapInterval?, _ b: BootstrapInterval?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a.estimate - b.estimate) <= 1e-12 && abs(a.lower - b.lower) <= 1e-12 && abs(a.upper - b.upper) <= 1e-12
            && a.skipped == b.skipped
    }

    @Test func evaluationIntervalsEqualTheDrawnRowsForm() throws {
        let (data, leads, models, replay) = try Self.quickstart()
        let bootstrap = try Bootstrap(seed: 42, resamples: 250, parallelism: 2)
        let outcomes = leads.map { data.dataset.leads.outcome[$0] == .converted }
        let accounts = leads.map { Int(data.dataset.leads.accountIndex[$0]) }
        for design in [try ResamplingDesign.stratified(outcomes: outcomes), try .clustered(accounts, outcomes: outcomes)] {
            for (index, threshold) in [(0, 40.0), (2, 0.2)] {
                let replayed = replay.run(models[index], threshold: threshold, leads: leads, data: data)
                let evaluation = ModelEvaluation(
                    name: "m", kind: "k", threshold: threshold, thresholdSource: "set", replayed: replayed, isProbability: index == 2,
                    bootstrap: bootstrap, design: design, weeks: 10)
                let former = try bootstrap.intervals(
                    design,
                    statistics: [
                        { rows in Self.ranking(replayed, rows, rocAUCScore) },
                        { rows in Self.ranking(replayed, rows, averagePrecisionScore) },
                        { rows in QualificationCounts(replayed, rows: rows).precision },
                        { rows in QualificationCounts(replayed, rows: rows).recall },
                        { rows in QualificationCounts(replayed, rows: rows).f1 },
                        { rows in QualificationCounts(replayed, rows: rows).lift },
                        { rows in SalesCycle.medianCycle(replayed, rows: rows) },
                    ])
                let now = [
                    evaluation.auc, evaluation.averagePrecision, evaluation.precision, evaluation.recall, evaluation.f1, evaluation.lift,
                    evaluation.salesCycle?.medianInterval,
                ]
                for (slot, (was, is_)) in zip(former, now).enumerated() {
                    #expect(Self.close(was, is_), "statistic \(slot): \(was) vs \(String(describing: is_))")
                }
            }
        }
    }

    @Test func pairedDifferencesEqualTheDrawnRowsForm() throws {
        let (data, leads, models, replay) = try Self.quickstart()
        let bootstrap = try Bootstrap(seed: 7, resamples: 250, parallelism: 2)
        let design = try ResamplingDesign.stratified(outcomes: leads.map { data.dataset.leads.outcome[$0] == .converted })
        let first = replay.run(models[2], threshold: 0.2, leads: leads, data: data)
        let second = replay.run(models[0], threshold: 40, leads: leads, data: data)
        func evaluate(_ replayed: [ReplayedLead], _ threshold: Double) -> ModelEvaluation {
            ModelEvaluation(
                name: "m", kind: "k", threshold: threshold, thresholdSource: "set", replayed: replayed, isProbability: false,
                bootstrap: bootstrap, design: design, weeks: nil)
        }
        let comparison = PairedComparison(evaluate(first, 0.2), baseline: evaluate(second, 40), bootstrap: bootstrap, design: design)
        let auc = try bootstrap.pairedInterval(
            design, first: { Self.ranking(first, $0, rocAUCScore) }, second: { Self.ranking(second, $0, rocAUCScore) })
        let precision = try bootstrap.pairedInterval(
            design, first: { QualificationCounts(first, rows: $0).precision }, second: { QualificationCounts(second, rows: $0).precision })
        #expect(Self.close(comparison.aucDifference, auc.difference))
        #expect(Self.close(comparison.precisionDifference, precision.difference))
        // Evaluations measured on other resamples: the comparison draws its own, with the same result.
        let other = try Bootstrap(seed: 8, resamples: 250, parallelism: 2)
        func evaluateElsewhere(_ replayed: [ReplayedLead], _ threshold: Double) -> ModelEvaluation {
            ModelEvaluation(
                name: "m", kind: "k", threshold: threshold, thresholdSource: "set", replayed: replayed, isProbability: false,
                bootstrap: other, design: design, weeks: nil)
        }
        let drawn = PairedComparison(evaluateElsewhere(first, 0.2), baseline: evaluateElsewhere(second, 40), bootstrap: bootstrap, design: design)
        #expect(Self.close(drawn.aucDifference, auc.difference))
        #expect(Self.close(drawn.precisionDifference, precision.difference))
    }

    @Test func countsFormTalliesEqualTheRowsForm() throws {
        let (data, leads, models, replay) = try Self.quickstart()
        let replayed = replay.run(models[1], threshold: 30, leads: leads, data: data)
        let bootstrap = try Bootstrap(seed: 3, resamples: 20)
        let design = try ResamplingDesign.simple(rowCount: leads.count)
        let flags = QualificationFlags(replayed)
        let cycles = SalesCycleSample(replayed)
        for b in 0..<20 {
            let rows = bootstrap.resampleIndices(b, of: design)
            let counts = bootstrap.resampleCounts(b, of: design)
            #expect(QualificationCounts(flags, counts: counts) == QualificationCounts(replayed, rows: rows))
            #expect(cycles.median(counts: counts) == SalesCycle.medianCycle(replayed, rows: rows))
        }
    }

    /// The counts form takes the leads four at a time into interleaved tallies: samples of every length
    /// modulo four (the leads left over after the last four included) tally as the rows form does.
    @Test func countsFormTalliesEveryLengthModuloFour() throws {
        let (data, leads, models, replay) = try Self.quickstart()
        let replayed = replay.run(models[1], threshold: 30, leads: leads, data: data)
        let bootstrap = try Bootstrap(seed: 5, resamples: 5)
        for length in (replayed.count - 7)...replayed.count {
            let sample = Array(replayed.prefix(length))
            let design = try ResamplingDesign.simple(rowCount: length)
            let flags = QualificationFlags(sample)
            for b in 0..<5 {
                let counts = bootstrap.resampleCounts(b, of: design)
                #expect(QualificationCounts(flags, counts: counts) == QualificationCounts(sample, rows: bootstrap.resampleIndices(b, of: design)))
            }
        }
    }
}
