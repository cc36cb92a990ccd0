import LeadBenchData

/// The regression gate's rules (`gate:` in the experiment file; DESIGN §6, §7): what `leadbench gate`
/// and `leadbench run --gate BASELINE` check when they compare a run's report with a baseline report.
///
///     gate:
///       - { model: logistic, metric: auc, floor: 0.60 }
///       - { model: logistic, metric: auc, max_drop: 0.02 }
///       - { model: "*", metric: precision, not_significantly_worse: true }
///
/// Rules:
/// - `model` names a model of the experiment, or is `"*"` (quoted: a bare `*` is a YAML alias) for every
///   model of the two reports; leaving it out means `"*"` too.
/// - `metric` is one of ``GateMetric``'s names.
/// - An entry holds at least one criterion — `floor`, `max_drop`, `not_significantly_worse: true` — and
///   each criterion it holds is checked (and shown as a test case) on its own.
public struct GateSpec: Decodable, Sendable, Equatable {
    public var rules: [GateRule]

    public init(rules: [GateRule] = []) {
        self.rules = rules
    }

    /// Decodes the list of rules.
    public init(from decoder: any Decoder) throws {
        rules = try [GateRule](from: decoder)
    }

    /// Records a rule whose model is not a model of the experiment, with a "did you mean", at the line of
    /// its `model:` key. `decoder` is the experiment file's top-level decoder; `key` is the `gate` key.
    func checkModels(_ names: [String], decoder: any Decoder, key: any CodingKey) throws {
        for (index, rule) in rules.enumerated() where rule.model != GateRule.everyModel && !names.contains(rule.model) {
            let path = decoder.specPath + [.key(key.stringValue), .index(index), .key(GateRule.CodingKeys.model.stringValue)]
            let message = "the gate rule names \"\(rule.model)\", which is not a model of this experiment"
            let hint = NearestMatch.hint(for: rule.model, among: names + [GateRule.everyModel], noun: "model")
            guard let sink = decoder.specIssues else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(message); \(hint)"))
            }
            sink.record(.invalidValue, at: path, message: message, hint: hint)
        }
    }
}

/// One entry of `gate:`: a model (or every model), a metric, and the criteria it must meet.
public struct GateRule: Decodable, Sendable, Equatable {
    /// The `model` that stands for every model of the reports.
    public static let everyModel = "*"

    /// A model name, or ``everyModel``.
    public var model: String
    public var metric: GateMetric
    /// The worst acceptable value: the current figure must be at least this (at most, for a metric where
    /// lower is better).
    public var floor: Double?
    /// The largest acceptable worsening against the baseline, in the metric's own units: baseline −
    /// current (current − baseline where lower is better) must not exceed it.
    public var maxDrop: Double?
    /// Whether the current run must not be significantly worse than the baseline (see
    /// ``GateCriterion/notSignificantlyWorse``).
    public var notSignificantlyWorse: Bool

    public init(model: String = GateRule.everyModel, metric: GateMetric, floor: Double? = nil, maxDrop: Double? = nil, notSignificantlyWorse: Bool = false) {
        self.model = model
        self.metric = metric
        self.floor = floor
        self.maxDrop = maxDrop
        self.notSignificantlyWorse = notSignificantlyWorse
    }

    /// The rule's criteria, in the order floor, max drop, significance.
    public var criteria: [GateCriterion] {
        var criteria: [GateCriterion] = []
        if let floor { criteria.append(.floor(floor)) }
        if let maxDrop { criteria.append(.maxDrop(maxDrop)) }
        if notSignificantlyWorse { criteria.append(.notSignificantlyWorse) }
        return criteria
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, metric, floor, maxDrop = "max_drop", notSignificantlyWorse = "not_significantly_worse"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        model = try c.field(.model, default: Self.everyModel, sink: sink)
        let name: String = try c.required(.metric, placeholder: "", hint: "e.g. metric: auc", sink: sink)
        floor = try c.field(.floor, sink: sink)
        maxDrop = try c.field(.maxDrop, sink: sink)
        notSignificantlyWorse = try c.field(.notSignificantlyWorse, default: false, sink: sink)
        let known = GateMetric(rawValue: name)
        metric = known ?? .auc
        if known == nil, !name.isEmpty {
            try decoder.reportInvalid(
                "\"\(name)\" is not a metric the gate knows",
                hint: NearestMatch.hint(for: name, among: GateMetric.allCases.map(\.rawValue), noun: "metric"), key: CodingKeys.metric)
        }
        if model.isEmpty { try decoder.reportInvalid("the model name is empty", hint: "name a model, or write \"*\" for every model", key: CodingKeys.model) }
        guard known != nil else { return }
        try check(decoder)
    }

    /// Every criterion is well-formed for the rule's metric, and there is at least one.
    private func check(_ decoder: any Decoder) throws {
        if criteria.isEmpty {
            try decoder.reportInvalid(
                "a gate rule needs a criterion",
                hint: "add floor: 0.6, max_drop: 0.02 or not_significantly_worse: true")
        }
        if let floor {
            if !floor.isFinite {
                try decoder.reportInvalid("the floor must be a finite number", key: CodingKeys.floor)
            } else if metric.isFraction && !(0...1).contains(floor) {
                try decoder.reportInvalid(
                    "\(metric.rawValue) lies between 0 and 1, so a floor of \(GateMetric.plain(floor)) can \(floor > 1 ? "never be met" : "never fail")",
                    hint: floor > 1 && floor <= 100 ? "write it as a fraction: \(GateMetric.plain(floor / 100))" : nil, key: CodingKeys.floor)
            }
        }
        if let maxDrop, !(maxDrop >= 0 && maxDrop.isFinite) {
            try decoder.reportInvalid("the largest acceptable drop must be a number of at least 0", hint: "in the metric's own units, e.g. max_drop: 0.02", key: CodingKeys.maxDrop)
        }
        if notSignificantlyWorse && !metric.hasInterval {
            let withIntervals = GateMetric.allCases.filter(\.hasInterval).map(\.rawValue).joined(separator: ", ")
            try decoder.reportInvalid(
                "the report gives \(metric.rawValue) without a confidence interval, so it cannot be tested for significance",
                hint: "use floor or max_drop for \(metric.rawValue); intervals exist for \(withIntervals)", key: CodingKeys.notSignificantlyWorse)
        }
    }
}

/// One criterion of a gate rule; a rule with several criteria is checked once per criterion.
public enum GateCriterion: Sendable, Equatable {
    /// The current figure is no worse than this value.
    case floor(Double)
    /// The current figure is worse than the baseline's by at most this much (metric units).
    case maxDrop(Double)
    /// The current run is not significantly worse than the baseline: the whole of the current run's
    /// bootstrap interval must not lie strictly on the worse side of the baseline's estimate.
    ///
    /// This compares two runs (the baseline report and the current one), not two models: it treats the
    /// baseline's estimate as a fixed reference and asks whether the current interval excludes it on the
    /// worse side. It is not the paired comparison inside one run (`comparison` in the report), which sets
    /// each model against the experiment's baseline *model* on shared resamples of the same leads.
    case notSignificantlyWorse

    /// The criterion as the experiment file spells it, e.g. `floor 0.6`, `max_drop 0.02`.
    public var label: String {
        switch self {
        case .floor(let value): "floor \(GateMetric.plain(value))"
        case .maxDrop(let value): "max_drop \(GateMetric.plain(value))"
        case .notSignificantlyWorse: "not_significantly_worse"
        }
    }

    /// The criterion's key in the experiment file.
    public var key: String {
        switch self {
        case .floor: "floor"
        case .maxDrop: "max_drop"
        case .notSignificantlyWorse: "not_significantly_worse"
        }
    }
}

/// A headline figure the gate can check and the history records, by its name in the experiment file.
public enum GateMetric: String, CaseIterable, Sendable, Equatable, Hashable {
    case auc
    case averagePrecision = "average_precision"
    case precision
    case recall
    case f1
    case lift
    case ks
    case brier
    case logLoss = "log_loss"
    case qualifiedPerWeek = "qualified_per_week"
    case medianSalesCycleDays = "median_sales_cycle_days"

    /// Brier score, log loss and the median sales cycle improve as they fall; every other metric as it
    /// rises.
    public var lowerIsBetter: Bool {
        switch self {
        case .brier, .logLoss, .medianSalesCycleDays: true
        default: false
        }
    }

    /// Whether the report gives the figure with a bootstrap interval (needed for
    /// ``GateCriterion/notSignificantlyWorse``): all but KS, Brier, log loss and qualified per week.
    public var hasInterval: Bool {
        switch self {
        case .ks, .brier, .logLoss, .qualifiedPerWeek: false
        default: true
        }
    }

    /// Whether the figure lies between 0 and 1.
    public var isFraction: Bool {
        switch self {
        case .auc, .averagePrecision, .precision, .recall, .f1, .ks, .brier: true
        default: false
        }
    }

    /// A number as the experiment file would write it: `0.6`, `2`, not `0.6000`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
