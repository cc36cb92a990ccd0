import LeadBenchData
import LeadBenchExperiment

/// A Marketo-style score (``MarketoConfig``), compiled against a dataset.
///
/// What it reproduces (Adobe Marketo Engage: the Change Score flow step, experienceleague.adobe.com
/// "Change Score" — `+N`, `-N`, `=N`; the daily decay batch built on the "Not Score Was Changed" and
/// "Not Lead Was Created" filters, nation.marketo.com "Lead Score Decay"): two stateful scores replayed
/// from the lead's visible history, in time order.
///
/// - Demographic: each demographic rule whose condition holds applies its change once, at creation,
///   in the order listed (attributes are a snapshot, so data-value triggers fire once).
/// - Behaviour: each activity applies the changes of the rules on its type, in the order listed. A rule
///   with `daily_cap` moves the score by at most that many points per UTC day (the rest is dropped).
/// - Decay: at each UTC midnight d, when the behaviour score last changed (or the lead was created) at
///   or before d − `after_days`, the batch applies its change; with `floor`, it never takes the score
///   below the floor and skips a score already at or below it. The batch's own change counts as a
///   change, so an idle lead decays once every `after_days`.
/// - Lead score = behaviour + demographic.
///
/// What it does not reproduce: triggers on data-value changes over time (the export holds one value per
/// attribute), campaign qualification rules other than the daily cap, and wait steps.
public struct MarketoModel: ScoringModel {
    public let name: String
    public var kind: ModelSpec.Kind { .marketo }
    public let config: MarketoConfig
    /// Behaviour rule indices by activity type code.
    let rulesByType: [[Int]]
    let demographic: [CompiledCondition]

    public init(_ spec: ModelSpec, data: ScoringData) throws(ModelError) {
        guard case .marketo(let config) = spec.configuration else { throw ModelError(model: spec.name, message: "is not a Marketo-style model") }
        try self.init(name: spec.name, config: config, data: data)
    }

    public init(name: String, config: MarketoConfig, data: ScoringData) throws(ModelError) {
        self.name = name
        self.config = config
        let typeNames = data.activities.typeNames
        var byType = [[Int]](repeating: [], count: typeNames.count)
        for (r, rule) in config.behavior.enumerated() {
            if let code = typeNames.firstIndex(of: rule.activity) { byType[code].append(r) }
        }
        rulesByType = byType
        var conditions: [CompiledCondition] = []
        for rule in config.demographic {
            let reference = try PresetAttributes.resolve(rule.attribute, in: data, model: name)
            conditions.append(try CompiledCondition(rule.condition, on: reference, in: data.dataset, model: name))
        }
        demographic = conditions
    }

    /// The demographic score: the changes of the rules that hold, in order, from 0.
    public func demographicScore(_ view: LeadView) -> Double {
        var score = 0.0
        for (r, condition) in demographic.enumerated() where condition.matches(view) { score = config.demographic[r].change.applied(to: score) }
        return score
    }

    /// The behaviour score as of the view's moment.
    public func behaviorScore(_ view: LeadView) -> Double { replay(view, demographic: 0, visit: nil) }

    public func score(_ view: LeadView) -> Double {
        let demographic = demographicScore(view)
        return replay(view, demographic: demographic, visit: nil) + demographic
    }

    /// Replays the history visible in `view` and returns the behaviour score at its moment; `visit` is
    /// called with the moment and the lead score after each change, and stops the replay by returning
    /// false.
    func replay(_ view: LeadView, demographic: Double, visit: ((Int64, Double) -> Bool)?) -> Double {
        let day = EpochSeconds.day
        let created = view.createdAt != EpochSeconds.missing ? view.createdAt : (view.activityCount > 0 ? view.activityTime(0) : view.asOf)
        var behavior = 0.0
        var lastChange = created
        var capDay = [Int64](repeating: Int64.min, count: config.behavior.count)
        var capUsed = [Double](repeating: 0, count: config.behavior.count)
        let decayAfter = config.decay.map { Int64($0.afterDays) * day }
        // The first midnight at which the lead has gone `after_days` without a change.
        var nextMidnight = decayAfter.map { UTCCalendar.midnight(atOrBefore: created + $0 - 1) + day }
        var i = 0
        while true {
            let nextActivity: Int64? = i < view.activityCount ? view.activityTime(i) : nil
            if let midnight = nextMidnight, let after = decayAfter, let decay = config.decay, midnight <= view.asOf, nextActivity.map({ midnight <= $0 }) ?? true {
                if midnight - lastChange >= after {
                    var updated = decay.change.applied(to: behavior)
                    if let floor = decay.floor { updated = behavior <= floor ? behavior : max(updated, floor) }
                    if updated != behavior {
                        behavior = updated
                        lastChange = midnight
                        if let visit, !visit(midnight, behavior + demographic) { return behavior }
                    }
                }
                // The next midnight at which the score can have been unchanged for `after_days`.
                nextMidnight = max(midnight + day, UTCCalendar.midnight(atOrBefore: lastChange + after - 1) + day)
                continue
            }
            guard let t = nextActivity else { break }
            let type = Int(view.activityType(i))
            i += 1
            guard type < rulesByType.count, !rulesByType[type].isEmpty else { continue }
            let before = behavior
            for r in rulesByType[type] {
                let rule = config.behavior[r]
                if let cap = rule.dailyCap, rule.change.operation == .add {
                    let today = UTCCalendar.dayNumber(t)
                    if capDay[r] != today { capDay[r] = today; capUsed[r] = 0 }
                    let allowed = min(abs(rule.change.amount), max(0, cap - capUsed[r]))
                    capUsed[r] += allowed
                    behavior += rule.change.amount < 0 ? -allowed : allowed
                } else {
                    behavior = rule.change.applied(to: behavior)
                }
            }
            if behavior != before {
                lastChange = t
                if let after = decayAfter { nextMidnight = UTCCalendar.midnight(atOrBefore: t + after - 1) + day }
                if let visit, !visit(t, behavior + demographic) { return behavior }
            }
        }
        return behavior
    }

    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        let demographic = demographicScore(view)
        var reasons = [
            ScoreReason(label: "behaviour score", contribution: replay(view, demographic: demographic, visit: nil)),
            ScoreReason(label: "demographic score", contribution: demographic),
        ]
        for (r, condition) in self.demographic.enumerated() where condition.matches(view) {
            let rule = config.demographic[r]
            reasons.append(ScoreReason(
                label: PointsModel.describe(RuleSpec(target: .attribute(rule.attribute, rule.condition), points: 0), occurrences: 0) + " (\(rule.change))",
                contribution: rule.change.operation == .add ? rule.change.amount : 0))
        }
        return ScoreReason.top(reasons, limit: limit)
    }

    /// The score changes only at activities and at the daily batch, so one replay finds the crossing.
    public func firstMoment(reaching threshold: Double, lead: Int, from start: Int64, through end: Int64, data: ScoringData) -> Int64? {
        guard start <= end else { return nil }
        if score(data.view(lead, asOf: start)) >= threshold { return start }
        let history = data.view(lead, asOf: end)
        var found: Int64?
        _ = replay(history, demographic: demographicScore(history)) { moment, total in
            if moment > start && total >= threshold {
                found = moment
                return false
            }
            return true
        }
        return found
    }

    /// The highest lead score in the span: at `start`, and after each change of one replay.
    public func peakScore(lead: Int, from start: Int64, through end: Int64, data: ScoringData, windowsDays: [Int]) -> Double? {
        guard start <= end else { return nil }
        var peak = score(data.view(lead, asOf: start))
        let history = data.view(lead, asOf: end)
        _ = replay(history, demographic: demographicScore(history)) { moment, total in
            if moment > start { peak = max(peak, total) }
            return true
        }
        return peak
    }
}
