import LeadBenchData
import LeadBenchExperiment
import LeadBenchTestSupport
import Testing

/// A two-file export and an experiment over it, written to a temporary folder.
private func export(experiment: String) throws -> (TemporaryDirectory, String) {
    let dir = try TemporaryDirectory()
    dir.write("leads.csv", "Lead ID,Created,Won,Title,Size\nL1,2025-01-01,2025-02-01,VP,10\nL2,2025-02-01,,Student,5\nL3,2025-03-01,,VP,7\nL4,2025-04-01,,CTO,9\n")
    dir.write("activities.csv", "Lead ID,At,Type\nL1,2025-01-02,demo_request\nL2,2025-02-02,page_view\n")
    return (dir, dir.write("exp.yaml", experiment))
}

private let experiment = """
    name: small
    data:
      leads: leads.csv
      activities: activities.csv
      columns: { lead_id: Lead ID, created_at: Created, converted_at: Won }
      activity_columns: { lead_id: Lead ID, at: At, type: Type }
    split: { kind: temporal, cutoff: 2025-02-15 }
    models:
      - name: points
        kind: static
        rules:
          - { attribute: Title, equals: VP, points: 10 }
          - { activity: demo_request, points: 30 }
    """

@Suite struct ExperimentValidatorTests {
    @Test func acceptsAConsistentExperiment() throws {
        let (dir, path) = try export(experiment: experiment)
        defer { dir.remove() }
        let data = try ExperimentValidator(experiment: try ExperimentFile.load(path: path)).validateAndLoad()
        #expect(data.leads.count == 4)
    }

    @Test func reportsEveryColumnMistakeAtItsLine() throws {
        let broken = experiment
            .replacingOccurrences(of: "created_at: Created,", with: "created_at: Creatd,")
            .replacingOccurrences(of: "type: Type }", with: "type: Kind }")
            .replacingOccurrences(of: "attribute: Title", with: "attribute: Titel")
        let (dir, path) = try export(experiment: broken)
        defer { dir.remove() }
        let file = try ExperimentFile.load(path: path)
        let issues = try #require(#expect(throws: InputError.self) { try ExperimentValidator(experiment: file).validateAndLoad() }?.issues)
        let summary = issues.map { "\($0.line ?? 0) \($0.field ?? "") \($0.hint ?? "")" }
        #expect(summary == [
            "5 data.columns.created_at did you mean \"Created\"?",
            "6 data.activity_columns.type valid columns: \"Lead ID\", \"At\", \"Type\"",
            "12 models[0].rules[0].attribute did you mean \"Title\"?",
        ])
        #expect(issues.allSatisfy { $0.file == path })
    }

    @Test func activityTypesAndCutoffAreCheckedAgainstTheData() throws {
        let broken = experiment
            .replacingOccurrences(of: "activity: demo_request", with: "activity: demo_requests")
            .replacingOccurrences(of: "cutoff: 2025-02-15", with: "cutoff: 2026-01-01")
        let (dir, path) = try export(experiment: broken)
        defer { dir.remove() }
        let file = try ExperimentFile.load(path: path)
        let issues = try #require(#expect(throws: InputError.self) { try ExperimentValidator(experiment: file).validateAndLoad() }?.issues)
        #expect(issues.map(\.line) == [13, 7])
        #expect(issues[0].hint == "did you mean \"demo_request\"?")
        #expect(issues[1].message.hasPrefix("the cutoff must fall inside the data"))
    }

    @Test func missingDataFileIsNamed() throws {
        let (dir, path) = try export(experiment: experiment.replacingOccurrences(of: "activities: activities.csv", with: "activities: activites.csv"))
        defer { dir.remove() }
        let file = try ExperimentFile.load(path: path)
        let issue = #expect(throws: InputError.self) { try ExperimentValidator(experiment: file).validateAndLoad() }?.issues.first
        #expect(issue?.kind == .unreadableFile)
        #expect(issue?.line == 4)
        #expect(issue?.value == "activites.csv")
    }

    @Test func temporalSplitNeedsCreationTimes() throws {
        let (dir, path) = try export(experiment: experiment.replacingOccurrences(of: "created_at: Created, ", with: ""))
        defer { dir.remove() }
        let file = try ExperimentFile.load(path: path)
        let issues = try #require(#expect(throws: InputError.self) { try ExperimentValidator(experiment: file).validateAndLoad() }?.issues)
        #expect(issues.contains { $0.field == "split.kind" && $0.line == 7 })
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
