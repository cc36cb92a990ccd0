import Benchmark
import LeadBenchData
import LeadBenchMetrics
import LeadBenchReplay

/// The ranking metrics and their bootstrap intervals at scale, on seeded synthetic leads (scores with
/// four decimals, so there are ties; about 5 % converted).
///
/// - `ROCAUC_200k`: one full-sample ROC AUC of 200,000 scores (the sort-based `rocAUCScore`).
/// - `BootstrapAUC_200k`: the O(n) ROC AUC of bootstrap resamples of the same leads, given as counts per
///   lead, on the ranking sorted once (`RankedScores`): 10 resamples per iteration.
/// - `BootstrapAUCSorted_200k`: the same resamples measured as before — copy the drawn leads' scores
///   and labels, then the sort-based AUC — for comparison.
/// - `BootstrapInterval_evaluation`: one model's `ModelEvaluation` on 50,000 replayed test leads with
///   1,000 stratified resamples on one thread: AUC, average precision, precision, recall, F1, lift and
///   the median sales cycle intervals, plus the one-off figures.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 20,
        thresholds: [.wallClock: .init(relative: [.p50: 25.0, .p90: 25.0]), .mallocCountTotal: .init(absolute: [.p90: 10])])

    let leadsPerSecond = BenchmarkMetric.custom("leads/s", polarity: .prefersLarger, useScalingFactor: false)
    let resamplesPerSecond = BenchmarkMetric.custom("resamples/s", polarity: .prefersLarger, useScalingFactor: false)

    func seconds(_ elapsed: Duration) -> Double {
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    Benchmark("ROCAUC_200k", configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal, leadsPerSecond])) { benchmark, sample in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            blackHole(try rocAUCScore(scores: sample.scores, labels: sample.labels))
            benchmark.measurement(leadsPerSecond, Int(Double(sample.scores.count) / seconds(ContinuousClock.now - start)))
        }
    } setup: {
        MetricsSample.shared
    }

    Benchmark("BootstrapAUC_200k", configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal, resamplesPerSecond])) { benchmark, sample in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            var total = 0.0
            for counts in sample.resamples { total += sample.ranked.rocAUC(counts: counts) ?? 0 }
            blackHole(total)
            benchmark.measurement(resamplesPerSecond, Int(Double(sample.resamples.count) / seconds(ContinuousClock.now - start)))
        }
    } setup: {
        MetricsSample.shared
    }

    Benchmark("BootstrapAUCSorted_200k", configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal, resamplesPerSecond])) { benchmark, sample in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            var total = 0.0
            for rows in sample.resampleRows {
                total += (try? rocAUCScore(scores: rows.map { sample.scores[$0] }, labels: rows.map { sample.labels[$0] })) ?? 0
            }
            blackHole(total)
            benchmark.measurement(resamplesPerSecond, Int(Double(sample.resampleRows.count) / seconds(ContinuousClock.now - start)))
        }
    } setup: {
        MetricsSample.shared
    }

    Benchmark(
        "BootstrapInterval_evaluation",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal, resamplesPerSecond], maxIterations: 5)
    ) { benchmark, sample in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            let evaluation = ModelEvaluation(
                name: "bench", kind: "static", threshold: 50, thresholdSource: "set", replayed: sample.replayed, isProbability: false,
                bootstrap: sample.bootstrap, design: sample.design, weeks: 26)
            blackHole(evaluation.auc)
            benchmark.measurement(
                resamplesPerSecond, Int(Double(sample.bootstrap.resamples) / seconds(ContinuousClock.now - start)))
        }
    } setup: {
        try EvaluationSample.make()
    }
}

/// 200,000 seeded scores and labels, their ranking sorted once, and 10 plain bootstrap resamples of them
/// as counts per lead and as drawn rows (the same multisets).
final class MetricsSample: Sendable {
    static let shared = MetricsSample(count: 200_000)

    let scores: [Double]
    let labels: [Bool]
    let ranked: RankedScores
    let resamples: [[Int]]
    let resampleRows: [[Int]]

    init(count: Int) {
        var rng = SplitMix64(seed: 11)
        var scores: [Double] = [], labels: [Bool] = []
        for _ in 0..<count {
            let u = rng.nextUnit()
            scores.append((u * 10_000).rounded() / 10_000)
            labels.append(rng.nextUnit() < 0.1 * u)
        }
        self.scores = scores
        self.labels = labels
        ranked = try! RankedScores(scores: scores, labels: labels)
        let bootstrap = try! Bootstrap(seed: 5)
        let design = try! ResamplingDesign.stratified(outcomes: labels)
        resamples = (0..<10).map { bootstrap.resampleCounts($0, of: design) }
        resampleRows = (0..<10).map { bootstrap.resampleIndices($0, of: design) }
    }
}

/// 50,000 replayed test leads of one points model over half a year: a ranking score for the leads that
/// had not converted by their scoring moment, a qualification when the score reached 50, verdicts and
/// conversion times.
struct EvaluationSample: Sendable {
    let replayed: [ReplayedLead]
    let bootstrap: Bootstrap
    let design: ResamplingDesign

    static func make() throws -> EvaluationSample {
        var rng = SplitMix64(seed: 17)
        let day: Int64 = 86_400
        var replayed: [ReplayedLead] = []
        for lead in 0..<50_000 {
            let created = 1_750_000_000 + Int64(rng.next() % 182) * day
            let score = Double(rng.next() % 100)
            let converted = rng.nextUnit() < 0.1 * score / 100
            let convertedAt = converted ? created + Int64(1 + rng.next() % 90) * day : nil
            let early = converted && rng.nextUnit() < 0.03
            let qualifiedAt = score >= 50 ? created + Int64(rng.next() % 30) * day : nil
            let verdict: ReplayedLead.Verdict
            switch (qualifiedAt, convertedAt) {
            case (let q?, let c?): verdict = c > q ? .hit : .miss
            case (nil, _?): verdict = .miss
            case (_?, nil): verdict = .falseAlarm
            case (nil, nil): verdict = .quiet
            }
            replayed.append(
                ReplayedLead(
                    measuring: lead, createdAt: created, rankingScore: early ? nil : score, qualifiedAt: qualifiedAt, converted: converted,
                    convertedAt: convertedAt, verdict: verdict))
        }
        return EvaluationSample(
            replayed: replayed, bootstrap: try Bootstrap(seed: 42, resamples: 1_000, parallelism: 1),
            design: try .stratified(outcomes: replayed.map(\.converted)))
    }
}
