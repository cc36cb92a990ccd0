import LeadBenchData
import LeadBenchExperiment
import Testing

/// The experiment file's `ab:` section: arms with models and weights, the unit, and its mistakes at
/// their YAML lines.
@Suite struct ABSpecTests {
    private static func experiment(_ ab: String) -> String {
        """
        name: demo
        data:
          leads: leads.csv
          columns: { lead_id: id, converted: won }
        models:
          - { name: points, kind: static, rules: [] }
          - { name: logistic, kind: logistic }
        \(ab)
        """
    }

    @Test func decodesTheArms() throws {
        let spec = try ExperimentFile.parse(Self.experiment("""
            ab:
              salt: q3
              unit: account
              arms:
                - { name: control, model: points, weight: 0.2 }
                - { name: challenger, model: logistic, weight: 0.8 }
            """), path: "exp.yaml").spec
        let ab = try #require(spec.ab)
        #expect(ab.salt == "q3" && ab.unit == .account)
        #expect(ab.arms == [ABArmSpec(name: "control", model: "points", weight: 0.2), ABArmSpec(name: "challenger", model: "logistic", weight: 0.8)])
        #expect(ab.control?.name == "control")
    }

    @Test func mistakesAreReportedAtTheirLines() {
        let text = Self.experiment("""
            ab:
              salt: q3
              unit: acount
              arms:
                - { name: control, model: pionts, weight: 0.5 }
                - { name: challenger, model: logistic, weight: 0.6 }
            """)
        #expect {
            try ExperimentFile.parse(text, path: "exp.yaml")
        } throws: { error in
            let message = (error as? InputError)?.description ?? ""
            return message.contains("\"acount\" is not a unit of assignment") && message.contains("did you mean \"account\"")
                && message.contains("add up to 1.1, not 1") && message.contains("uses the model \"pionts\"")
                && message.contains("did you mean \"points\"") && message.contains("exp.yaml:9")
        }
    }

    @Test func oneArmIsNotATest() {
        #expect(throws: InputError.self) {
            try ExperimentFile.parse(Self.experiment("ab: { salt: x, arms: [ { name: only, model: points, weight: 1 } ] }"), path: "exp.yaml")
        }
    }
}
