import LeadBenchData
import LeadBenchExperiment
import LeadBenchTestSupport
import Testing

private let valid = """
    name: demo
    seed: 7
    data:
      leads: leads.csv
      activities: activities.csv
      columns: { lead_id: Lead ID, created_at: Created, converted_at: Won }
      activity_columns: { lead_id: Lead ID, at: At, type: Type }
      missing: [Select]
      exclude: [ { Notes: typed by sales after the call }, Owner ]
    split: { kind: temporal, cutoff: 2025-03-01 }
    horizon_days: 60
    scoring_delay_days: 7
    objective: { kind: capacity, max_per_week: 5 }
    baseline: points
    models:
      - name: points
        kind: static
        threshold: 20
        tiers: [ { name: hot, min: 30 }, { name: cold } ]
        rules:
          - { attribute: Title, equals: VP, points: 15 }
          - { attribute: Size, between: [10, 500], points: 5 }
          - { activity: demo_request, points: 30, cap: 30 }
      - name: engagement
        kind: decaying
        half_life_days: 14
        inactivity: { after_days: 30, points: -10 }
        rules: [ { activity: page_view, points: 2 } ]
      - { name: logistic, kind: logistic, l2: 0.5 }
      - { name: boosted, kind: boosted_trees, trees: 50, leaves: 8 }
      - { name: hybrid, kind: hybrid, fit: points, engagement: engagement }
    """

private func parse(_ text: String) throws(InputError) -> ExperimentFile {
    try ExperimentFile.parse(text, path: "exp.yaml")
}

@Suite struct ExperimentFileTests {
    @Test func decodesEverySection() throws {
        let spec = try parse(valid).spec
        #expect(spec.name == "demo")
        #expect(spec.seed == 7)
        #expect(spec.data.columns.createdAt == "Created")
        #expect(spec.data.exclude == [ExcludedColumn(column: "Notes", reason: "typed by sales after the call"), ExcludedColumn(column: "Owner")])
        #expect(spec.split == .temporal(cutoff: 20_148 * 86_400))
        #expect(spec.objective == .capacity(maxPerWeek: 5))
        #expect(spec.models.map(\.kind) == [.static, .decaying, .logistic, .boostedTrees, .hybrid])
        let rules = spec.models[0].rules
        #expect(rules[1].target == .attribute("Size", .range(min: 10, max: 500)))
        #expect(rules[2] == RuleSpec(target: .activity("demo_request", perOccurrence: true), points: 30, cap: 30))
        guard case .points(let decaying) = spec.models[1].configuration else { Issue.record("not points"); return }
        #expect(decaying.decay?.halfLifeDays == 14)
        #expect(decaying.decay?.inactivity == nil ? false : true)
        #expect(spec.bootstrap.resamples == 1000)
    }

    @Test func reportsEveryMistakeAtOnceWithLinesAndSuggestions() throws {
        let broken = valid
            .replacingOccurrences(of: "horizon_days: 60", with: "horizon_day: 60")
            .replacingOccurrences(of: "kind: boosted_trees", with: "kind: boosted_tree")
            .replacingOccurrences(of: "threshold: 20", with: "threshold: high")
            .replacingOccurrences(of: "half_life_days: 14", with: "half_life_days: 0")
            .replacingOccurrences(of: "baseline: points", with: "baseline: pionts")
        let error = #expect(throws: InputError.self) { try parse(broken) }
        let issues = try #require(error?.issues)
        let summary = issues.map { "\($0.line ?? 0) \($0.kind) \($0.field ?? "")" }
        #expect(summary == [
            "11 unknown-key horizon_day",
            "14 invalid-value baseline",
            "18 invalid-value models[0].threshold",
            "26 invalid-value models[1].half_life_days",
            "30 invalid-value models[3].kind",
        ])
        #expect(issues[0].hint == "did you mean \"horizon_days\"?")
        #expect(issues[1].hint == "did you mean \"points\"?")
        #expect(issues[2].message == "expected a number")
        #expect(issues[2].value == "high")
        #expect(issues[4].hint == "did you mean \"boosted_trees\"?")
        #expect(issues[4].value == "boosted_tree")
    }

    @Test func unknownRuleOperatorAndMissingKeys() throws {
        let broken = valid
            .replacingOccurrences(of: "{ attribute: Title, equals: VP, points: 15 }", with: "{ attribute: Title, equal: VP, points: 15 }")
            .replacingOccurrences(of: "  leads: leads.csv\n", with: "")
        let issues = try #require(#expect(throws: InputError.self) { try parse(broken) }?.issues)
        let unknown = try #require(issues.first { $0.kind == .unknownKey })
        #expect(unknown.field == "models[0].rules[0].equal")
        #expect(unknown.hint == "did you mean \"equals\"?")
        let missing = try #require(issues.first { $0.kind == .missingKey })
        #expect(missing.field == "data.leads")
        #expect(missing.line == 3)
        #expect(issues.contains { $0.field == "models[0].rules[0]" && $0.message == "an attribute rule needs a condition" })
    }

    @Test func crossKeyRules() throws {
        let broken = valid
            .replacingOccurrences(of: "  activity_columns: { lead_id: Lead ID, at: At, type: Type }\n", with: "")
            .replacingOccurrences(of: "engagement: engagement }", with: "engagement: engagment }")
            .replacingOccurrences(of: "scoring_delay_days: 7", with: "scoring_delay_days: 90")
        let messages = try #require(#expect(throws: InputError.self) { try parse(broken) }?.issues.map(\.message))
        #expect(messages.contains("an activities file needs `activity_columns`"))
        #expect(messages.contains("hybrid \"hybrid\" refers to \"engagment\", which is not a model of this experiment"))
        #expect(messages.contains("the scoring delay must be shorter than the horizon"))
    }

    @Test func yamlSyntaxErrorsAndDuplicateKeys() throws {
        let syntax = #expect(throws: InputError.self) { try parse("name: x\ndata: [unclosed\n") }?.issues.first
        #expect(syntax?.kind == .malformedYAML)
        #expect(syntax?.line != nil)
        let duplicate = #expect(throws: InputError.self) { try parse("name: x\nseed: 1\nseed: 2\n") }?.issues.first
        #expect(duplicate?.kind == .malformedYAML)
        #expect(duplicate?.field == "seed")
        let scalar = #expect(throws: InputError.self) { try parse("just text") }?.issues.first
        #expect(scalar?.message == "an experiment file is a mapping of keys to values")
        let empty = #expect(throws: InputError.self) { try parse("") }?.issues.first
        #expect(empty?.message == "the experiment file is empty")
    }

    @Test func wrongTypesInsideNestedValues() throws {
        let broken = valid.replacingOccurrences(of: "missing: [Select]", with: "missing: Select")
            .replacingOccurrences(of: "tiers: [ { name: hot, min: 30 }, { name: cold } ]", with: "tiers: [ { name: cold }, { name: hot, min: 30 } ]")
        let issues = try #require(#expect(throws: InputError.self) { try parse(broken) }?.issues)
        #expect(issues.contains { $0.field == "data.missing" && $0.message == "expected a list" && $0.line == 8 })
        #expect(issues.contains { $0.field == "models[0].tiers" && $0.message == "only the last tier may leave out `min`" })
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
