import LeadBenchData

/// An experiment file's contents (DESIGN §9): the data and its mapping, the split, horizon and scoring
/// delay, the objective, the models, and the reports.
public struct ExperimentSpec: Decodable, Sendable {
    public var name: String
    public var description: String?
    public var seed: UInt64
    public var data: DataMapping
    public var split: SplitSpec?
    /// Days a lead is followed after creation.
    public var horizonDays: Int
    /// Days after creation at which ranking scores are taken.
    public var scoringDelayDays: Int
    public var objective: ObjectiveSpec
    /// The model every other is compared with.
    public var baseline: String?
    public var models: [ModelSpec]
    public var bootstrap: BootstrapSpec
    public var reports: ReportsSpec
    /// An A/B test of the experiment's models, replayed on the test leads.
    public var ab: ABSpec?
    /// The regression gate's rules (empty when the experiment has none).
    public var gate: GateSpec

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, description, seed, data, split, horizonDays = "horizon_days", scoringDelayDays = "scoring_delay_days"
        case objective, baseline, models, bootstrap, reports, ab, gate
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        name = try c.required(.name, placeholder: "experiment", hint: "name the experiment; reports go to reports/<name>/", sink: sink)
        description = try c.field(.description, sink: sink)
        seed = try c.field(.seed, default: 42, sink: sink)
        data = try c.required(.data, placeholder: DataMapping(leads: "", columns: LeadColumns(leadID: "")), hint: "say where the leads are and how their columns map", sink: sink)
        split = try c.field(.split, sink: sink)
        horizonDays = try c.field(.horizonDays, default: 90, sink: sink)
        scoringDelayDays = try c.field(.scoringDelayDays, default: 0, sink: sink)
        objective = try c.field(.objective, default: .bestF1, sink: sink)
        baseline = try c.field(.baseline, sink: sink)
        models = try c.field(.models, default: [], sink: sink)
        bootstrap = try c.field(.bootstrap, default: BootstrapSpec(), sink: sink)
        reports = try c.field(.reports, default: ReportsSpec(), sink: sink)
        ab = try c.field(.ab, sink: sink)
        gate = try c.field(.gate, default: GateSpec(), sink: sink)
        if name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            try decoder.reportInvalid("the name is used as a folder name: use letters, digits, - and _", key: CodingKeys.name)
        }
        if horizonDays < 1 { try decoder.reportInvalid("the horizon must be at least 1 day", key: CodingKeys.horizonDays) }
        if scoringDelayDays < 0 { try decoder.reportInvalid("the scoring delay cannot be negative", key: CodingKeys.scoringDelayDays) }
        if scoringDelayDays >= horizonDays { try decoder.reportInvalid("the scoring delay must be shorter than the horizon", key: CodingKeys.scoringDelayDays) }
        try checkModels(decoder)
        try gate.checkModels(models.map(\.name), decoder: decoder, key: CodingKeys.gate)
    }

    /// Model names are unique; the baseline and every hybrid's components name models of the experiment.
    private func checkModels(_ decoder: any Decoder) throws {
        let names = models.map(\.name)
        for (i, name) in names.enumerated() where !name.isEmpty && names[..<i].contains(name) {
            try decoder.reportInvalid("two models are called \"\(name)\"", hint: "model names must be unique", key: CodingKeys.models)
        }
        for arm in ab?.arms ?? [] where !arm.model.isEmpty && !names.contains(arm.model) {
            try decoder.reportInvalid(
                "arm \"\(arm.name)\" uses the model \"\(arm.model)\", which is not a model of this experiment",
                hint: NearestMatch.hint(for: arm.model, among: names, noun: "model"), key: CodingKeys.ab)
        }
        if let baseline, !names.contains(baseline) {
            try decoder.reportInvalid(
                "the baseline \"\(baseline)\" is not a model of this experiment",
                hint: NearestMatch.hint(for: baseline, among: names, noun: "model"), key: CodingKeys.baseline)
        }
        for model in models {
            guard case .hybrid(let hybrid) = model.configuration else { continue }
            for component in [hybrid.fit, hybrid.engagement] where !component.isEmpty {
                guard let target = models.first(where: { $0.name == component }) else {
                    try decoder.reportInvalid(
                        "hybrid \"\(model.name)\" refers to \"\(component)\", which is not a model of this experiment",
                        hint: NearestMatch.hint(for: component, among: names, noun: "model"), key: CodingKeys.models)
                    continue
                }
                if target.kind != .static && target.kind != .decaying {
                    try decoder.reportInvalid("hybrid \"\(model.name)\" combines rule-based models, but \"\(component)\" is \(target.kind.rawValue)", key: CodingKeys.models)
                }
            }
        }
    }
}
