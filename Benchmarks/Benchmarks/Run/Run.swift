import Benchmark
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchFixtures
import LeadBenchModels
import LeadBenchReplay
import LeadBenchRunReports

/// A whole `leadbench run` on a generated export of 20,000 leads (about 400,000 activities), as the
/// command does it: load and validate the data, build the five models of the quickstart experiment
/// (training the predictive ones), replay the test leads, measure every model with 1,000 bootstrap
/// resamples, compare with the baseline, replay the A/B test, and write the HTML and XML reports.
///
/// `leads/s` is the export's leads over the wall-clock time of one run.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        warmupIterations: 0,
        maxDuration: .seconds(120),
        maxIterations: 5,
        thresholds: [.wallClock: .init(relative: [.p50: 25.0, .p90: 25.0])])

    let leadsPerSecond = BenchmarkMetric.custom("leads/s", polarity: .prefersLarger, useScalingFactor: false)

    Benchmark("WholeRun_20k", configuration: .init(metrics: [.wallClock, .peakMemoryResident, leadsPerSecond])) { benchmark, file in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            let experiment = try ExperimentFile.load(path: file)
            let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
            let results = try ExperimentRun(spec: experiment.spec, data: data).run().results
            blackHole(try HTMLReport.bytes(results))
            blackHole(try XMLReport.bytes(results))
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            benchmark.measurement(leadsPerSecond, Int(Double(data.dataset.leads.count) / seconds))
        }
    } setup: {
        try RunWorld.experimentFile()
    }
}

/// The generated export and an experiment file for it, written once to the temporary folder.
enum RunWorld {
    static func experimentFile() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadbench-bench-run").path
        if !FileManager.default.fileExists(atPath: folder + "/activities.csv") {
            _ = try FixtureGenerator(leads: 20_000, seed: 7).write(to: folder)
        }
        let file = folder + "/experiment.yaml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The quickstart experiment (experiments/quickstart.yaml) scaled to 20,000 leads.
    static let text = """
        name: bench-run
        seed: 42
        data:
          leads: leads.csv
          activities: activities.csv
          accounts: accounts.csv
          columns: { lead_id: Lead ID, account_id: Company ID, created_at: Created Date, converted_at: Closed Won Date, deal_value: Deal Value }
          activity_columns: { lead_id: Lead ID, at: Activity Date, type: Activity Type, value: Value }
          account_columns: { account_id: Company ID }
          missing: [Select, unknown]
          exclude: [Company Name]
        split: { kind: temporal, cutoff: 2025-07-01 }
        horizon_days: 90
        scoring_delay_days: 7
        objective: { kind: capacity, max_per_week: 80 }
        baseline: points
        ab:
          salt: bench
          unit: account
          arms:
            - { name: control, model: points, weight: 0.5 }
            - { name: challenger, model: logistic, weight: 0.5 }
        models:
          - name: points
            kind: static
            threshold: 40
            rules:
              - { attribute: Seniority, one_of: [C-level, VP], points: 15 }
              - { attribute: Seniority, equals: Director, points: 8 }
              - { attribute: Department, one_of: [Sales, Marketing], points: 5 }
              - { attribute: Employees, at_least: 200, points: 10 }
              - { activity: demo_request, points: 30, cap: 30 }
              - { activity: pricing_page, points: 10, cap: 20 }
              - { activity: webinar, points: 15, cap: 30 }
              - { activity: email_click, points: 3, cap: 15 }
              - { activity: unsubscribe, points: -20 }
          - name: engagement
            kind: decaying
            threshold: 30
            half_life_days: 14
            inactivity: { after_days: 30, points: -10 }
            rules:
              - { activity: demo_request, points: 30 }
              - { activity: pricing_page, points: 10 }
              - { activity: webinar, points: 15 }
              - { activity: email_click, points: 3 }
              - { activity: page_view, points: 1, cap: 10 }
          - { name: logistic, kind: logistic, l2: 1.0 }
          - { name: boosted, kind: boosted_trees, trees: 200, learning_rate: 0.05, leaves: 31 }
          - { name: hybrid, kind: hybrid, fit: points, engagement: engagement, combine: matrix }
        """
}
