import LeadBenchExperiment

/// One criterion of one gate rule applied to one model: a line of the gate's diff and a test case of its
/// JUnit XML.
public struct GateCheck: Sendable, Equatable {
    /// How the check came out.
    public enum Verdict: Sendable, Equatable {
        case passed
        /// The rule is broken, or a figure it needs is missing; the text says which.
        case failed(String)
        /// A rule for every model (`model: "*"`) met a model that has the metric in neither report
        /// (Brier for a points model, say); the text says so.
        case skipped(String)
    }

    /// The rule's position in the experiment file's `gate:` list, from 0.
    public let ruleIndex: Int
    public let model: String
    public let metric: GateMetric
    public let criterion: GateCriterion
    /// The figure in the baseline report, if it has one.
    public let baseline: ReportFigure?
    /// The figure in the current report, if it has one.
    public let current: ReportFigure?
    public let verdict: Verdict

    public init(
        ruleIndex: Int, model: String, metric: GateMetric, criterion: GateCriterion, baseline: ReportFigure?,
        current: ReportFigure?, verdict: Verdict
    ) {
        self.ruleIndex = ruleIndex
        self.model = model
        self.metric = metric
        self.criterion = criterion
        self.baseline = baseline
        self.current = current
        self.verdict = verdict
    }

    /// The check's name, as the experiment file spells the rule: `auc floor 0.6`, `auc max_drop 0.02`.
    public var name: String { "\(metric.rawValue) \(criterion.label)" }

    /// current − baseline, when both are present.
    public var change: Double? {
        guard let baseline, let current else { return nil }
        return current.estimate - baseline.estimate
    }

    public var failed: Bool {
        if case .failed = verdict { return true }
        return false
    }

    public var skipped: Bool {
        if case .skipped = verdict { return true }
        return false
    }

    /// The failure's or the skip's explanation; `nil` for a pass.
    public var reason: String? {
        switch verdict {
        case .passed: nil
        case .failed(let reason), .skipped(let reason): reason
        }
    }
}

/// Everything one gate found: every check, in rule order and then model order, and notes on what was
/// compared.
public struct GateOutcome: Sendable, Equatable {
    /// The experiment of the current report.
    public let experiment: String
    public let baselinePath: String
    public let currentPath: String
    public let checks: [GateCheck]
    /// Facts worth knowing about the comparison that do not fail it: the two reports are of different
    /// experiments, or rest on different test leads.
    public let notes: [String]

    public init(experiment: String, baselinePath: String, currentPath: String, checks: [GateCheck], notes: [String]) {
        self.experiment = experiment
        self.baselinePath = baselinePath
        self.currentPath = currentPath
        self.checks = checks
        self.notes = notes
    }

    /// True when no check failed (skipped checks do not fail the gate).
    public var passed: Bool { !checks.contains(where: \.failed) }

    public var failures: Int { checks.filter(\.failed).count }
    public var skips: Int { checks.filter(\.skipped).count }
}
