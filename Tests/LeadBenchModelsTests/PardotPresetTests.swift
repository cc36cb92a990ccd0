import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

private let leads = """
    id,created,won,Seniority,Department,Country
    P1,2025-01-01T00:00:00Z,,VP,Marketing,France
    P2,2025-01-01T00:00:00Z,,Manager,,Germany
    """

private let activities = """
    id,at,type
    P1,2025-01-02T00:00:00Z,form_fill
    P1,2025-01-03T00:00:00Z,email_open
    P1,2025-01-04T00:00:00Z,email_open
    P1,2025-01-05T10:00:00Z,page_view
    P1,2025-01-05T11:00:00Z,page_view
    P1,2025-01-05T12:00:00Z,page_view
    P1,2025-01-06T00:00:00Z,form_fill
    P2,2025-01-02T00:00:00Z,form_fill
    P2,2025-01-03T00:00:00Z,form_fill
    """

private let models = """
      - name: pd
        kind: pardot
        activities: { form_submission: form_fill, page_view: page_view, email_open: email_open }
        points: { page_view: 2, email_open: 5 }
        grading:
          - { attribute: Seniority, one_of: [VP], adjust: +1, unmatched: -1/3 }
          - { attribute: Department, equals: Marketing, adjust: +2/3 }
          - { attribute: Country, equals: Germany, adjust: -1 }
        qualify: { score: 100, grade: C }
    """

@Suite struct PardotPresetTests {
    @Test func scoreGradeAndQualification() throws {
        let world = try ModelWorld(leads: leads, activities: activities, models: models)
        defer { world.remove() }
        let spec = try #require(world.spec("pd"))
        #expect(spec.threshold == 100)
        let model = try PardotModel(spec, data: world.data)
        func view(_ lead: Int, _ moment: String) -> LeadView { world.data.view(lead, asOf: at(moment)) }
        // P1's grade: D, VP +1 → C, Marketing +2/3 → B-; France is known and not Germany: no step.
        #expect(model.grade(view(0, "2025-01-02T00:00:00Z")).name == "B-")
        // Form submission 50 (default).
        #expect(model.score(view(0, "2025-01-02T12:00:00Z")) == 50)
        // Two email opens, scored once at the override 5 → 55.
        #expect(model.score(view(0, "2025-01-04T12:00:00Z")) == 55)
        // Three page views at the override 2 → 61.
        #expect(model.score(view(0, "2025-01-05T12:00:00Z")) == 61)
        // A second form → 111; grade B- ≥ C: the score stands.
        #expect(model.score(view(0, "2025-01-06T12:00:00Z")) == 111)
        // P2's grade: D, not VP −1/3 → D-; Department missing: no step; Germany −1 → below F, held at F.
        #expect(model.grade(view(1, "2025-01-02T00:00:00Z")).name == "F")
        // P2's platform score 100, but grade F < C: held just below the qualifying 100.
        #expect(model.platformScore(view(1, "2025-01-04T00:00:00Z")) == 100)
        #expect(model.score(view(1, "2025-01-04T00:00:00Z")) == 100.0.nextDown)
        let start = at("2025-01-01T00:00:00Z")
        let end = at("2025-03-01T00:00:00Z")
        #expect(model.firstMoment(reaching: 100, lead: 0, from: start, through: end, data: world.data) == at("2025-01-06T00:00:00Z"))
        #expect(model.firstMoment(reaching: 100, lead: 1, from: start, through: end, data: world.data) == nil)
    }

    @Test func gradeScaleRunsInThirdsFromDToAPlus() {
        #expect(PardotGrade.start.name == "D")
        #expect(PardotGrade(thirds: PardotGrade.start.thirds + 10).name == "A+")   // ten thirds from D to A+
        #expect(PardotGrade(thirds: PardotGrade.start.thirds + 2).name == "C-")
        #expect(PardotGrade(thirds: PardotGrade.start.thirds + 3).name == "C")
        #expect(PardotGrade(thirds: -4).name == "F")
        #expect(PardotGrade("B")! > PardotGrade("B-")!)
    }
}
