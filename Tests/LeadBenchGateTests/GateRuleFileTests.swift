import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchTestSupport
import Testing

/// An experiment file with two models, ready for a `gate:` section.
private func experiment(gate: String) -> String {
    """
    name: demo
    data:
      leads: leads.csv
      columns: { lead_id: id, converted: won }
    models:
      - { name: points, kind: static, threshold: 10, rules: [ { attribute: Title, equals: VP, points: 15 } ] }
      - { name: logistic, kind: logistic }
    gate:
    \(gate)
    """
}

private func parse(_ text: String) throws(InputError) -> ExperimentFile {
    try ExperimentFile.parse(text, path: "exp.yaml")
}

/// The `gate:` section of the experiment file: its rules, and line-accurate mistakes.
@Suite struct GateRuleFileTests {
    @Test func rulesReadAsWritten() throws {
        let file = try parse(experiment(gate: """
              - { model: logistic, metric: auc, floor: 0.60 }
              - { model: logistic, metric: auc, max_drop: 0.02 }
              - { model: "*", metric: precision, not_significantly_worse: true }
              - { metric: brier, max_drop: 0.005, floor: 0.2 }
            """))
        let rules = file.spec.gate.rules
        #expect(rules.count == 4)
        #expect(rules[0] == GateRule(model: "logistic", metric: .auc, floor: 0.6))
        #expect(rules[1].criteria == [.maxDrop(0.02)])
        #expect(rules[2].model == GateRule.everyModel && rules[2].criteria == [.notSignificantlyWorse])
        // Without a model, a rule is for every model; each criterion is checked on its own.
        #expect(rules[3].model == "*")
        #expect(rules[3].criteria == [.floor(0.2), .maxDrop(0.005)])
    }

    @Test func anExperimentWithoutAGateHasNoRules() throws {
        let file = try parse(experiment(gate: "").replacingOccurrences(of: "gate:\n", with: ""))
        #expect(file.spec.gate.rules.isEmpty)
    }

    @Test func theProjectsExperimentsHaveGates() throws {
        for name in ["quickstart.yaml", "xeducation.yaml"] {
            let file = try ExperimentFile.load(path: Paths.experiment(name))
            #expect(!file.spec.gate.rules.isEmpty, "\(name) has no gate: rules")
        }
    }

    @Test func anUnknownMetricIsAnErrorWithItsLineAndADidYouMean() throws {
        let error = try #require(#expect(throws: InputError.self) {
            try parse(experiment(gate: "  - { model: logistic, metric: aux, floor: 0.6 }"))
        })
        let issue = try #require(error.issues.first)
        #expect(issue.line == 9)
        #expect(issue.field == "gate[0].metric")
        #expect(issue.message == "\"aux\" is not a metric the gate knows")
        #expect(issue.hint == "did you mean \"auc\"?")
    }

    @Test func anUnknownModelIsAnErrorWithItsLineAndADidYouMean() throws {
        let error = try #require(#expect(throws: InputError.self) {
            try parse(experiment(gate: """
                  - { model: logistic, metric: auc, floor: 0.6 }
                  - model: logistc
                    metric: auc
                    max_drop: 0.02
                """))
        })
        let issue = try #require(error.issues.first)
        #expect(issue.line == 10)
        #expect(issue.field == "gate[1].model")
        #expect(issue.value == "logistc")
        #expect(issue.message.contains("not a model of this experiment"))
        #expect(issue.hint == "did you mean \"logistic\"?")
    }

    @Test func everyMistakeIsReportedAtOnce() throws {
        let error = try #require(#expect(throws: InputError.self) {
            try parse(experiment(gate: """
                  - { model: logistic, metric: auc }
                  - { model: logistic, metric: ks, not_significantly_worse: true }
                  - { model: logistic, metric: auc, floor: 60 }
                  - { model: logistic, metric: auc, max_drop: -0.1 }
                  - { model: logistic, metric: auc, maxdrop: 0.1 }
                """))
        })
        let byLine = Dictionary(grouping: error.issues, by: { $0.line ?? 0 })
        #expect(byLine[9]?.first?.message == "a gate rule needs a criterion")
        #expect(byLine[10]?.first?.message.contains("without a confidence interval") == true)
        #expect(byLine[10]?.first?.field == "gate[1].not_significantly_worse")
        #expect(byLine[11]?.first?.message == "auc lies between 0 and 1, so a floor of 60 can never be met")
        #expect(byLine[11]?.first?.hint == "write it as a fraction: 0.6")
        #expect(byLine[12]?.first?.field == "gate[3].max_drop")
        #expect(byLine[13]?.contains { $0.message == "unknown key \"maxdrop\"" && $0.hint == "did you mean \"max_drop\"?" } == true)
    }

    @Test func aGateThatIsNotAListIsAnError() throws {
        let error = try #require(#expect(throws: InputError.self) {
            try parse(experiment(gate: "  floor: 0.6"))
        })
        #expect(error.issues.first?.message == "expected a list")
    }

    @Test func metricsKnowTheirDirection() {
        #expect(GateMetric.allCases.filter(\.lowerIsBetter) == [.brier, .logLoss, .medianSalesCycleDays])
        #expect(GateMetric.allCases.filter { !$0.hasInterval } == [.ks, .brier, .logLoss, .qualifiedPerWeek])
        #expect(GateMetric.allCases.map(\.rawValue) == [
            "auc", "average_precision", "precision", "recall", "f1", "lift", "ks", "brier", "log_loss", "qualified_per_week",
            "median_sales_cycle_days",
        ])
    }
}
