import LeadBenchData
import LeadBenchExperiment

/// A rule-based points model, static or decaying (DESIGN §3), compiled against a dataset.
///
/// The score of a lead as of a moment t is
///
///     clamp_[floor, ceiling]( start + Σ_ungrouped c_r + Σ_groups clamp_[−capG, capG](Σ_{r ∈ g} c_r) + penalty )
///
/// where a rule's contribution `c_r` is its points, capped to `[−cap, cap]`: once if an attribute rule
/// holds; for an activity rule, its points for each activity of its type up to t (once when
/// `per_occurrence: false`), each multiplied by the decay factor of its age (1 for static models). The
/// inactivity penalty applies once the lead has had no activity (or, without any, has existed) for
/// `after_days`.
///
/// Scoring as of a moment is O(activities of the lead up to it) and allocates nothing on the heap.
public struct PointsModel: Sendable {
    public let name: String
    public let kind: ModelSpec.Kind
    public let config: PointsConfig
    /// Attribute conditions by rule index (`nil` for activity rules).
    let conditions: [CompiledCondition?]
    /// Activity rule indices by activity type code.
    let rulesByType: [[Int]]
    /// The decay of each rule's activity points.
    let decays: [Decay]
    /// The activity rules laid flat for the scoring loop (``ActivityRuleTable``).
    let activityTable: ActivityRuleTable
    /// Each rule's group index into `groupCaps`, if it belongs to a group.
    let groupOfRule: [Int?]
    let groupNames: [String]
    let groupCaps: [Double]
    /// Inactivity: seconds of quiet, and the points added after them.
    let inactivity: (after: Int64, points: Double)?
    let typeNames: [String]

    /// Compiles a static or decaying model of an experiment against `data`.
    public init(_ spec: ModelSpec, data: ScoringData) throws(ModelError) {
        guard case .points(let config) = spec.configuration else {
            throw ModelError(model: spec.name, message: "is not a points model")
        }
        try self.init(name: spec.name, kind: spec.kind, config: config, data: data)
    }

    /// Compiles a points configuration (from an experiment or a model file) against `data`.
    public init(name: String, kind: ModelSpec.Kind, config: PointsConfig, data: ScoringData) throws(ModelError) {
        self.name = name
        self.kind = kind
        self.config = config
        let dataset = data.dataset
        typeNames = data.activities.typeNames
        groupNames = config.groups.keys.sorted()
        groupCaps = groupNames.map { config.groups[$0] ?? 0 }
        var conditions: [CompiledCondition?] = []
        var rulesByType = [[Int]](repeating: [], count: typeNames.count)
        var decays: [Decay] = []
        for (index, rule) in config.rules.enumerated() {
            switch rule.target {
            case .attribute(let attributeName, let condition):
                guard let reference = AttributeReference(attributeName, in: dataset) else {
                    throw ModelError(
                        model: name, message: "rule \(index) is on \"\(attributeName)\", which the data does not have",
                        hint: NearestMatch.hint(for: attributeName, among: AttributeReference.names(in: dataset), noun: "attribute"))
                }
                conditions.append(try CompiledCondition(condition, on: reference, in: dataset, model: name))
                decays.append(.none)
            case .activity(let type, _):
                conditions.append(nil)
                decays.append(Decay(config.decay, type: type))
                // A type the log never records earns nothing here; the experiment's validation reports it.
                if let code = typeNames.firstIndex(of: type) { rulesByType[code].append(index) }
            }
        }
        self.conditions = conditions
        self.rulesByType = rulesByType
        self.decays = decays
        activityTable = ActivityRuleTable(rules: config.rules, rulesByType: rulesByType, decays: decays)
        let groups = groupNames
        groupOfRule = config.rules.map { rule in rule.group.flatMap { groups.firstIndex(of: $0) } }
        inactivity = config.decay?.inactivity.map { (Int64(($0.afterDays * Double(EpochSeconds.day)).rounded()), $0.points) }
    }

    /// The lead's score as of the view's moment.
    public func score(_ view: LeadView) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, config.rules.count)) { raw in
            accumulate(view, into: raw)
            return total(raw, penalised: isInactive(view))
        }
    }

    /// Each rule's contribution before caps, into `raw` (one entry per rule).
    @inline(__always)
    func accumulate(_ view: LeadView, into raw: UnsafeMutableBufferPointer<Double>) {
        fillAttributeRules(view, into: raw)
        accumulateActivities(view, into: raw)
    }

    /// The attribute rules' contributions into `raw`, and 0 for the activity rules. Attributes do not
    /// change with the moment, so a pass over one lead's moments fills this once.
    @inline(__always)
    func fillAttributeRules(_ view: LeadView, into raw: UnsafeMutableBufferPointer<Double>) {
        let rules = config.rules
        for r in 0..<rules.count {
            if let condition = conditions[r] {
                raw[r] = condition.matches(view) ? rules[r].points : 0
            } else {
                raw[r] = 0
            }
        }
    }

    /// Adds the activities' points to the activity rules' entries of `raw`.
    @inline(__always)
    func accumulateActivities(_ view: LeadView, into raw: UnsafeMutableBufferPointer<Double>) {
        let rules = config.rules
        let count = view.activityCount
        guard count > 0 else { return }
        if activityTable.undecayed {
            activityTable.accumulateUndecayed(view, into: raw)
            return
        }
        if activityTable.exponentialOnly {
            activityTable.accumulateExponential(view, into: raw)
            return
        }
        for i in 0..<count {
            let type = Int(view.activityType(i))
            guard type < rulesByType.count else { continue }
            let matching = rulesByType[type]
            guard !matching.isEmpty else { continue }
            let age = view.asOf - view.activityTime(i)
            for r in matching {
                let earned = rules[r].points * decays[r].factor(age: age)
                if case .activity(_, let perOccurrence) = rules[r].target, !perOccurrence {
                    raw[r] = earned  // once: the latest occurrence (activities are in time order)
                } else {
                    raw[r] += earned
                }
            }
        }
    }

    /// The total of per-rule contributions: rule caps, group caps, start, penalty, floor and ceiling.
    @inline(__always)
    func total(_ raw: UnsafeMutableBufferPointer<Double>, penalised: Bool) -> Double {
        let rules = config.rules
        var sum = config.start
        if groupCaps.isEmpty {
            for r in 0..<rules.count { sum += Self.capped(raw[r], rules[r].cap) }
        } else {
            withUnsafeTemporaryAllocation(of: Double.self, capacity: groupCaps.count) { groups in
                groups.initialize(repeating: 0)
                for r in 0..<rules.count {
                    let contribution = Self.capped(raw[r], rules[r].cap)
                    if let g = groupOfRule[r] { groups[g] += contribution } else { sum += contribution }
                }
                for g in 0..<groupCaps.count { sum += Self.capped(groups[g], groupCaps[g]) }
            }
        }
        if penalised, let inactivity { sum += inactivity.points }
        if let floor = config.floor { sum = max(sum, floor) }
        if let ceiling = config.ceiling { sum = min(sum, ceiling) }
        return sum
    }

    @inline(__always)
    static func capped(_ value: Double, _ cap: Double?) -> Double {
        guard let cap else { return value }
        return min(max(value, -cap), cap)
    }

    /// Whether the inactivity penalty applies at the view's moment: no activity (or, without any, no
    /// creation) within the last `after_days`.
    @inline(__always)
    func isInactive(_ view: LeadView) -> Bool {
        guard let inactivity else { return false }
        let last = view.activityCount > 0 ? view.activityTime(view.activityCount - 1) : view.createdAt
        guard last != EpochSeconds.missing else { return false }
        return view.asOf - last >= inactivity.after
    }
}
