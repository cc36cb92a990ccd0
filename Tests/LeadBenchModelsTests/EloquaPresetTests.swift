import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Seniority,Employees
    E1,2025-01-01T00:00:00Z,,Director,500
    E2,2025-01-01T00:00:00Z,,VP,5000
    """

private let activities = """
    id,at,type
    E1,2025-01-02T00:00:00Z,email_click
    E1,2025-01-05T00:00:00Z,demo_request
    E1,2025-01-06T00:00:00Z,email_click
    E1,2025-01-07T00:00:00Z,email_click
    """

private let criteria = """
        profile:
          - field: Seniority
            weight: 60
            rules: [ { one_of: [VP, C-level], points: 100 }, { equals: Director, points: 75 } ]
          - field: Employees
            weight: 40
            rules: [ { at_least: 1000, points: 100 }, { at_least: 200, points: 50 } ]
        engagement:
          - activity: demo_request
            weight: 50
            rules: [ { at_least: 1, within_days: 7, points: 100 }, { at_least: 1, within_days: 30, points: 50 } ]
          - activity: email_click
            weight: 50
            rules: [ { at_least: 3, within_days: 14, points: 100 }, { exactly: 1, within_days: 30, points: 25 } ]
    """

private let models = """
      - name: eq
        kind: eloqua
        qualify_at: B1
    \(criteria)
      - name: eq-priority
        kind: eloqua
        priority: [B1, A1, A2, A3, B2, C1, A4, B3, C2, D1, B4, C3, D2, C4, D3, D4]
    \(criteria)
    """

@Suite struct EloquaPresetTests {
    @Test func profileAndEngagementGiveTheMatrixCell() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let model = try EloquaModel(try #require(world.spec("eq")), data: world.data)
        func view(_ lead: Int, _ moment: String) -> LeadView { world.data.view(lead, asOf: at(moment)) }
        // E1's profile: Director 75 × 60 % + 500 employees 50 × 40 % = 45 + 20 = 65 → B (≥ 50).
        #expect(model.profileScore(view(0, "2025-01-03T00:00:00Z")) == 65)
        // 01-03: one click in 30 days ("exactly 1") 25 × 50 % = 12.5; no demo → 12.5 → level 4: B4,
        // the 11th cell of the default priority → 16 − 10 = 6.
        #expect(model.engagementScore(view(0, "2025-01-03T00:00:00Z")) == 12.5)
        #expect(model.cell(view(0, "2025-01-03T00:00:00Z")) == "B4")
        #expect(model.score(view(0, "2025-01-03T00:00:00Z")) == 6)
        // 01-08: demo 3 days old (within 7) 100 × 50 % + three clicks within 14 days 100 × 50 % = 100 → B1 → 14.
        #expect(model.engagementScore(view(0, "2025-01-08T00:00:00Z")) == 100)
        #expect(model.cell(view(0, "2025-01-08T00:00:00Z")) == "B1")
        #expect(model.score(view(0, "2025-01-08T00:00:00Z")) == 14)
        // 01-13: demo 8 days old (within 30) 50 × 50 % = 25; clicks still 3 within 14 → 50 → 75: B1.
        #expect(model.engagementScore(view(0, "2025-01-13T00:00:00Z")) == 75)
        #expect(model.cell(view(0, "2025-01-13T00:00:00Z")) == "B1")
        // 01-17: the 01-02 click is 15 days old: 2 within 14, 3 within 30 (not exactly 1) → 0; demo 25 → B3 → 9.
        #expect(model.cell(view(0, "2025-01-17T00:00:00Z")) == "B3")
        #expect(model.score(view(0, "2025-01-17T00:00:00Z")) == 9)
        // 02-10: everything older than 30 days → 0 → B4.
        #expect(model.cell(view(0, "2025-02-10T00:00:00Z")) == "B4")
        // E2: VP 100 × 60 % + 5000 employees 100 × 40 % = 100 → A; no activity → A4.
        #expect(model.cell(view(1, "2025-01-08T00:00:00Z")) == "A4")
    }

    @Test func qualifyingCellAndPriorityOrder() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let spec = try #require(world.spec("eq"))
        // qualify_at: B1 is the threshold 14 (B1 is third in the default priority: A1, A2, B1, …).
        #expect(spec.threshold == 14)
        #expect(spec.tiers.prefix(4).map(\.name) == ["A1", "A2", "B1", "A3"])
        let model = try EloquaModel(spec, data: world.data)
        // B2 (12) on 01-06 (demo within 7, two clicks), B1 on 01-07 with the third click.
        #expect(model.firstMoment(reaching: 14, lead: 0, from: at("2025-01-01T00:00:00Z"), through: at("2025-03-01T00:00:00Z"), data: world.data) == at("2025-01-07T00:00:00Z"))
        // B3 (9) from 01-16 00:00:01, when the 01-02 click leaves the 14-day window; nothing reaches 10 later.
        #expect(model.firstMoment(reaching: 10, lead: 0, from: at("2025-01-16T12:00:00Z"), through: at("2025-03-01T00:00:00Z"), data: world.data) == nil)
        // A priority that puts B1 first ranks it 16.
        let reordered = try EloquaModel(try #require(world.spec("eq-priority")), data: world.data)
        #expect(reordered.score(world.data.view(0, asOf: at("2025-01-08T00:00:00Z"))) == 16)
        #expect(reordered.score(world.data.view(1, asOf: at("2025-01-08T00:00:00Z"))) == 10)   // A4 is 7th
    }
}
