import LeadBenchAB
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// The quickstart's A/B test replayed on history: the arms split the test leads by account, each arm's
/// figures are its own model's replay of its own leads, and the report carries the targeting note.
@Suite struct ABReplayTests {
    @Test func armsSplitTheTestLeadsAndUseTheirOwnModels() throws {
        let experiment = try ExperimentFile.load(path: Paths.experiment("quickstart.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        var spec = experiment.spec
        spec.models = spec.models.filter { ["points", "logistic"].contains($0.name) }
        let ab = try #require(spec.ab)
        #expect(ab.unit == .account)
        let results = try ExperimentRun(spec: spec, data: data, resamples: 20).run().results
        let replay = try #require(results.abReplay)
        #expect(replay.note == ABReplay.targetingNote)
        #expect(replay.arms.map(\.name) == ["control", "challenger"])
        #expect(replay.arms.map(\.leads).reduce(0, +) == results.window.testLeads)

        let assignment = try ArmAssignment(salt: ab.salt, arms: ab.arms.map { Arm(name: $0.name, weight: $0.weight) })
        var accountsArm: [String: String] = [:]
        for (index, arm) in replay.arms.enumerated() {
            let model = try #require(results.models.first { $0.name == ab.arms[index].model })
            let mine = model.replayed.filter { lead in assignment.arm(for: ABReplay.unit(of: lead.lead, .account, data: data.dataset)) == arm.name }
            #expect(arm.leads == mine.count)
            #expect(arm.qualified == mine.filter(\.qualified).count)
            #expect(arm.hits == mine.filter { $0.verdict == .hit }.count)
            if let precision = arm.precision { #expect(precision.estimate == Double(arm.hits) / Double(arm.qualified)) }
            // Colleagues share an arm.
            for lead in mine {
                let account = ABReplay.unit(of: lead.lead, .account, data: data.dataset)
                #expect(accountsArm[account, default: arm.name] == arm.name)
                accountsArm[account] = arm.name
            }
        }
        let lift = try #require(replay.lifts.first)
        #expect(lift.treatment == "challenger" && lift.control == "control")
        #expect(abs(lift.difference.estimate - ((replay.arms[1].precision?.estimate ?? 0) - (replay.arms[0].precision?.estimate ?? 0))) < 1e-12)
        let ratio = try #require(replay.sampleRatio)
        #expect(ratio.units.reduce(0, +) == Set(accountsArm.keys).count)

        // The sequential replay: cumulative daily totals that end at each arm's qualified leads and
        // hits, and the mSPRT recomputed from its last look's totals.
        let sequential = try #require(replay.sequential)
        #expect(sequential.control == "control" && sequential.treatment == "challenger")
        let last = try #require(sequential.looks.last)
        #expect(last.controlUnits == replay.arms[0].qualified && last.controlConversions == replay.arms[0].hits)
        #expect(last.treatmentUnits == replay.arms[1].qualified && last.treatmentConversions == replay.arms[1].hits)
        #expect(sequential.looks.map(\.day) == sequential.looks.map(\.day).sorted())
        for (previous, next) in zip(sequential.looks, sequential.looks.dropFirst()) {
            #expect(next.controlUnits >= previous.controlUnits && next.treatmentConversions >= previous.treatmentConversions)
            #expect(next.pValue <= previous.pValue)
        }
        let again = try SequentialTest().analyze(
            control: [ArmOutcome(name: "control", units: last.controlUnits, conversions: last.controlConversions)],
            treatment: [ArmOutcome(name: "challenger", units: last.treatmentUnits, conversions: last.treatmentConversions)])
        #expect(again.looks[0].z == last.z)
        #expect(again.looks[0].boundary == last.boundary)
    }
}
