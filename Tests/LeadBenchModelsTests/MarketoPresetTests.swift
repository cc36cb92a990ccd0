import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Seniority,Employees
    M1,2025-01-01T00:00:00Z,,VP,500
    M2,2025-01-01T00:00:00Z,,Student,2000
    """

private let activities = """
    id,at,type
    M1,2025-01-02T10:00:00Z,demo_request
    M1,2025-01-03T09:00:00Z,page_view
    M1,2025-01-03T10:00:00Z,page_view
    M1,2025-01-03T11:00:00Z,page_view
    M1,2025-01-03T12:00:00Z,page_view
    M1,2025-01-04T08:00:00Z,page_view
    M1,2025-02-20T12:00:00Z,demo_request
    M1,2025-02-21T00:00:00Z,unsubscribe
    """

private let models = """
      - name: mk
        kind: marketo
        behavior:
          - { activity: demo_request, change: +30 }
          - { activity: page_view, change: +2, daily_cap: 5 }
          - { activity: unsubscribe, change: "=0" }
        demographic:
          - { attribute: Seniority, equals: VP, change: +20 }
          - { attribute: Employees, at_least: 200, change: +10 }
          - { attribute: Employees, at_least: 1000, change: "=0" }
        decay: { after_days: 10, change: -10, floor: 0 }
    """

@Suite struct MarketoPresetTests {
    private func build() throws -> (ModelWorld, MarketoModel) {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        return (world, try MarketoModel(try #require(world.spec("mk")), data: world.data))
    }

    @Test func replaysChangesCapsAndTheDailyDecayBatch() throws {
        let (world, model) = try build()
        defer { world.remove() }
        func score(_ lead: Int, _ moment: String) -> Double { model.score(world.data.view(lead, asOf: at(moment))) }
        func behavior(_ moment: String) -> Double { model.behaviorScore(world.data.view(0, asOf: at(moment))) }
        // M1's demographic score: VP +20, 500 ≥ 200 +10 → 30 (500 < 1000: no reset). Behaviour 0.
        #expect(score(0, "2025-01-01T12:00:00Z") == 30)
        // Demo +30; page views +2, +2, then +1 (the 5-point daily cap) and +0 → behaviour 35, lead 65.
        #expect(behavior("2025-01-03T11:30:00Z") == 35)
        #expect(score(0, "2025-01-03T23:59:59Z") == 65)
        // A new UTC day: the page view adds +2 again → 37, lead 67.
        #expect(score(0, "2025-01-04T12:00:00Z") == 67)
        // Last change 01-04 08:00; the first midnight 10 days after is 01-15 00:00: −10 → 27, lead 57.
        #expect(score(0, "2025-01-14T23:59:59Z") == 67)
        #expect(score(0, "2025-01-15T00:00:00Z") == 57)
        // The batch's change counts as a change: 01-25 → 17, 02-04 → 7.
        #expect(score(0, "2025-02-10T00:00:00Z") == 37)
        // 02-14: 7 − 10 held at the floor 0 → lead 30; at the floor the batch stops.
        #expect(behavior("2025-02-14T00:00:00Z") == 0)
        #expect(score(0, "2025-02-19T00:00:00Z") == 30)
        // 02-20 12:00 demo +30 → 60; 02-21 00:00 unsubscribe =0 → 30.
        #expect(score(0, "2025-02-20T12:00:00Z") == 60)
        #expect(score(0, "2025-02-21T00:00:00Z") == 30)
        // M2: not VP; 2000 ≥ 200 +10, then ≥ 1000 sets =0 → demographic 0 (rules apply in order).
        #expect(model.demographicScore(world.data.view(1, asOf: at("2025-01-02T00:00:00Z"))) == 0)
    }

    @Test func firstMomentIsFoundByOneReplay() throws {
        let (world, model) = try build()
        defer { world.remove() }
        let end = at("2025-03-31T00:00:00Z")
        // Lead 66 needs behaviour 36: the page view of 01-04 08:00 brings 37.
        #expect(model.firstMoment(reaching: 66, lead: 0, from: at("2025-01-01T00:00:00Z"), through: end, data: world.data) == at("2025-01-04T08:00:00Z"))
        // From 01-20 (behaviour 27, lead 57) the score falls until the demo of 02-20 12:00 brings 60.
        #expect(model.firstMoment(reaching: 60, lead: 0, from: at("2025-01-20T00:00:00Z"), through: end, data: world.data) == at("2025-02-20T12:00:00Z"))
        // Already there at the start.
        #expect(model.firstMoment(reaching: 30, lead: 0, from: at("2025-01-20T00:00:00Z"), through: end, data: world.data) == at("2025-01-20T00:00:00Z"))
        #expect(model.firstMoment(reaching: 68, lead: 0, from: at("2025-01-01T00:00:00Z"), through: end, data: world.data) == nil)
    }
}
