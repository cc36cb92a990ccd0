import LeadBenchData
import LeadBenchExperiment

/// One reason a lead scores as it does: a rule or a feature, and its share of the score (points for
/// rule-based models, log-odds for predictive ones) — what a sales rep reads to see why a lead is hot.
public struct ScoreReason: Sendable, Equatable, Codable {
    public let label: String
    public let contribution: Double

    public init(label: String, contribution: Double) {
        self.label = label
        self.contribution = contribution
    }

    /// The `limit` reasons with the largest absolute contributions, ties in label order; zero
    /// contributions left out.
    public static func top(_ reasons: [ScoreReason], limit: Int) -> [ScoreReason] {
        Array(reasons.filter { $0.contribution != 0 }
            .sorted { abs($0.contribution) != abs($1.contribution) ? abs($0.contribution) > abs($1.contribution) : $0.label < $1.label }
            .prefix(limit))
    }
}

extension PointsModel {
    /// The rules that move this lead's score, largest first, each with its capped contribution; a group
    /// cap or the inactivity penalty that applies shows as a reason of its own.
    public func reasons(_ view: LeadView, limit: Int = 3) -> [ScoreReason] {
        var raw = [Double](repeating: 0, count: config.rules.count)
        raw.withUnsafeMutableBufferPointer { accumulate(view, into: $0) }
        var reasons: [ScoreReason] = []
        var groupTotals = [Double](repeating: 0, count: groupCaps.count)
        for (r, rule) in config.rules.enumerated() {
            let contribution = Self.capped(raw[r], rule.cap)
            if let g = groupOfRule[r] { groupTotals[g] += contribution }
            reasons.append(ScoreReason(label: Self.describe(rule, occurrences: occurrences(of: r, in: view)), contribution: contribution))
        }
        for (g, total) in groupTotals.enumerated() where abs(total) > groupCaps[g] {
            reasons.append(ScoreReason(label: "group \(groupNames[g]) capped at \(groupCaps[g])", contribution: Self.capped(total, groupCaps[g]) - total))
        }
        if isInactive(view), let inactivity {
            reasons.append(ScoreReason(label: "no activity for \(inactivity.after / EpochSeconds.day)+ days", contribution: inactivity.points))
        }
        return ScoreReason.top(reasons, limit: limit)
    }

    private func occurrences(of rule: Int, in view: LeadView) -> Int {
        guard conditions[rule] == nil else { return 0 }
        var count = 0
        for i in 0..<view.activityCount {
            let type = Int(view.activityType(i))
            if type < rulesByType.count, rulesByType[type].contains(rule) { count += 1 }
        }
        return count
    }

    static func describe(_ rule: RuleSpec, occurrences: Int) -> String {
        switch rule.target {
        case .activity(let type, let perOccurrence):
            return perOccurrence && occurrences > 1 ? "\(type) ×\(occurrences)" : type
        case .attribute(let name, let condition):
            switch condition {
            case .equals(let value): return "\(name) is \(value)"
            case .oneOf(let values): return "\(name) is one of \(values.joined(separator: ", "))"
            case .range(let low?, let high?): return "\(name) between \(Self.number(low)) and \(Self.number(high))"
            case .range(let low?, nil): return "\(name) at least \(Self.number(low))"
            case .range(nil, let high?): return "\(name) at most \(Self.number(high))"
            case .range(nil, nil): return "\(name) present"
            case .matches(let pattern): return "\(name) matches \(pattern)"
            case .missing: return "\(name) missing"
            case .present: return "\(name) present"
            }
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
