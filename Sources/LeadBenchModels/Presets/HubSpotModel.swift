import LeadBenchData
import LeadBenchExperiment

/// A HubSpot-style lead score (``HubSpotConfig``), compiled against a dataset.
///
/// What it reproduces (HubSpot's lead scoring tool, knowledge.hubspot.com/scoring/build-lead-scores and
/// developers.hubspot.com/docs/api-reference/…/marketing/lead-scoring/guide): a fit score over
/// property rules and an engagement score over event rules, each built of score groups;
///
///     group    = min(Σ rule points, group limit)
///     fit      = min(Σ fit groups, fit limit)          engagement = min(Σ engagement groups, engagement limit)
///     total    = min(fit + engagement, total limit)
///
/// A property rule earns its points when the property meets its condition, or (`per_value`) the points
/// of the lead's value. An event rule earns its points per event, or (`frequency`) the points of the
/// range its count falls in. An engagement group either counts only the events of the last N days
/// (an event counts while its age is at most N days) or decays its events' points by p % of what is left
/// at each whole period of 1, 3, 6 or 12 calendar months after the event (UTC); a frequency rule's
/// points decay from the event that brought the count into its range. The grid: fit grade A at or
/// above the first fit edge, B at or above the second, C below; engagement level 1, 2, 3 likewise.
///
/// What it does not reproduce: association and aggregation rules (company scores from contacts), the
/// AI-assisted score, list-membership criteria, and limits below zero (a limit caps from above only,
/// as the platform's do). The decay's compounding per period is our reading of "reduce by p % every
/// period"; the time-frame boundary (age ≤ N days) is ours too.
public struct HubSpotModel: PiecewiseConstantScore {
    public let name: String
    public var kind: ModelSpec.Kind { .hubspot }
    public let config: HubSpotConfig
    let fit: [Group]
    let engagement: [Group]

    struct Group: Sendable {
        let name: String
        let limit: Double?
        /// Seconds an event counts for, with a time frame.
        let timeFrame: Int64?
        /// The factor kept per period, and the period in months, with a decay.
        let decay: (kept: Double, months: Int64)?
        let rules: [Rule]
    }

    enum Rule: Sendable {
        case attribute(CompiledCondition, points: Double, label: String)
        case perValue([(CompiledCondition, points: Double, label: String)])
        case events(type: UInt32?, points: Double, label: String)
        case frequency(type: UInt32?, ranges: [HubSpotConfig.FrequencyRange], label: String)
    }

    public init(_ spec: ModelSpec, data: ScoringData) throws(ModelError) {
        guard case .hubspot(let config) = spec.configuration else { throw ModelError(model: spec.name, message: "is not a HubSpot-style model") }
        try self.init(name: spec.name, config: config, data: data)
    }

    public init(name: String, config: HubSpotConfig, data: ScoringData) throws(ModelError) {
        self.name = name
        self.config = config
        let typeNames = data.activities.typeNames
        func compile(_ groups: [HubSpotConfig.Group]) throws(ModelError) -> [Group] {
            var compiled: [Group] = []
            for group in groups {
                var rules: [Rule] = []
                for rule in group.rules {
                    switch rule.target {
                    case .attribute(let attribute, let condition, let points):
                        let reference = try PresetAttributes.resolve(attribute, in: data, model: name)
                        rules.append(.attribute(
                            try CompiledCondition(condition, on: reference, in: data.dataset, model: name), points: points,
                            label: PointsModel.describe(RuleSpec(target: .attribute(attribute, condition), points: points), occurrences: 0)))
                    case .perValue(let attribute, let values):
                        let reference = try PresetAttributes.resolve(attribute, in: data, model: name)
                        var entries: [(CompiledCondition, points: Double, label: String)] = []
                        for (value, points) in values.sorted(by: { $0.key < $1.key }) {
                            entries.append((try CompiledCondition(.equals(value), on: reference, in: data.dataset, model: name), points, "\(attribute) is \(value)"))
                        }
                        rules.append(.perValue(entries))
                    case .activity(let type, let points):
                        rules.append(.events(type: typeNames.firstIndex(of: type).map(UInt32.init), points: points, label: type))
                    case .frequency(let type, let ranges):
                        rules.append(.frequency(type: typeNames.firstIndex(of: type).map(UInt32.init), ranges: ranges, label: type))
                    }
                }
                compiled.append(Group(
                    name: group.name, limit: group.limit, timeFrame: group.timeFrameDays.map { Int64($0) * EpochSeconds.day },
                    decay: group.decay.map { (1 - $0.percent / 100, Int64($0.everyMonths)) }, rules: rules))
            }
            return compiled
        }
        fit = try compile(config.fit?.groups ?? [])
        engagement = try compile(config.engagement?.groups ?? [])
    }

    /// The fit score, the engagement score, and each group's points, as of the view's moment.
    public func parts(_ view: LeadView) -> (fit: Double, engagement: Double, groups: [(name: String, points: Double)]) {
        var groups: [(name: String, points: Double)] = []
        func section(_ compiled: [Group], limit: Double?) -> Double {
            var sum = 0.0
            for group in compiled {
                let points = score(of: group, view)
                groups.append((group.name, points))
                sum += points
            }
            return limit.map { min(sum, $0) } ?? sum
        }
        let fitScore = section(fit, limit: config.fit?.limit)
        let engagementScore = section(engagement, limit: config.engagement?.limit)
        return (fitScore, engagementScore, groups)
    }

    /// fit + engagement, under the total limit.
    public func total(_ view: LeadView) -> Double {
        let (f, e, _) = parts(view)
        return config.totalLimit.map { min(f + e, $0) } ?? f + e
    }

    /// The lead's grid cell, `A1` … `C3`; `nil` without a grid.
    public func cell(_ view: LeadView) -> String? {
        guard let grid = config.grid else { return nil }
        let (f, e, _) = parts(view)
        let (g, l) = Self.cell(fit: f, engagement: e, grid: grid)
        return HubSpotConfig.Grid.name(grade: g, level: l)
    }

    static func cell(fit: Double, engagement: Double, grid: HubSpotConfig.Grid) -> (grade: Int, level: Int) {
        (grid.fit.firstIndex { fit >= $0 } ?? 2, grid.engagement.firstIndex { engagement >= $0 } ?? 2)
    }

    public func score(_ view: LeadView) -> Double {
        guard config.scoreBy == .grid, let grid = config.grid else { return total(view) }
        let (f, e, _) = parts(view)
        let (g, l) = Self.cell(fit: f, engagement: e, grid: grid)
        return HubSpotConfig.Grid.rank(grade: g, level: l)
    }

    private func score(of group: Group, _ view: LeadView) -> Double {
        var sum = 0.0
        for rule in group.rules { sum += points(of: rule, in: group, view) }
        return group.limit.map { min(sum, $0) } ?? sum
    }

    private func points(of rule: Rule, in group: Group, _ view: LeadView) -> Double {
        switch rule {
        case .attribute(let condition, let points, _):
            return condition.matches(view) ? points : 0
        case .perValue(let entries):
            return entries.first { $0.0.matches(view) }?.points ?? 0
        case .events(let type, let points, _):
            guard let type else { return 0 }
            var sum = 0.0
            for i in 0..<view.activityCount where view.activityType(i) == type && counts(i, in: group, view) {
                sum += points * factor(since: view.activityTime(i), group: group, asOf: view.asOf)
            }
            return sum
        case .frequency(let type, let ranges, _):
            guard let type else { return 0 }
            var times: [Int64] = []
            for i in 0..<view.activityCount where view.activityType(i) == type && counts(i, in: group, view) { times.append(view.activityTime(i)) }
            guard let range = ranges.first(where: { times.count >= $0.min && times.count <= ($0.max ?? Int.max) }) else { return 0 }
            return range.points * factor(since: times[range.min - 1], group: group, asOf: view.asOf)
        }
    }

    /// Whether activity `i` is inside the group's time frame.
    private func counts(_ i: Int, in group: Group, _ view: LeadView) -> Bool {
        guard let frame = group.timeFrame else { return true }
        return view.asOf - view.activityTime(i) <= frame
    }

    /// The share of an event's points left at `asOf`.
    private func factor(since t: Int64, group: Group, asOf: Int64) -> Double {
        guard let decay = group.decay else { return 1 }
        let periods = UTCCalendar.wholeMonths(from: t, to: asOf) / decay.months
        var kept = 1.0
        for _ in 0..<periods { kept *= decay.kept }
        return kept
    }

    public func reasons(_ view: LeadView, limit: Int) -> [ScoreReason] {
        let (f, e, groups) = parts(view)
        var reasons = groups.map { ScoreReason(label: "group \($0.name)", contribution: $0.points) }
        if let grid = config.grid {
            let (g, l) = Self.cell(fit: f, engagement: e, grid: grid)
            reasons.insert(ScoreReason(label: "cell \(HubSpotConfig.Grid.name(grade: g, level: l)) (fit \(PointsModel.number(f)), engagement \(PointsModel.number(e)))", contribution: score(view)), at: 0)
            return Array(reasons.prefix(1)) + ScoreReason.top(Array(reasons.dropFirst()), limit: max(0, limit - 1))
        }
        return ScoreReason.top(reasons, limit: limit)
    }

    /// The score changes only at an activity, as an event leaves a time frame, and at a decay period's end.
    func changeMoments(lead: Int, through end: Int64, data: ScoringData) -> [Int64] {
        let history = data.view(lead, asOf: end)
        var changes: [Int64] = []
        let frames = Set(engagement.compactMap(\.timeFrame))
        let periods = Set(engagement.compactMap { $0.decay?.months })
        for i in 0..<history.activityCount {
            let t = history.activityTime(i)
            changes.append(t)
            for frame in frames { changes.append(t + frame + 1) }
            for months in periods {
                var k: Int64 = 1
                while true {
                    let boundary = UTCCalendar.monthsLater(t, k * months)
                    if boundary > end { break }
                    changes.append(boundary)
                    k += 1
                }
            }
        }
        return changes
    }
}

/// Attribute lookup shared by the presets.
enum PresetAttributes {
    static func resolve(_ name: String, in data: ScoringData, model: String) throws(ModelError) -> AttributeReference {
        guard let reference = AttributeReference(name, in: data.dataset) else {
            throw ModelError(
                model: model, message: "names \"\(name)\", which the data does not have",
                hint: NearestMatch.hint(for: name, among: AttributeReference.names(in: data.dataset), noun: "attribute"))
        }
        return reference
    }
}
