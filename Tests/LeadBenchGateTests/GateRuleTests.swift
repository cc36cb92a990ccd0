import LeadBenchExperiment
import LeadBenchGate
import Testing

/// Two one-model reports with one figure each, for checking one rule at a time.
private func reports(
    _ metric: GateMetric, baseline: ReportFigure?, current: ReportFigure?, model: String = "m"
) -> (baseline: ReportFigures, current: ReportFigures) {
    func report(_ figure: ReportFigure?) -> ReportFigures {
        ReportFigures(experiment: "e", version: "0.4.0", models: [ModelFigures(name: model, kind: "logistic", figures: figure.map { [metric: $0] } ?? [:])])
    }
    return (report(baseline), report(current))
}

private func check(_ rule: GateRule, baseline: ReportFigure?, current: ReportFigure?) -> GateCheck? {
    let (b, c) = reports(rule.metric, baseline: baseline, current: current)
    return Gate.evaluate(rules: [rule], baseline: b, current: c, baselinePath: "b.xml", currentPath: "c.xml").checks.first
}

/// The rules one at a time: floor, max drop, significantly worse, each where higher and where lower is
/// better, and figures that are missing.
@Suite struct GateRuleTests {
    @Test func floorHoldsAtTheFloorAndFailsBelowIt() {
        let rule = GateRule(model: "m", metric: .auc, floor: 0.6)
        #expect(check(rule, baseline: nil, current: ReportFigure(estimate: 0.6))?.verdict == .passed)
        #expect(check(rule, baseline: nil, current: ReportFigure(estimate: 0.7))?.verdict == .passed)
        #expect(check(rule, baseline: nil, current: ReportFigure(estimate: 0.5999))?.verdict == .failed("auc 0.5999 is below the floor 0.6"))
    }

    @Test func floorOfALowerIsBetterMetricIsACeiling() {
        let rule = GateRule(model: "m", metric: .brier, floor: 0.06)
        #expect(check(rule, baseline: nil, current: ReportFigure(estimate: 0.05))?.verdict == .passed)
        #expect(check(rule, baseline: nil, current: ReportFigure(estimate: 0.07))?.verdict == .failed("brier 0.0700 is above the floor 0.06 (lower is better)"))
    }

    @Test func maxDropAllowsExactlyTheDropAndNoMore() {
        let rule = GateRule(model: "m", metric: .auc, maxDrop: 0.02)
        let baseline = ReportFigure(estimate: 0.75)
        // 0.75 − 0.73 is 0.020000000000000018 in doubles: a drop of exactly the allowance passes.
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 0.73))?.verdict == .passed)
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 0.80))?.verdict == .passed)
        let failed = check(rule, baseline: baseline, current: ReportFigure(estimate: 0.7))
        #expect(failed?.verdict == .failed("auc fell by 0.0500 (0.7500 → 0.7000), more than the allowed 0.02"))
        #expect(failed?.change == 0.7 - 0.75)
    }

    @Test func maxDropOfALowerIsBetterMetricLimitsTheRise() {
        let rule = GateRule(model: "m", metric: .logLoss, maxDrop: 0.01)
        let baseline = ReportFigure(estimate: 0.40)
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 0.30))?.verdict == .passed)
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 0.405))?.verdict == .passed)
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 0.45))?.verdict == .failed("log_loss rose by 0.0500 (0.4000 → 0.4500), more than the allowed 0.01"))
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: .infinity))?.failed == true)
    }

    @Test func significantlyWorseMeansTheWholeIntervalIsOnTheWorseSide() {
        let rule = GateRule(model: "m", metric: .auc, notSignificantlyWorse: true)
        let baseline = ReportFigure(estimate: 0.75, lower: 0.70, upper: 0.80)
        // Lower, but the interval still reaches the baseline's estimate: not significant.
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 0.70, lower: 0.65, upper: 0.75))?.verdict == .passed)
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 0.80, lower: 0.76, upper: 0.84))?.verdict == .passed)
        #expect(
            check(rule, baseline: baseline, current: ReportFigure(estimate: 0.68, lower: 0.64, upper: 0.7499, confidence: 0.95))?.verdict
                == .failed("auc is significantly worse: the current 95% interval [0.6400, 0.7499] lies entirely below the baseline's 0.7500"))
    }

    @Test func significantlyWorseWhereLowerIsBetterLooksAbove() {
        let rule = GateRule(model: "m", metric: .medianSalesCycleDays, notSignificantlyWorse: true)
        let baseline = ReportFigure(estimate: 14, lower: 9, upper: 20)
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 10, lower: 5, upper: 13))?.verdict == .passed)
        #expect(check(rule, baseline: baseline, current: ReportFigure(estimate: 18, lower: 14, upper: 22))?.verdict == .passed)
        let failed = check(rule, baseline: baseline, current: ReportFigure(estimate: 25, lower: 15, upper: 31))
        #expect(failed?.reason?.contains("lies entirely above the baseline's 14.0000") == true)
    }

    @Test func significanceNeedsTheCurrentInterval() {
        let rule = GateRule(model: "m", metric: .medianSalesCycleDays, notSignificantlyWorse: true)
        let result = check(rule, baseline: ReportFigure(estimate: 14), current: ReportFigure(estimate: 20))
        #expect(result?.reason?.contains("without an interval") == true)
    }

    @Test func aMetricMissingFromTheBaselineFails() {
        for rule in [GateRule(model: "m", metric: .auc, maxDrop: 0.02), GateRule(model: "m", metric: .auc, notSignificantlyWorse: true)] {
            let result = check(rule, baseline: nil, current: ReportFigure(estimate: 0.7, lower: 0.6, upper: 0.8))
            #expect(result?.verdict == .failed("the baseline report has no auc for m: make a new baseline that has it, or drop the rule"))
        }
        // A floor needs no baseline.
        #expect(check(GateRule(model: "m", metric: .auc, floor: 0.5), baseline: nil, current: ReportFigure(estimate: 0.7))?.verdict == .passed)
    }

    @Test func aMetricMissingFromTheCurrentReportFails() {
        let result = check(GateRule(model: "m", metric: .brier, floor: 0.1), baseline: ReportFigure(estimate: 0.05), current: nil)
        #expect(result?.verdict == .failed("the current report has no brier for m: the run could not compute it"))
        // Named explicitly, a model that has the metric in neither report fails too.
        #expect(check(GateRule(model: "m", metric: .brier, floor: 0.1), baseline: nil, current: nil)?.failed == true)
    }

    @Test func aNaNFigureFails() {
        #expect(check(GateRule(model: "m", metric: .auc, floor: 0.5), baseline: nil, current: ReportFigure(estimate: .nan))?.reason == "the current auc of m is not a number")
        #expect(check(GateRule(model: "m", metric: .auc, maxDrop: 0.1), baseline: ReportFigure(estimate: .nan), current: ReportFigure(estimate: 0.7))?.failed == true)
    }

    @Test func everyModelCoversBothReportsAndSkipsWhatNeitherHas() {
        let baseline = ReportFigures(experiment: "e", version: "1", models: [
            ModelFigures(name: "points", kind: "static", figures: [.auc: ReportFigure(estimate: 0.7)]),
            ModelFigures(name: "old", kind: "static", figures: [.auc: ReportFigure(estimate: 0.7)]),
        ])
        let current = ReportFigures(experiment: "e", version: "1", models: [
            ModelFigures(name: "points", kind: "static", figures: [.auc: ReportFigure(estimate: 0.7)]),
            ModelFigures(name: "new", kind: "logistic", figures: [.auc: ReportFigure(estimate: 0.8), .brier: ReportFigure(estimate: 0.1)]),
        ])
        let outcome = Gate.evaluate(
            rules: [GateRule(metric: .auc, maxDrop: 0.01), GateRule(metric: .brier, maxDrop: 0.01)], baseline: baseline, current: current,
            baselinePath: "b", currentPath: "c")
        let verdicts = outcome.checks.map { "\($0.metric.rawValue) \($0.model): \($0.reason ?? "pass")" }
        #expect(verdicts == [
            "auc points: pass",
            "auc new: the baseline report has no model \"new\": make a new baseline that has it",
            "auc old: the current report has no model \"old\"",
            "brier points: points (static) has no brier in either report",
            "brier new: the baseline report has no model \"new\": make a new baseline that has it",
            "brier old: the current report has no model \"old\"",
        ])
        #expect(outcome.checks[3].skipped)
        #expect(!outcome.passed && outcome.failures == 4 && outcome.skips == 1)
    }

    @Test func notesSayWhenTheReportsDiffer() {
        let baseline = ReportFigures(experiment: "a", version: "1", testLeads: 100, models: [])
        let current = ReportFigures(experiment: "b", version: "1", testLeads: 120, models: [])
        let outcome = Gate.evaluate(rules: [], baseline: baseline, current: current, baselinePath: "b", currentPath: "c")
        #expect(outcome.notes == [
            "the baseline is a report of the experiment \"a\", the current one of \"b\"",
            "the baseline rests on 100 test leads, the current run on 120: the data or the split changed",
        ])
        #expect(outcome.passed)
    }
}
