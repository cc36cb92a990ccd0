import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Title,Size
    L1,2025-01-01T00:00:00Z,,VP,120
    L2,2025-01-01T00:00:00Z,,Student,
    """

private let activities = """
    id,at,type
    L1,2025-01-02T00:00:00Z,demo_request
    L1,2025-01-05T00:00:00Z,page_view
    L1,2025-01-05T00:00:00Z,page_view
    L1,2025-01-20T00:00:00Z,unsubscribe
    L2,2025-01-03T00:00:00Z,unsubscribe
    """

private let models = """
      - name: points
        kind: static
        start: 10
        floor: 0
        ceiling: 100
        rules:
          - { attribute: Title, equals: VP, points: 15 }
          - { attribute: Size, between: [100, 500], points: 5 }
          - { attribute: Size, missing: true, points: -1 }
          - { activity: demo_request, points: 30, cap: 30 }
          - { activity: page_view, points: 2, cap: 3 }
          - { activity: unsubscribe, points: -20 }
      - name: engagement
        kind: decaying
        half_life_days: 10
        inactivity: { after_days: 7, points: -10 }
        rules:
          - { attribute: Title, equals: VP, points: 15 }
          - { activity: demo_request, points: 30 }
          - { activity: page_view, points: 2 }
          - { activity: unsubscribe, points: -20 }
      - name: fading
        kind: decaying
        half_life_days: 10
        rules:
          - { attribute: Title, one_of: [VP, Student], points: 15 }
          - { activity: unsubscribe, points: -20 }
      - name: grouped
        kind: static
        groups: { web: 5 }
        rules:
          - { activity: page_view, points: 4, group: web }
          - { activity: demo_request, points: 3, group: web }
          - { activity: unsubscribe, points: -20, per_occurrence: false }
      - name: per-type
        kind: decaying
        half_life_days: 10
        half_lives: { demo_request: 2 }
        rules: [ { activity: demo_request, points: 32 }, { activity: page_view, points: 8 } ]
      - name: steps
        kind: decaying
        step_decay: [ { within_days: 3, factor: 1 }, { within_days: 10, factor: 0.5 } ]
        rules: [ { activity: demo_request, points: 30 } ]
    """

@Suite struct PointsModelTests {
    @Test func staticScoresAtThreeMoments() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let model = try world.points("points")
        // Start 10, VP +15, size 120 in [100, 500] +5.
        #expect(model.score(world.data.view(0, asOf: at("2025-01-01T12:00:00Z"))) == 30)
        // + demo 30 (cap 30) + two page views 2 × 2 = 4, capped at 3.
        #expect(model.score(world.data.view(0, asOf: at("2025-01-05T00:00:00Z"))) == 63)
        // + unsubscribe −20.
        #expect(model.score(world.data.view(0, asOf: at("2025-01-21T00:00:00Z"))) == 43)
        // L2: start 10, size missing −1, unsubscribe −20 → −11, floored at 0.
        #expect(model.score(world.data.view(1, asOf: at("2025-01-04T00:00:00Z"))) == 0)
    }

    @Test func decayingScoresWithHalfLifeAndInactivity() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let model = try world.points("engagement")
        // Day 1: VP 15 + demo 30, just done.
        #expect(abs(model.score(world.data.view(0, asOf: at("2025-01-02T00:00:00Z"))) - 45) < 1e-12)
        // 2025-01-12: demo 30 × 2^(−10/10) = 15; page views 4 × 2^(−7/10) = 2.462289…; 7 quiet days → −10.
        let day12 = 15 + 15 + 4 * pow(2, -0.7) - 10
        #expect(abs(model.score(world.data.view(0, asOf: at("2025-01-12T00:00:00Z"))) - day12) < 1e-9)
        // 2025-01-30: demo 30 × 2^(−2.8), page views 4 × 2^(−2.5), unsubscribe −20 × 2^(−1), 10 quiet days → −10.
        let day30 = 15 + 30 * pow(2, -2.8) + 4 * pow(2, -2.5) - 20 * 0.5 - 10
        #expect(abs(model.score(world.data.view(0, asOf: at("2025-01-30T00:00:00Z"))) - day30) < 1e-9)
    }

    @Test func halfLivesPerType() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        // On 01-06: the demo is 4 days old with a 2-day half-life (32 → 8); the two page views are one
        // day old with the global 10-day half-life (2 × 8 × 2^(−0.1)).
        let expected = 8 + 16 * pow(2, -0.1)
        #expect(abs(try world.points("per-type").score(world.data.view(0, asOf: at("2025-01-06T00:00:00Z"))) - expected) < 1e-9)
    }

    @Test func groupCapsAndOnceRules() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let model = try world.points("grouped")
        // Page views 2 × 4 = 8 and demo 3 share the web group, capped at 5.
        #expect(model.score(world.data.view(0, asOf: at("2025-01-06T00:00:00Z"))) == 5)
        #expect(model.score(world.data.view(0, asOf: at("2025-01-21T00:00:00Z"))) == -15)
        let reasons = model.reasons(world.data.view(0, asOf: at("2025-01-06T00:00:00Z")), limit: 3)
        #expect(reasons.map(\.label) == ["page_view ×2", "group web capped at 5.0", "demo_request"])
        #expect(reasons.map(\.contribution) == [8, -6, 3])
    }

    @Test func stepDecayByAgeBand() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let model = try world.points("steps")
        #expect(model.score(world.data.view(0, asOf: at("2025-01-04T00:00:00Z"))) == 30)   // 2 days old
        #expect(model.score(world.data.view(0, asOf: at("2025-01-08T00:00:00Z"))) == 15)   // 6 days old
        #expect(model.score(world.data.view(0, asOf: at("2025-01-13T00:00:00Z"))) == 0)    // 11 days old
        // The demo enters the half band one second after 3 days.
        #expect(model.firstMoment(reaching: 30, lead: 0, from: at("2025-01-01T00:00:00Z"), through: at("2025-02-01T00:00:00Z"), data: world.data) == at("2025-01-02T00:00:00Z"))
    }

    @Test func explanationsNameTheRulesThatMatter() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let reasons = try world.points("points").reasons(world.data.view(0, asOf: at("2025-01-21T00:00:00Z")), limit: 3)
        #expect(reasons == [
            ScoreReason(label: "demo_request", contribution: 30),
            ScoreReason(label: "unsubscribe", contribution: -20),
            ScoreReason(label: "Title is VP", contribution: 15),
        ])
    }
}

@Suite struct PointsReplayTests {
    /// VP +15 and an unsubscribe −20 fading with a 10-day half-life: the score 15 − 20·2^(−t/10d)
    /// reaches 10 when 2^(−t/10d) = 1/4, 20 days after the unsubscribe — between activities.
    @Test func aPenaltyWearingOffQualifiesAtTheExactMoment() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let model = try world.points("fading")
        let unsubscribed = at("2025-01-03T00:00:00Z")
        // From the unsubscribe on (the score is 15 − 20 = −5 then).
        let moment = try #require(model.firstMoment(reaching: 10, lead: 1, from: unsubscribed, through: at("2025-03-01T00:00:00Z"), data: world.data))
        #expect(abs(moment - (unsubscribed + 20 * 86_400)) <= 1)
        #expect(model.score(world.data.view(1, asOf: moment)) >= 10)
        #expect(model.score(world.data.view(1, asOf: moment - 1)) < 10)
        // Before the unsubscribe the score was 15: qualified at creation.
        #expect(model.firstMoment(reaching: 15, lead: 1, from: at("2025-01-01T00:00:00Z"), through: at("2025-03-01T00:00:00Z"), data: world.data) == at("2025-01-01T00:00:00Z"))
        #expect(model.firstMoment(reaching: 15.5, lead: 1, from: at("2025-01-01T00:00:00Z"), through: at("2025-03-01T00:00:00Z"), data: world.data) == nil)
    }

    /// On the quickstart export, the one-pass replay agrees with scoring each moment directly: at the
    /// moment it returns the score reaches the threshold, one second earlier it does not, and no
    /// activity or hour before it reached the threshold.
    @Test func replayAgreesWithDirectScoringOnTheQuickstart() throws {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        var rng = SplitMix64(seed: 11)
        for name in ["points", "engagement"] {
            let spec = try #require(experiment.spec.models.first { $0.name == name })
            let model = try PointsModel(spec, data: data)
            let threshold = try #require(spec.threshold)
            var qualified = 0
            for _ in 0..<120 {
                let lead = Int(rng.next() % UInt64(data.dataset.leads.count))
                let created = data.dataset.leads.createdAt[lead]
                let end = created + 90 * 86_400
                let found = model.firstMoment(reaching: threshold, lead: lead, from: created, through: end, data: data)
                var checks = Set<Int64>()
                let history = data.view(lead, asOf: end)
                for i in 0..<history.activityCount { checks.insert(history.activityTime(i)) }
                for hour in stride(from: created, through: end, by: 3_600) { checks.insert(hour) }
                for moment in checks.sorted() where moment < (found ?? end + 1) {
                    #expect(model.score(data.view(lead, asOf: moment)) < threshold, "\(name) lead \(lead) reached \(threshold) at \(moment), before \(String(describing: found))")
                }
                if let found {
                    qualified += 1
                    #expect(model.score(data.view(lead, asOf: found)) >= threshold)
                    if found > created { #expect(model.score(data.view(lead, asOf: found - 1)) < threshold) }
                }
            }
            #expect(qualified > 0, "no \(name) lead qualified: the check would be empty")
        }
    }
}
