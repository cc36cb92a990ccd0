import Benchmark
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchFixtures
import LeadBenchModels

/// Scoring throughput of each model family on a generated export of 20,000 leads (about 400,000
/// activities): every lead scored as of 30 days after its creation.
///
/// Rule-based models report `activities/s` (activities a score had to read per second); predictive
/// models report `leads/s`. Mallocs are per whole pass over the leads: the rule-based hot path
/// allocates nothing per lead.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 20,
        thresholds: [.wallClock: .init(relative: [.p50: 25.0, .p90: 25.0]), .mallocCountTotal: .init(absolute: [.p90: 10])])

    let activitiesPerSecond = BenchmarkMetric.custom("activities/s", polarity: .prefersLarger, useScalingFactor: false)
    let leadsPerSecond = BenchmarkMetric.custom("leads/s", polarity: .prefersLarger, useScalingFactor: false)

    func run(_ benchmark: Benchmark, _ world: ScoringWorld, model: any ScoringModel, perActivity: Bool) {
        let start = ContinuousClock.now
        var total = 0.0
        var activities = 0
        for view in world.views {
            total += model.score(view)
            activities += view.activityCount
        }
        let elapsed = ContinuousClock.now - start
        blackHole(total)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        if perActivity {
            benchmark.measurement(activitiesPerSecond, Int(Double(activities) / seconds))
        } else {
            benchmark.measurement(leadsPerSecond, Int(Double(world.views.count) / seconds))
        }
    }

    for (name, index, perActivity) in [("StaticScoring", 0, true), ("DecayingScoring", 1, true), ("LogisticInference", 2, false), ("TreesInference", 3, false)] {
        let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, perActivity ? activitiesPerSecond : leadsPerSecond]
        Benchmark(name, configuration: .init(metrics: metrics)) { benchmark, world in
            for _ in benchmark.scaledIterations { run(benchmark, world, model: world.models[index], perActivity: perActivity) }
        } setup: {
            try ScoringWorld.shared()
        }
    }
}

/// The export, its models (a static and a decaying points model, logistic regression and boosted
/// trees trained on the first half of the leads) and the views to score, built once per process.
final class ScoringWorld: Sendable {
    let views: [LeadView]
    let models: [any ScoringModel]

    private init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadbench-bench-scoring").path
        if !FileManager.default.fileExists(atPath: folder + "/activities.csv") {
            _ = try FixtureGenerator(leads: 20_000, seed: 3).write(to: folder)
        }
        let text = """
            name: bench
            data:
              leads: leads.csv
              activities: activities.csv
              accounts: accounts.csv
              columns: { lead_id: Lead ID, account_id: Company ID, created_at: Created Date, converted_at: Closed Won Date }
              activity_columns: { lead_id: Lead ID, at: Activity Date, type: Activity Type }
              account_columns: { account_id: Company ID }
              missing: [Select, unknown]
              exclude: [Company Name, Deal Value]
            models:
              - name: static
                kind: static
                rules:
                  - { attribute: Seniority, one_of: [C-level, VP], points: 15 }
                  - { attribute: Employees, at_least: 200, points: 10 }
                  - { activity: demo_request, points: 30, cap: 30 }
                  - { activity: pricing_page, points: 10, cap: 20 }
                  - { activity: page_view, points: 1, cap: 10 }
                  - { activity: email_click, points: 3 }
                  - { activity: unsubscribe, points: -20 }
              - name: decaying
                kind: decaying
                half_life_days: 14
                inactivity: { after_days: 30, points: -10 }
                rules:
                  - { activity: demo_request, points: 30 }
                  - { activity: pricing_page, points: 10 }
                  - { activity: page_view, points: 1 }
                  - { activity: email_click, points: 3 }
              - { name: logistic, kind: logistic, l2: 1.0 }
              - { name: trees, kind: boosted_trees, trees: 100, leaves: 31 }
            """
        let experiment = try ExperimentFile.parse(text, path: folder + "/bench.yaml")
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let leads = data.dataset.leads
        views = (0..<leads.count).map { data.view($0, asOf: leads.createdAt[$0] + 30 * 86_400) }
        let half = leads.count / 2
        let training = TrainingSet(
            views: Array(views[..<half]),
            labels: (0..<half).map { leads.outcome[$0] == .converted })
        models = try ExperimentModels.build(experiment.spec, data: data, training: training)
    }

    nonisolated(unsafe) private static var instance: ScoringWorld?

    static func shared() throws -> ScoringWorld {
        if let instance { return instance }
        let world = try ScoringWorld()
        instance = world
        return world
    }
}
