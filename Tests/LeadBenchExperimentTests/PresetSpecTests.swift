import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchTestSupport
import Testing

private let presets = """
    name: presets
    data:
      leads: leads.csv
      activities: activities.csv
      columns: { lead_id: Lead ID, created_at: Created, converted_at: Won }
      activity_columns: { lead_id: Lead ID, at: At, type: Type }
    models:
      - name: hubspot
        kind: hubspot
        fit:
          groups:
            - name: persona
              limit: 20
              rules: [ { attribute: Title, per_value: { VP: 15, CTO: 10 } } ]
        engagement:
          groups:
            - name: web
              time_frame_days: 30
              rules: [ { activity: demo_request, points: 30 } ]
      - name: marketo
        kind: marketo
        behavior: [ { activity: demo_request, change: +30, daily_cap: 30 } ]
        demographic: [ { attribute: Title, equals: VP, change: "=10" } ]
        decay: { after_days: 30, change: -5 }
      - name: eloqua
        kind: eloqua
        profile:
          - { field: Title, weight: 60, rules: [ { equals: VP, points: 100 } ] }
          - { field: Size, weight: 40, rules: [ { at_least: 100, points: 100 } ] }
        engagement:
          - { activity: demo_request, weight: 100, rules: [ { at_least: 1, within_days: 7, points: 100 } ] }
      - name: pardot
        kind: pardot
        activities: { form_submission: page_view, opportunity_created: demo_request }
        grading: [ { attribute: Title, equals: VP, adjust: +2/3 } ]
        qualify: { score: 100, grade: B }
      - { name: odoo, kind: naive_bayes, fields: [Title, Size] }
    """

private func parse(_ text: String) throws(InputError) -> ExperimentFile {
    try ExperimentFile.parse(text, path: "exp.yaml")
}

private func issues(_ text: String) throws -> [InputIssue] {
    try #require(#expect(throws: InputError.self) { try parse(text) }?.issues)
}

@Suite struct PresetSpecTests {
    @Test func decodesEveryPreset() throws {
        let spec = try parse(presets).spec
        #expect(spec.models.map(\.kind) == [.hubspot, .marketo, .eloqua, .pardot, .naiveBayes])
        guard case .hubspot(let hubspot) = spec.models[0].configuration, case .marketo(let marketo) = spec.models[1].configuration,
              case .pardot(let pardot) = spec.models[3].configuration
        else { Issue.record("not the presets' configurations"); return }
        #expect(hubspot.fit?.groups[0].rules[0].target == .perValue("Title", ["VP": 15, "CTO": 10]))
        #expect(hubspot.engagement?.groups[0].timeFrameDays == 30)
        #expect(marketo.behavior[0].change == ScoreChange(.add, 30))
        #expect(marketo.demographic[0].change == ScoreChange(.set, 10))
        #expect(marketo.decay?.change == ScoreChange(.add, -5))
        #expect(pardot.grading[0].adjust == 2)
        #expect(spec.models[3].threshold == 100)
        // Eloqua's cells are its tiers, best first.
        #expect(spec.models[2].tiers.first == TierSpec(name: "A1", min: 16))
        // The references the validator checks against the data, with their paths.
        #expect(spec.models[3].references.map { "\($0.name) \(SpecPathElement.render($0.path))" } == [
            "page_view activities.form_submission", "demo_request activities.opportunity_created", "Title grading[0].attribute",
        ])
    }

    @Test func configurationsRoundTripThroughJSON() throws {
        let spec = try parse(presets).spec
        for model in spec.models {
            switch model.configuration {
            case .hubspot(let config): #expect(try JSONDecoder().decode(HubSpotConfig.self, from: JSONEncoder().encode(config)) == config)
            case .marketo(let config): #expect(try JSONDecoder().decode(MarketoConfig.self, from: JSONEncoder().encode(config)) == config)
            case .eloqua(let config): #expect(try JSONDecoder().decode(EloquaConfig.self, from: JSONEncoder().encode(config)) == config)
            case .pardot(let config): #expect(try JSONDecoder().decode(PardotConfig.self, from: JSONEncoder().encode(config)) == config)
            case .naiveBayes(let config): #expect(try JSONDecoder().decode(NaiveBayesConfig.self, from: JSONEncoder().encode(config)) == config)
            default: Issue.record("\(model.name) is not a preset")
            }
        }
    }

    @Test func misconfigurationIsReportedAtItsLineWithAHint() throws {
        let broken = presets
            .replacingOccurrences(of: "time_frame_days: 30", with: "time_frame_days: 30\n          decay: { percent: 20, every_months: 3 }")
            .replacingOccurrences(of: "weight: 40", with: "weight: 30")
            .replacingOccurrences(of: "change: -5", with: "change: 5")
            .replacingOccurrences(of: "form_submission: page_view", with: "form_submit: page_view")
            .replacingOccurrences(of: "grade: B }", with: "grade: Q }")
        let found = try issues(broken)
        let summary = found.map { "\($0.line ?? 0) \($0.field ?? "") \($0.message)" }
        #expect(summary == [
            "19 models[0].engagement.groups[0].decay group \"web\" has both a time frame and a decay; a group uses one or the other",
            "25 models[1].decay.change \"5\" is not a score change",
            "29 models[2].profile the profile weights add up to 90, not 100",
            "35 models[3].activities \"form_submit\" is not one of the platform's scored activities",
            "37 models[3].qualify.grade \"Q\" is not a grade",
        ])
        #expect(found[0].hint?.contains("time_frame_days") == true)
        #expect(found[2].hint == "each weight is the criterion's percentage of the score; make them add up to 100")
        #expect(found[3].hint == "did you mean \"form_submission\"?")
    }

    @Test func morePresetMistakes() throws {
        let broken = presets
            .replacingOccurrences(of: "time_frame_days: 30", with: "decay: { percent: 20, every_months: 2 }")
            .replacingOccurrences(of: "rules: [ { activity: demo_request, points: 30 } ]", with: "rules: [ { attribute: Title, equals: VP, points: 30 } ]")
            .replacingOccurrences(of: "kind: eloqua", with: "kind: eloqua\n    priority: [A1, A2]")
            .replacingOccurrences(of: "fields: [Title, Size] }", with: "fields: [Title, Size], smoothing: 0 }")
        let messages = try issues(broken).map(\.message)
        #expect(messages.contains("the decay period is 1, 3, 6 or 12 months, not 2"))
        #expect(messages.contains("engagement group \"web\" has a property rule; engagement groups score events"))
        #expect(messages.contains { $0.hasPrefix("the priority lists each of the 16 cells A1 … D4 once; missing: B1, A3") })
        #expect(messages.contains("smoothing must be positive (1 is Laplace smoothing)"))
    }

    @Test func aGradeRuleOnAMissingFieldIsReportedAgainstTheData() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        dir.write("leads.csv", "Lead ID,Created,Won,Title,Size\nL1,2025-01-01,2025-02-01,VP,10\nL2,2025-02-01,,CTO,5\n")
        dir.write("activities.csv", "Lead ID,At,Type\nL1,2025-01-02,demo_request\nL2,2025-02-02,page_view\n")
        func validate(_ text: String) throws -> [InputIssue] {
            let file = try ExperimentFile.load(path: dir.write("exp.yaml", text))
            return try #require(#expect(throws: InputError.self) { try ExperimentValidator(experiment: file).validateAndLoad() }?.issues)
        }
        let grade = try validate(presets.replacingOccurrences(of: "grading: [ { attribute: Title,", with: "grading: [ { attribute: Titel,"))
        #expect(grade.map { "\($0.line ?? 0) \($0.field ?? "") \($0.hint ?? "")" } == ["35 models[3].grading[0].attribute did you mean \"Title\"?"])
        #expect(grade[0].message == "model \"pardot\" has a rule on column \"Titel\", which the data does not have")
        // Activity types are checked once the data is loaded.
        let behaviour = try validate(presets.replacingOccurrences(of: "- { activity: demo_request, weight: 100", with: "- { activity: demo_requests, weight: 100"))
        #expect(behaviour.map { "\($0.line ?? 0) \($0.field ?? "") \($0.hint ?? "")" } == ["31 models[2].engagement[0].activity did you mean \"demo_request\"?"])
    }
}
