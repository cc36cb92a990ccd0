import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// Seconds since the epoch of an ISO 8601 moment.
private func at(_ text: String) -> Int64 {
    let parser = TimestampParser(format: .iso8601, zone: .utc)
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBytes { parser.parse(UnsafeRawBufferPointer($0)) } ?? EpochSeconds.missing
}

/// Eight leads created on or after the 03-01 cutoff, one before it, with a demo request worth 30 points
/// (threshold 30), a 30-day horizon and a 2-day scoring delay; the data ends 2025-06-30.
private let leads = """
    id,created,won,stage
    hit,2025-03-01,2025-03-10,done
    miss,2025-03-01,2025-03-05,done
    late,2025-03-01,2025-04-20,done
    alarm,2025-03-01,,never
    quiet,2025-03-01,,never
    early,2025-03-01,2025-03-02,done
    open,2025-03-01,,open
    censored,2025-06-15,,never
    trained,2025-01-01,,never
    end,2025-06-30,,never
    """

private let activities = """
    id,at,type
    hit,2025-03-03,demo_request
    miss,2025-03-07,demo_request
    late,2025-03-04,demo_request
    alarm,2025-03-01,demo_request
    early,2025-03-01,demo_request
    """

private func world(_ models: String) throws -> (TemporaryDirectory, ExperimentFile, ScoringData) {
    let dir = try TemporaryDirectory()
    dir.write("leads.csv", leads)
    dir.write("activities.csv", activities)
    let text = """
        name: replay
        data:
          leads: leads.csv
          activities: activities.csv
          columns: { lead_id: id, created_at: created, converted_at: won, converted: stage }
          outcome_values: { converted: [done], not_converted: [never], open: [open] }
          activity_columns: { lead_id: id, at: at, type: type }
        split: { kind: temporal, cutoff: 2025-03-01 }
        horizon_days: 30
        scoring_delay_days: 2
        models:
        \(models)
        """
    let file = try ExperimentFile.parse(text, path: dir.file("exp.yaml"))
    return (dir, file, ScoringData(try ExperimentValidator(experiment: file).validateAndLoad()))
}

@Suite struct ReplayTests {
    @Test func verdictsCensoringAndTheScoringMoment() throws {
        let (dir, file, data) = try world("  - { name: p, kind: static, threshold: 30, rules: [ { activity: demo_request, points: 30 } ] }")
        defer { dir.remove() }
        let spec = file.spec
        let training = TrainingWindow.select(spec, data: data)
        let window = TestWindow.select(spec, data: data, training: training)
        // "censored" and "end" were created within 30 days of the end of the data; "open" has no outcome.
        #expect(window.censored == 2)
        #expect(window.open == 1)
        #expect(window.leads.map(data.dataset.leads.id) == ["hit", "miss", "late", "alarm", "quiet", "early"])
        let model = try PointsModel(try #require(spec.models.first), data: data)
        let replay = Replay(horizonDays: 30, scoringDelayDays: 2).run(model, threshold: 30, leads: window.leads, data: data)
        let byID = Dictionary(uniqueKeysWithValues: replay.map { (data.dataset.leads.id($0.lead), $0) })
        // hit: demo 03-03, won 03-10 → qualified first.
        #expect(byID["hit"]?.verdict == .hit)
        #expect(byID["hit"]?.qualifiedAt == at("2025-03-03"))
        // miss: won 03-05, demo only on 03-07 → the model was late.
        #expect(byID["miss"]?.verdict == .miss)
        // late: won 04-20, beyond the 30-day horizon → not a conversion for this replay.
        #expect(byID["late"]?.converted == false)
        #expect(byID["late"]?.verdict == .falseAlarm)
        #expect(byID["alarm"]?.verdict == .falseAlarm)
        #expect(byID["quiet"]?.verdict == .quiet)
        #expect(byID["quiet"]?.rankingScore == 0)
        // early: converted 03-02, before the scoring moment 03-03 → out of ranking metrics; it qualified
        // on 03-01 (a demo at creation) and converted after, so it is still a hit.
        #expect(byID["early"]?.rankingScore == nil)
        #expect(byID["early"]?.verdict == .hit)
        // Ranking scores are as of creation + 2 days: "hit" had its demo on 03-03 00:00 = the moment.
        #expect(byID["hit"]?.rankingScore == 30)
        #expect(byID["miss"]?.rankingScore == 0)
    }

    @Test func sameResultOnEveryRun() throws {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let spec = experiment.spec
        let training = TrainingWindow.select(spec, data: data)
        let window = TestWindow.select(spec, data: data, training: training)
        let model = try PointsModel(try #require(spec.models.first { $0.name == "engagement" }), data: data)
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        let first = replay.run(model, threshold: 30, leads: window.leads, data: data)
        #expect(first == replay.run(model, threshold: 30, leads: window.leads, data: data))
        #expect(first.count == window.leads.count)
        #expect(first.contains { $0.verdict == .hit })
    }
}

/// A model that cheats: it counts the lead's demo requests in the whole log, including those after
/// the moment it scores, by reading the dataset it was built from.
private struct PeekingModel: ScoringModel {
    let data: ScoringData
    var name: String { "peeking" }
    var kind: ModelSpec.Kind { .static }

    func score(_ view: LeadView) -> Double {
        guard let log = data.dataset.activities else { return 0 }
        return Double(log.rows(ofLead: view.lead).count)
    }

    func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] { [] }

    func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? { nil }
}

@Suite struct LeakageGuardTests {
    @Test func aPeekingModelIsCaught() throws {
        let (dir, _, data) = try world("  - { name: p, kind: static, rules: [ { activity: demo_request, points: 30 } ] }")
        defer { dir.remove() }
        // "miss" has its demo on 03-07; scored as of 03-03 a peeking model already counts it.
        let samples = [(lead: 1, moment: at("2025-03-03")), (lead: 0, moment: at("2025-03-03"))]
        let violations = LeakageGuard.violations(of: { PeekingModel(data: $0) }, data: data, samples: samples)
        #expect(violations.map(\.lead) == [1])
        #expect(violations.first?.withFuture == 1 && violations.first?.withoutFuture == 0)
    }

    @Test func everyModelFamilyIsHonest() throws {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let spec = experiment.spec
        let window = TestWindow.select(spec, data: data, training: TrainingWindow.select(spec, data: data))
        let created = data.dataset.leads.createdAt
        // Test leads scored a week after creation, each with activities after that moment to remove.
        let samples = window.leads.filter { data.view($0, asOf: .max).activityCount > data.view($0, asOf: created[$0] + 7 * 86_400).activityCount }
            .prefix(40).map { (lead: $0, moment: created[$0] + 7 * 86_400) }
        #expect(samples.count == 40)
        for (index, model) in spec.models.enumerated() {
            let violations = try LeakageGuard.violations(
                of: { cut in try ExperimentModels.build(spec, data: cut, training: TrainingWindow.select(spec, data: cut))[index] },
                data: data, samples: Array(samples))
            #expect(violations.isEmpty, "\(model.name) used data after the moment it scored: \(violations.prefix(3))")
        }
    }
}

/// The figures built on the replay, hand-worked on the small export above: the threshold sweep, the
/// sales cycle and the head start.
@Suite struct ReplayFigureTests {
    private static let models = """
          - { name: demo, kind: static, threshold: 30, rules: [ { activity: demo_request, points: 30 } ] }
          - { name: eager, kind: static, threshold: 30, start: 30, rules: [ { activity: demo_request, points: 30 } ] }
        """

    private static func replays() throws -> (TemporaryDirectory, ScoringData, demo: [ReplayedLead], eager: [ReplayedLead]) {
        let (dir, file, data) = try world(models)
        let spec = file.spec
        let window = TestWindow.select(spec, data: data, training: TrainingWindow.select(spec, data: data))
        let replay = Replay(horizonDays: 30, scoringDelayDays: 2)
        let built = try spec.models.map { try PointsModel($0, data: data) }
        return (dir, data, replay.run(built[0], threshold: 30, leads: window.leads, data: data), replay.run(built[1], threshold: 30, leads: window.leads, data: data))
    }

    /// Peaks: 30 for every lead with a demo within the horizon (hit, miss, late, alarm, early), 0 for
    /// quiet. Before converting: hit 30 (demo 03-03, won 03-10), miss 0 (won 03-05, demo 03-07), early
    /// 30 (demo at creation, won the next day). At 30: 5 qualified, 2 hits, of 3 conversions.
    @Test func sweepCountsAsTheReplayDoes() throws {
        let (dir, _, demo, _) = try Self.replays()
        defer { dir.remove() }
        let sweep = QualificationSweep(demo, weeks: nil)
        #expect(sweep.thresholds == [0, 30])
        let point = sweep.point(at: 30)
        #expect(point.qualified == 5 && point.hits == 2)
        #expect(point.precision == 0.4 && point.recall == 2.0 / 3.0 && point.f1 == 0.5)
        #expect(point.lift == 0.4 / 0.5)
        let counts = QualificationCounts(demo)
        #expect(counts.qualified == point.qualified && counts.hits == point.hits)
        #expect(sweep.point(at: 0).qualified == 6 && sweep.point(at: 31).qualified == 0)
        #expect(sweep.table(maxPoints: 20).map(\.threshold) == [0, 30])
    }

    /// Hits: "hit" qualified 03-03 and won 03-10 (7 days); "early" qualified 03-01 and won 03-02 (1 day).
    /// Creation to qualification, for every lead the model qualified: hit 2, miss 6 (after it had
    /// converted), late 3, alarm 0, early 0 days.
    @Test func salesCycleOfTheHits() throws {
        let (dir, _, demo, _) = try Self.replays()
        defer { dir.remove() }
        let cycle = SalesCycle(demo)
        let toConversion = try #require(cycle.qualificationToConversion)
        #expect(toConversion.count == 2 && toConversion.median == 4 && toConversion.minimum == 1 && toConversion.maximum == 7)
        #expect(cycle.weeklyHits == [1, 1])
        let toQualification = try #require(cycle.creationToQualification)
        #expect(toQualification.count == 5 && toQualification.median == 2 && toQualification.maximum == 6)
    }

    /// "eager" starts at 30, so it qualifies every lead at creation: it hits "hit" two days before
    /// "demo" does, "early" at the same moment, and also "miss", which "demo" reached too late.
    @Test func headStartAgainstTheBaseline() throws {
        let (dir, _, demo, eager) = try Self.replays()
        defer { dir.remove() }
        let start = HeadStart(model: eager, baseline: demo)
        let days = try #require(start.days)
        #expect(days.count == 2 && days.median == 1 && days.maximum == 2 && days.minimum == 0)
        #expect(start.modelFirst == 1 && start.baselineFirst == 0)
        #expect(start.hitOnlyByModel == 1 && start.hitOnlyByBaseline == 0)
    }
}
