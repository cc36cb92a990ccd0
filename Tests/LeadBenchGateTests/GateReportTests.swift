import Foundation
import LeadBenchExperiment
import LeadBenchGate
import LeadBenchReports
import LeadBenchTestSupport
import Testing

/// The gate from files, as CI runs it: the committed quickstart baseline against edited copies of it
/// that simulate a degraded model, an improved one, and reports that lack a figure or a model.
@Suite struct GateReportTests {
    static let rules = [
        GateRule(model: "logistic", metric: .auc, floor: 0.6),
        GateRule(model: "logistic", metric: .auc, maxDrop: 0.02, notSignificantlyWorse: true),
        GateRule(model: "logistic", metric: .brier, maxDrop: 0.005),
        GateRule(metric: .precision, maxDrop: 0.02),
    ]

    static func gate(baseline: ReportText, current: ReportText, rules: [GateRule] = rules) throws -> GateOutcome {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let baselinePath = baseline.write("baseline.xml", in: dir)
        let currentPath = current.write("report.xml", in: dir)
        return Gate.evaluate(
            rules: rules, baseline: try ReportReader.read(path: baselinePath, role: .baseline),
            current: try ReportReader.read(path: currentPath, role: .current), baselinePath: "baseline.xml", currentPath: "report.xml")
    }

    /// The quickstart with its logistic model made worse: AUC 0.58 with an interval wholly below the
    /// baseline's 0.6348, Brier up from 0.0559 to 0.07.
    static var degraded: ReportText {
        get throws {
            var report = try ReportText.quickstart
            report.set("logistic", ["auc"], estimate: 0.58, lower: 0.52, upper: 0.62)
            report.set("logistic", ["brier"], estimate: 0.07)
            return report
        }
    }

    @Test func theSameRunPasses() throws {
        let outcome = try Self.gate(baseline: .quickstart, current: .quickstart)
        #expect(outcome.passed)
        #expect(outcome.checks.count == 1 + 2 + 1 + 5)
        #expect(outcome.skips == 1)  // the hybrid has no threshold, so no precision
        #expect(outcome.checks.allSatisfy { $0.change == 0 || $0.skipped })
    }

    @Test func aDegradedModelTripsTheGate() throws {
        let outcome = try Self.gate(baseline: .quickstart, current: Self.degraded)
        #expect(!outcome.passed)
        let failed = outcome.checks.filter(\.failed).map { "\($0.model) \($0.name): \($0.reason ?? "")" }
        #expect(failed == [
            "logistic auc floor 0.6: auc 0.5800 is below the floor 0.6",
            "logistic auc max_drop 0.02: auc fell by 0.0548 (0.6348 → 0.5800), more than the allowed 0.02",
            "logistic auc not_significantly_worse: auc is significantly worse: the current 95% interval [0.5200, 0.6200] lies entirely below the baseline's 0.6348",
            "logistic brier max_drop 0.005: brier rose by 0.0141 (0.0559 → 0.0700), more than the allowed 0.005",
        ])
    }

    @Test func anImprovedModelPasses() throws {
        var improved = try ReportText.quickstart
        improved.set("logistic", ["auc"], estimate: 0.70, lower: 0.64, upper: 0.76)
        improved.set("logistic", ["brier"], estimate: 0.05)
        improved.set("points", ["precision"], estimate: 0.25, lower: 0.2, upper: 0.3)
        let outcome = try Self.gate(baseline: .quickstart, current: improved)
        #expect(outcome.passed)
        #expect(outcome.checks.first { $0.model == "points" && $0.metric == .precision }?.change == 0.25 - 0.16842105263157894)
    }

    @Test func aSmallDropWithinTheAllowancePasses() throws {
        var current = try ReportText.quickstart
        let auc = current.estimate("logistic", "auc")
        current.set("logistic", ["auc"], estimate: auc - 0.015)
        #expect(try Self.gate(baseline: .quickstart, current: current).passed)
    }

    @Test func aMetricMissingFromTheBaselineIsReported() throws {
        var baseline = try ReportText.quickstart
        baseline.remove("logistic", "brier")
        let outcome = try Self.gate(baseline: baseline, current: .quickstart)
        #expect(!outcome.passed)
        let failure = try #require(outcome.checks.filter(\.failed).first)
        #expect(failure.model == "logistic" && failure.metric == .brier)
        #expect(failure.reason == "the baseline report has no brier for logistic: make a new baseline that has it, or drop the rule")
        #expect(failure.baseline == nil && failure.current?.estimate == 0.05585571195471489)
    }

    @Test func aModelMissingFromTheBaselineIsReported() throws {
        var baseline = try ReportText.quickstart
        baseline.rename("boosted", to: "trees")
        let outcome = try Self.gate(baseline: baseline, current: .quickstart, rules: [GateRule(metric: .auc, maxDrop: 0.02)])
        let failures = outcome.checks.filter(\.failed).map { "\($0.model): \($0.reason ?? "")" }
        #expect(failures == [
            "boosted: the baseline report has no model \"boosted\": make a new baseline that has it",
            "trees: the current report has no model \"trees\"",
        ])
    }

    @Test func lowerIsBetterMetricsGateTheRise() throws {
        var current = try ReportText.quickstart
        // The points model's hits now take a week longer, and its interval sits wholly above the baseline's 14.7 days.
        current.set("points", ["salesCycle", "medianInterval"], estimate: 22, lower: 16, upper: 28)
        let outcome = try Self.gate(
            baseline: .quickstart, current: current,
            rules: [GateRule(model: "points", metric: .medianSalesCycleDays, maxDrop: 3, notSignificantlyWorse: true)])
        #expect(outcome.checks.map(\.failed) == [true, true])
        #expect(outcome.checks[0].reason == "median_sales_cycle_days rose by 7.2543 (14.7457 → 22.0000), more than the allowed 3")
    }

    @Test func theDiffShowsEveryGatedFigure() throws {
        let outcome = try Self.gate(baseline: .quickstart, current: Self.degraded, rules: Array(Self.rules.prefix(3)))
        #expect(GateDiff.text(outcome) == """
            gate quickstart: report.xml against the baseline baseline.xml
              model     metric  rule                     baseline  current  interval           change  verdict
              logistic  auc     floor 0.6                  0.6348   0.5800                    -0.0548  FAIL
                auc 0.5800 is below the floor 0.6
              logistic  auc     max_drop 0.02              0.6348   0.5800                    -0.0548  FAIL
                auc fell by 0.0548 (0.6348 → 0.5800), more than the allowed 0.02
              logistic  auc     not_significantly_worse    0.6348   0.5800  [0.5200, 0.6200]  -0.0548  FAIL
                auc is significantly worse: the current 95% interval [0.5200, 0.6200] lies entirely below the baseline's 0.6348
              logistic  brier   max_drop 0.005             0.0559   0.0700                    +0.0141  FAIL
                brier rose by 0.0141 (0.0559 → 0.0700), more than the allowed 0.005
            gate failed: 4 of 4 checks failed

            """)
    }
}
