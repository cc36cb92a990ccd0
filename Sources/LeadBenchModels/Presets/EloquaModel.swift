import LeadBenchData
import LeadBenchExperiment

/// An Eloqua-style lead scoring model (``EloquaConfig``), compiled against a dataset.
///
/// What it reproduces (Oracle Eloqua lead scoring, docs.oracle.com/en/cloud/saas/marketing/eloqua-user/
/// Help/LeadScoring — "Configuring profile criteria", "Configuring engagement criteria"):
///
///     profile    = Σ_fields    weight_f / 100 × (points of f's best matching rule, 0…100)
///     engagement = Σ_behaviours weight_b / 100 × (points of b's best matching rule, 0…100)
///
/// An engagement rule matches when the lead has at least (or exactly) N activities of the type within
/// the last D days (an activity counts while its age is at most D days). The profile score gives the
/// grade A, B, C or D by three descending edges (default 75, 50, 25), the engagement score the level
/// 1…4 likewise; the lead's rating is the cell A1 … D4, and its score is the cell's rank in the
/// priority order: 16 for the first cell, 1 for the last. The cells are the model's tiers.
///
/// What it does not reproduce: Eloqua rescoring on a schedule (here the score is exact at every
/// moment), criteria on list or segment membership, and the per-email / per-folder engagement filters
/// (a criterion counts one activity type of the log).
public struct EloquaModel: PiecewiseConstantScore {
    public let name: String
    public var kind: ModelSpec.Kind { .eloqua }
    public let config: EloquaConfig
    let profile: [[CompiledCondition]]
    let engagementTypes: [UInt32?]

    public init(_ spec: ModelSpec, data: ScoringData) throws(ModelError) {
        guard case .eloqua(let config) = spec.configuration else { throw ModelError(model: spec.name, message: "is not an Eloqua-style model") }
        try self.init(name: spec.name, config: config, data: data)
    }

    public init(name: String, config: EloquaConfig, data: ScoringData) throws(ModelError) {
        self.name = name
        self.config = config
        var profile: [[CompiledCondition]] = []
        for criterion in config.profile {
            let reference = try PresetAttributes.resolve(criterion.field, in: data, model: name)
            var rules: [CompiledCondition] = []
            for rule in criterion.rules { rules.append(try CompiledCondition(rule.condition, on: reference, in: data.dataset, model: name)) }
            profile.append(rules)
        }
        self.profile = profile
        let typeNames = data.activities.typeNames
        engagementTypes = config.engagement.map { criterion in typeNames.firstIndex(of: criterion.activity).map(UInt32.init) }
    }

    /// The profile score, 0…100.
    public func profileScore(_ view: LeadView) -> Double {
        var sum = 0.0
        for (f, criterion) in config.profile.enumerated() {
            var best = 0.0
            for (r, condition) in profile[f].enumerated() where condition.matches(view) { best = max(best, criterion.rules[r].points) }
            sum += criterion.weight / 100 * best
        }
        return sum
    }

    /// The engagement score, 0…100.
    public func engagementScore(_ view: LeadView) -> Double {
        var sum = 0.0
        for (b, criterion) in config.engagement.enumerated() {
            guard let type = engagementTypes[b] else { continue }
            var best = 0.0
            for rule in criterion.rules {
                let window = Int64(rule.withinDays) * EpochSeconds.day
                var count = 0
                for i in 0..<view.activityCount where view.activityType(i) == type && view.asOf - view.activityTime(i) <= window { count += 1 }
                if rule.exactly ? count == rule.count : count >= rule.count { best = max(best, rule.points) }
            }
            sum += criterion.weight / 100 * best
        }
        return sum
    }

    /// The lead's cell, `A1` … `D4`.
    public func cell(_ view: LeadView) -> String {
        let grade = config.profileBands.firstIndex { profileScore(view) >= $0 } ?? 3
        let level = config.engagementBands.firstIndex { engagementScore(view) >= $0 } ?? 3
        return EloquaConfig.cell(grade: grade, level: level)
    }

    public func score(_ view: LeadView) -> Double { config.rank(of: cell(view)) }

    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        [ScoreReason(
            label: "cell \(cell(view)) (profile \(PointsModel.number(profileScore(view))), engagement \(PointsModel.number(engagementScore(view))))",
            contribution: score(view))].prefix(limit).map { $0 }
    }

    /// The rating changes only at an activity and as an activity leaves a recency window.
    func changeMoments(lead: Int, through end: Int64, data: ScoringData) -> [Int64] {
        let history = data.view(lead, asOf: end)
        let windows = Set(config.engagement.flatMap { $0.rules.map { Int64($0.withinDays) * EpochSeconds.day } })
        var changes: [Int64] = []
        for i in 0..<history.activityCount {
            let t = history.activityTime(i)
            changes.append(t)
            for window in windows { changes.append(t + window + 1) }
        }
        return changes
    }
}
