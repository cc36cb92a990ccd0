import LeadBenchExperiment

/// Checks a current report against a baseline report by the experiment's `gate:` rules (DESIGN §6, §7).
///
///     let outcome = Gate.evaluate(rules: spec.gate.rules, baseline: baseline, current: current,
///                                 baselinePath: "reports/baselines/quickstart.xml", currentPath: "out/report.xml")
///     print(GateDiff.text(outcome))
///
/// Rules, for a figure `c` in the current report and `b` in the baseline ("worse" means lower, or
/// higher for a metric where lower is better: Brier, log loss, median sales cycle):
/// - **floor f**: fails when `c` is worse than `f` (`c < f`; `c > f` where lower is better). The
///   baseline is not needed.
/// - **max_drop d**: fails when `c` is worse than `b` by more than `d`, in the metric's own units:
///   `b − c > d` (`c − b > d` where lower is better), with a rounding allowance of
///   10⁻⁹·max(1, |b|) so that a drop of exactly `d` passes.
/// - **not_significantly_worse**: fails when the whole of the current run's bootstrap interval
///   `[lower, upper]` lies strictly on the worse side of the baseline's estimate: `upper < b`
///   (`lower > b` where lower is better). The interval is the run's own (bootstrap.confidence, 95% by
///   default). This treats the baseline's estimate as a fixed reference; it is not the paired
///   comparison inside a run, which sets each model against the experiment's baseline *model*.
/// - A rule for `"*"` is checked for every model of the current report, then every model only the
///   baseline has. A model missing from a report a criterion needs fails the check, as does a metric
///   missing from one report but not the other; a metric in neither report (Brier for a points model)
///   skips the check. A rule that names its model fails whenever the figure it needs is missing.
/// - A figure that is not a number (NaN) fails the check.
public enum Gate {
    /// Every check of `rules`, and notes on what was compared.
    public static func evaluate(
        rules: [GateRule], baseline: ReportFigures, current: ReportFigures, baselinePath: String, currentPath: String
    ) -> GateOutcome {
        var checks: [GateCheck] = []
        for (index, rule) in rules.enumerated() {
            let wildcard = rule.model == GateRule.everyModel
            let models = wildcard ? modelNames(baseline: baseline, current: current) : [rule.model]
            for criterion in rule.criteria {
                for model in models {
                    checks.append(check(
                        index: index, model: model, metric: rule.metric, criterion: criterion, wildcard: wildcard,
                        baseline: baseline.model(model), current: current.model(model)))
                }
            }
        }
        return GateOutcome(
            experiment: current.experiment, baselinePath: baselinePath, currentPath: currentPath, checks: checks,
            notes: notes(baseline: baseline, current: current))
    }

    /// The current report's models in order, then those only the baseline has.
    static func modelNames(baseline: ReportFigures, current: ReportFigures) -> [String] {
        let names = current.models.map(\.name)
        return names + baseline.models.map(\.name).filter { !names.contains($0) }
    }

    static func check(
        index: Int, model: String, metric: GateMetric, criterion: GateCriterion, wildcard: Bool, baseline: ModelFigures?,
        current: ModelFigures?
    ) -> GateCheck {
        let b = baseline?[metric]
        let c = current?[metric]
        func result(_ verdict: GateCheck.Verdict) -> GateCheck {
            GateCheck(ruleIndex: index, model: model, metric: metric, criterion: criterion, baseline: b, current: c, verdict: verdict)
        }
        let needsBaseline = !isFloor(criterion)
        guard let current else { return result(.failed("the current report has no model \"\(model)\"")) }
        if needsBaseline && baseline == nil {
            return result(.failed("the baseline report has no model \"\(model)\": make a new baseline that has it"))
        }
        if wildcard && c == nil && b == nil {
            let kind = current.kind == model ? "" : " (\(current.kind))"
            return result(.skipped("\(model)\(kind) has no \(metric.rawValue) in either report"))
        }
        guard let c else {
            return result(.failed("the current report has no \(metric.rawValue) for \(model): the run could not compute it"))
        }
        if c.estimate.isNaN { return result(.failed("the current \(metric.rawValue) of \(model) is not a number")) }
        switch criterion {
        case .floor(let floor):
            let worse = metric.lowerIsBetter ? c.estimate > floor : c.estimate < floor
            guard worse else { return result(.passed) }
            let side = metric.lowerIsBetter ? "above" : "below"
            return result(.failed("\(metric.rawValue) \(GateNumber.text(c.estimate)) is \(side) the floor \(GateNumber.plain(floor))\(metric.lowerIsBetter ? " (lower is better)" : "")"))
        case .maxDrop(let allowed):
            guard let b else { return result(.failed(missingInBaseline(metric, model))) }
            if b.estimate.isNaN { return result(.failed("the baseline \(metric.rawValue) of \(model) is not a number")) }
            let worsening = metric.lowerIsBetter ? c.estimate - b.estimate : b.estimate - c.estimate
            guard worsening > allowed + 1e-9 * max(1, abs(b.estimate)) else { return result(.passed) }
            let verb = metric.lowerIsBetter ? "rose" : "fell"
            return result(.failed(
                "\(metric.rawValue) \(verb) by \(GateNumber.text(worsening)) (\(GateNumber.text(b.estimate)) → \(GateNumber.text(c.estimate))), more than the allowed \(GateNumber.plain(allowed))"))
        case .notSignificantlyWorse:
            guard let b else { return result(.failed(missingInBaseline(metric, model))) }
            if b.estimate.isNaN { return result(.failed("the baseline \(metric.rawValue) of \(model) is not a number")) }
            guard let interval = c.interval else {
                return result(.failed("the current report gives \(metric.rawValue) of \(model) without an interval, so significance cannot be judged"))
            }
            let worse = metric.lowerIsBetter ? interval.lowerBound > b.estimate : interval.upperBound < b.estimate
            guard worse else { return result(.passed) }
            let level = c.confidence.map { "\(GateNumber.plain($0 * 100))% " } ?? ""
            let side = metric.lowerIsBetter ? "above" : "below"
            return result(.failed(
                "\(metric.rawValue) is significantly worse: the current \(level)interval \(GateNumber.interval(interval)) lies entirely \(side) the baseline's \(GateNumber.text(b.estimate))"))
        }
    }

    private static func isFloor(_ criterion: GateCriterion) -> Bool {
        if case .floor = criterion { return true }
        return false
    }

    private static func missingInBaseline(_ metric: GateMetric, _ model: String) -> String {
        "the baseline report has no \(metric.rawValue) for \(model): make a new baseline that has it, or drop the rule"
    }

    static func notes(baseline: ReportFigures, current: ReportFigures) -> [String] {
        var notes: [String] = []
        if baseline.experiment != current.experiment {
            notes.append("the baseline is a report of the experiment \"\(baseline.experiment)\", the current one of \"\(current.experiment)\"")
        }
        if let before = baseline.testLeads, let now = current.testLeads, before != now {
            notes.append("the baseline rests on \(before) test leads, the current run on \(now): the data or the split changed")
        }
        return notes
    }
}
