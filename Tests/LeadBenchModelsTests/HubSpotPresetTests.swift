import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Seniority,Employees
    H1,2025-01-01T00:00:00Z,,VP,500
    H2,2025-01-01T00:00:00Z,,Student,20
    """

private let activities = """
    id,at,type
    H1,2025-01-02T00:00:00Z,demo_request
    H1,2025-01-03T00:00:00Z,pricing_page
    H1,2025-01-04T00:00:00Z,pricing_page
    H1,2025-01-05T00:00:00Z,pricing_page
    H1,2025-01-10T00:00:00Z,page_view
    H1,2025-01-12T00:00:00Z,page_view
    """

private func models(score: String) -> String {
    """
      - name: hs
        kind: hubspot
        score: \(score)
        total_limit: 100
        fit:
          limit: 30
          groups:
            - name: persona
              limit: 25
              rules:
                - { attribute: Seniority, per_value: { VP: 20, Student: -15 } }
                - { attribute: Employees, at_least: 200, points: 10 }
        engagement:
          limit: 50
          groups:
            - name: intent
              limit: 40
              decay: { percent: 50, every_months: 1 }
              rules:
                - { activity: demo_request, points: 30 }
                - { activity: pricing_page, frequency: [ { min: 1, max: 2, points: 5 }, { min: 3, points: 15 } ] }
            - name: web
              time_frame_days: 7
              rules:
                - { activity: page_view, points: 2 }
        grid: { fit: [20, 10], engagement: [30, 10] }
    """
}

@Suite struct HubSpotPresetTests {
    private func build(score: String = "total") throws -> (ModelWorld, HubSpotModel) {
        let world = try ModelWorld(leads: leads, activities: activities, models: models(score: score))
        let spec = try #require(world.spec("hs"))
        return (world, try HubSpotModel(spec, data: world.data))
    }

    @Test func scoresGroupsLimitsTimeFrameAndDecay() throws {
        let (world, model) = try build()
        defer { world.remove() }
        func total(_ lead: Int, _ moment: String) -> Double { model.score(world.data.view(lead, asOf: at(moment))) }
        func cell(_ lead: Int, _ moment: String) -> String? { model.cell(world.data.view(lead, asOf: at(moment))) }
        // H1's fit: VP 20 + Employees 500 ≥ 200 10 = 30, over the persona limit 25 → 25 (fit limit 30).
        #expect(total(0, "2025-01-01T12:00:00Z") == 25)
        // 01-06: intent = demo 30 + pricing ×3 in the range 3+ → 15 = 45, over the group limit 40 → 40.
        // Total 25 + 40 = 65; fit 25 ≥ 20 is A, engagement 40 ≥ 30 is 1.
        #expect(total(0, "2025-01-06T00:00:00Z") == 65)
        #expect(cell(0, "2025-01-06T00:00:00Z") == "A1")
        // 01-13: + two page views of the last 7 days, 2 × 2 = 4 → 69.
        #expect(total(0, "2025-01-13T00:00:00Z") == 69)
        // 01-18: the 01-10 view is 8 days old, out of the 7-day time frame; the 01-12 view is in → 67.
        #expect(total(0, "2025-01-18T00:00:00Z") == 67)
        // 02-02: the demo is one whole month old, 30 × 50 % = 15; the pricing range was reached on
        // 01-05, less than a month ago, 15 → intent 30; no recent page views → 25 + 30 = 55, A1.
        #expect(total(0, "2025-02-02T00:00:00Z") == 55)
        #expect(cell(0, "2025-02-02T00:00:00Z") == "A1")
        // 02-05: the pricing points have aged a month too, 15 × 50 % = 7.5 → intent 22.5 → 47.5, A2.
        #expect(total(0, "2025-02-05T00:00:00Z") == 47.5)
        #expect(cell(0, "2025-02-05T00:00:00Z") == "A2")
        // 04-03: demo 3 months old, 30 × 0.5³ = 3.75; pricing 2 whole months (04-05 not reached),
        // 15 × 0.5² = 3.75 → 25 + 7.5 = 32.5; engagement 7.5 < 10 is 3: A3.
        #expect(total(0, "2025-04-03T00:00:00Z") == 32.5)
        #expect(cell(0, "2025-04-03T00:00:00Z") == "A3")
        // H2: Student −15 (limits cap from above only), small company 0, no events → −15, C3.
        #expect(total(1, "2025-01-06T00:00:00Z") == -15)
        #expect(cell(1, "2025-01-06T00:00:00Z") == "C3")
    }

    @Test func firstMomentFollowsActivitiesAndTimeFrames() throws {
        let (world, model) = try build()
        defer { world.remove() }
        let end = at("2025-06-01T00:00:00Z")
        // 25 at creation; the demo on 01-02 brings 25 + 30 = 55.
        #expect(model.firstMoment(reaching: 47.5, lead: 0, from: at("2025-01-01T00:00:00Z"), through: end, data: world.data) == at("2025-01-02T00:00:00Z"))
        // 65 from 01-05; the first page view (01-10) brings 67.
        #expect(model.firstMoment(reaching: 66, lead: 0, from: at("2025-01-03T00:00:00Z"), through: end, data: world.data) == at("2025-01-10T00:00:00Z"))
        // The peak is 69 (01-12 to 01-17).
        #expect(model.firstMoment(reaching: 70, lead: 0, from: at("2025-01-01T00:00:00Z"), through: end, data: world.data) == nil)
        // Falling below 50 happens on 02-05 (47.5); a threshold of 48 from 02-05 on is never reached again.
        #expect(model.firstMoment(reaching: 48, lead: 0, from: at("2025-02-05T00:00:00Z"), through: end, data: world.data) == nil)
    }

    @Test func gridScoreRanksCellsAndMakesThemTiers() throws {
        let (world, model) = try build(score: "grid")
        defer { world.remove() }
        // A1 = 9, A2 = 8, A3 = 7 …, C3 = 1.
        #expect(model.score(world.data.view(0, asOf: at("2025-01-06T00:00:00Z"))) == 9)
        #expect(model.score(world.data.view(0, asOf: at("2025-02-05T00:00:00Z"))) == 8)
        #expect(model.score(world.data.view(0, asOf: at("2025-04-03T00:00:00Z"))) == 7)
        #expect(model.score(world.data.view(1, asOf: at("2025-01-06T00:00:00Z"))) == 1)
        let spec = try #require(world.spec("hs"))
        #expect(spec.tiers.map(\.name) == ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3"])
        #expect(Tiers(spec.tiers).tier(of: 8) == "A2")
    }
}
