import LeadBenchData

/// A HubSpot-style lead score (`kind: hubspot`): fit and engagement score groups, each with a group
/// limit, under a limit per score and a total limit; the A–C × 1–3 fit/engagement grid as tiers.
///
///     - name: hubspot
///       kind: hubspot
///       total_limit: 100
///       fit:
///         limit: 50
///         groups:
///           - name: persona
///             limit: 30
///             rules:
///               - { attribute: Seniority, per_value: { VP: 20, Director: 10 } }
///               - { attribute: Employees, between: [50, 1000], points: 10 }
///       engagement:
///         groups:
///           - name: web
///             limit: 25
///             time_frame_days: 30                       # only events of the last 30 days count …
///             rules:
///               - { activity: page_view, points: 1 }    # per event
///               - { activity: pricing_page, frequency: [ { min: 1, max: 2, points: 5 }, { min: 3, points: 15 } ] }
///           - name: conversions
///             decay: { percent: 50, every_months: 3 }   # … or points fade by a percentage per period
///             rules: [ { activity: demo_request, points: 30 } ]
///       grid: { fit: [30, 15], engagement: [30, 10] }   # A ≥ 30, B ≥ 15, C below; 1 ≥ 30, 2 ≥ 10, 3 below
///       score: total                                    # or grid: the score is the grid cell's rank
public struct HubSpotConfig: Sendable, Equatable, Codable {
    public var fit: Section?
    public var engagement: Section?
    /// The most the fit and engagement scores may add up to.
    public var totalLimit: Double?
    public var grid: Grid?
    public var scoreBy: ScoreBy

    public enum ScoreBy: String, Sendable, CaseIterable {
        /// The fit score plus the engagement score.
        case total
        /// The grid cell's rank: A1 = 9, A2 = 8, A3 = 7, B1 = 6, …, C3 = 1.
        case grid
    }

    /// The fit or the engagement score: its groups and the most they may add up to.
    public struct Section: Sendable, Equatable, Codable {
        public var limit: Double?
        public var groups: [Group]

        enum CodingKeys: String, CodingKey, CaseIterable { case limit, groups }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            limit = try c.field(.limit, sink: sink)
            groups = try c.required(.groups, placeholder: [], hint: "list the score groups, each with its rules", sink: sink)
            if let limit, limit < 0 { try decoder.reportInvalid("a limit cannot be negative", key: CodingKeys.limit) }
            if groups.isEmpty && c.contains(.groups) { try decoder.reportInvalid("a score needs at least one group", key: CodingKeys.groups) }
            let names = groups.map(\.name)
            for (i, name) in names.enumerated() where names[..<i].contains(name) {
                try decoder.reportInvalid("two groups are called \"\(name)\"", hint: "group names must be unique", key: CodingKeys.groups)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(limit, forKey: .limit)
            try c.encode(groups, forKey: .groups)
        }
    }

    /// A score group: its rules, its limit, and how its engagement points age.
    public struct Group: Sendable, Equatable, Codable {
        public var name: String
        public var limit: Double?
        /// Only events of the last N days count.
        public var timeFrameDays: Int?
        public var decay: PercentDecay?
        public var rules: [Rule]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, limit, timeFrameDays = "time_frame_days", decay, rules
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            name = try c.required(.name, placeholder: "", hint: "every group needs a name", sink: sink)
            limit = try c.field(.limit, sink: sink)
            timeFrameDays = try c.field(.timeFrameDays, sink: sink)
            decay = try c.field(.decay, sink: sink)
            rules = try c.required(.rules, placeholder: [], hint: "list the group's rules", sink: sink)
            if let limit, limit < 0 { try decoder.reportInvalid("a group limit cannot be negative", key: CodingKeys.limit) }
            if let days = timeFrameDays, days < 1 { try decoder.reportInvalid("time_frame_days must be at least 1", key: CodingKeys.timeFrameDays) }
            if timeFrameDays != nil && decay != nil {
                try decoder.reportInvalid(
                    "group \"\(name)\" has both a time frame and a decay; a group uses one or the other",
                    hint: "keep `time_frame_days` (only recent events count) or `decay` (points fade by a percentage per period)", key: CodingKeys.decay)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(limit, forKey: .limit)
            try c.encodeIfPresent(timeFrameDays, forKey: .timeFrameDays)
            try c.encodeIfPresent(decay, forKey: .decay)
            try c.encode(rules, forKey: .rules)
        }

        /// Whether the group scores events (engagement) rather than properties (fit).
        var scoresEvents: Bool { rules.contains { if case .activity = $0.target { true } else { false } } }
    }

    /// Points fade by `percent` of what is left at the end of each period of `everyMonths` calendar
    /// months after the event (1, 3, 6 or 12, as the platform offers).
    public struct PercentDecay: Sendable, Equatable, Codable {
        public var percent: Double
        public var everyMonths: Int

        public static let periods = [1, 3, 6, 12]

        enum CodingKeys: String, CodingKey, CaseIterable { case percent, everyMonths = "every_months" }

        public init(percent: Double, everyMonths: Int) {
            self.percent = percent
            self.everyMonths = everyMonths
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            percent = try c.required(.percent, placeholder: 0, hint: "e.g. percent: 25", sink: sink)
            everyMonths = try c.required(.everyMonths, placeholder: 1, hint: "1, 3, 6 or 12", sink: sink)
            if !(percent > 0 && percent <= 100) { try decoder.reportInvalid("the decay percentage lies in (0, 100]", key: CodingKeys.percent) }
            if !Self.periods.contains(everyMonths) {
                try decoder.reportInvalid("the decay period is 1, 3, 6 or 12 months, not \(everyMonths)", key: CodingKeys.everyMonths)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(percent, forKey: .percent)
            try c.encode(everyMonths, forKey: .everyMonths)
        }
    }

    /// A points range of a frequency rule: `min` … `max` events (inclusive; `max` open when absent).
    public struct FrequencyRange: Sendable, Equatable, Codable {
        public var min: Int
        public var max: Int?
        public var points: Double

        enum CodingKeys: String, CodingKey, CaseIterable { case min, max, points }

        public init(min: Int, max: Int?, points: Double) {
            self.min = min
            self.max = max
            self.points = points
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            min = try c.required(.min, placeholder: 1, sink: sink)
            max = try c.field(.max, sink: sink)
            points = try c.required(.points, placeholder: 0, sink: sink)
            if min < 1 { try decoder.reportInvalid("a range starts at 1 event or more", key: CodingKeys.min) }
            if let max, max < min { try decoder.reportInvalid("a range's max (\(max)) is below its min (\(min))", key: CodingKeys.max) }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
            try c.encode(points, forKey: .points)
        }
    }

    /// One rule of a group.
    public struct Rule: Sendable, Equatable, Codable {
        public enum Target: Sendable, Equatable {
            /// Points when the property meets the condition.
            case attribute(String, RuleSpec.Condition, points: Double)
            /// Points by the property's value.
            case perValue(String, [String: Double])
            /// Points for each event of the type …
            case activity(String, points: Double)
            /// … or by how many events of the type there were.
            case frequency(String, [FrequencyRange])
        }

        public var target: Target

        public init(target: Target) { self.target = target }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case attribute, activity, points, perValue = "per_value", frequency
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: RuleSpec.conditionKeyNames)
            let sink = decoder.specIssues
            let attribute: String? = try c.field(.attribute, sink: sink)
            let activity: String? = try c.field(.activity, sink: sink)
            let points: Double? = try c.field(.points, sink: sink)
            switch (attribute, activity) {
            case (let name?, nil):
                if let values: [String: Double] = try c.field(.perValue, sink: sink) {
                    if points != nil { try decoder.reportInvalid("a per-value rule takes its points from `per_value`, not `points`", key: CodingKeys.points) }
                    if values.isEmpty { try decoder.reportInvalid("per_value needs at least one value", key: CodingKeys.perValue) }
                    target = .perValue(name, values)
                } else {
                    let condition = try RuleSpec.condition(from: decoder) ?? .present
                    if points == nil { try decoder.reportInvalid("a property rule needs `points` (or `per_value`)", hint: "e.g. { attribute: Title, equals: VP, points: 15 }") }
                    target = .attribute(name, condition, points: points ?? 0)
                }
                if c.contains(.frequency) { try decoder.reportInvalid("frequency ranges apply to activity rules only", key: CodingKeys.frequency) }
            case (nil, let type?):
                if RuleSpec.hasCondition(decoder) {
                    try decoder.reportInvalid("an activity rule takes no property condition", hint: "write a separate property rule in a fit group")
                }
                if let ranges: [FrequencyRange] = try c.field(.frequency, sink: sink) {
                    if points != nil { try decoder.reportInvalid("a frequency rule takes its points from its ranges, not `points`", key: CodingKeys.points) }
                    if ranges.isEmpty { try decoder.reportInvalid("frequency needs at least one range", key: CodingKeys.frequency) }
                    for (a, b) in zip(ranges, ranges.dropFirst()) where (a.max ?? Int.max) >= b.min {
                        try decoder.reportInvalid("frequency ranges must ascend without overlapping: \(a.min)…\(a.max.map(String.init) ?? "") then \(b.min)", key: CodingKeys.frequency)
                    }
                    target = .frequency(type, ranges)
                } else {
                    if points == nil { try decoder.reportInvalid("an activity rule needs `points` (per event) or `frequency` ranges", hint: "e.g. { activity: page_view, points: 1 }") }
                    target = .activity(type, points: points ?? 0)
                }
                if c.contains(.perValue) { try decoder.reportInvalid("per_value applies to property rules only", key: CodingKeys.perValue) }
            case (nil, nil):
                try decoder.reportInvalid("a rule needs `attribute:` or `activity:`", hint: "e.g. { attribute: Title, equals: VP, points: 15 } or { activity: webinar, points: 10 }")
                target = .activity("", points: 0)
            case (_?, _?):
                try decoder.reportInvalid("a rule has either `attribute:` or `activity:`, not both")
                target = .activity("", points: 0)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch target {
            case .attribute(let name, let condition, let points):
                try c.encode(name, forKey: .attribute)
                try RuleSpec.encode(condition, to: encoder)
                try c.encode(points, forKey: .points)
            case .perValue(let name, let values):
                try c.encode(name, forKey: .attribute)
                try c.encode(values, forKey: .perValue)
            case .activity(let type, let points):
                try c.encode(type, forKey: .activity)
                try c.encode(points, forKey: .points)
            case .frequency(let type, let ranges):
                try c.encode(type, forKey: .activity)
                try c.encode(ranges, forKey: .frequency)
            }
        }

        /// The property or activity type the rule reads.
        public var name: String {
            switch target {
            case .attribute(let name, _, _), .perValue(let name, _): name
            case .activity(let type, _), .frequency(let type, _): type
            }
        }

        public var isActivity: Bool {
            switch target {
            case .activity, .frequency: true
            case .attribute, .perValue: false
            }
        }
    }

    /// The edges of the grid: fit grades A and B (C below), engagement levels 1 and 2 (3 below).
    public struct Grid: Sendable, Equatable, Codable {
        public var fit: [Double]
        public var engagement: [Double]

        enum CodingKeys: String, CodingKey, CaseIterable { case fit, engagement }

        public init(fit: [Double], engagement: [Double]) {
            self.fit = fit
            self.engagement = engagement
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            fit = try c.required(.fit, placeholder: [1, 0], hint: "two descending fit scores: the lowest of grade A, of grade B", sink: sink)
            engagement = try c.required(.engagement, placeholder: [1, 0], hint: "two descending engagement scores: the lowest of level 1, of level 2", sink: sink)
            for (key, edges) in [(CodingKeys.fit, fit), (.engagement, engagement)] where edges.count != 2 || edges[0] <= edges[1] {
                try decoder.reportInvalid("give two descending edges (the grid has three rows and three columns)", key: key)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fit, forKey: .fit)
            try c.encode(engagement, forKey: .engagement)
        }

        /// The cell's name, `A1` … `C3`, from its row (0…2) and column (0…2).
        public static func name(grade: Int, level: Int) -> String { "\(["A", "B", "C"][grade])\(level + 1)" }

        /// The cell's rank as a score, fit first: A1 = 9, A2 = 8, A3 = 7, B1 = 6, …, C3 = 1.
        public static func rank(grade: Int, level: Int) -> Double { Double((2 - grade) * 3 + (2 - level) + 1) }

        /// The grid's cells as tiers, best first.
        public static var tiers: [TierSpec] {
            (0..<3).flatMap { g in (0..<3).map { l in TierSpec(name: name(grade: g, level: l), min: rank(grade: g, level: l)) } }
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fit, engagement, totalLimit = "total_limit", grid, score
    }

    public init(from decoder: any Decoder) throws { try self.init(from: decoder, sharedKeys: []) }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        fit = try c.field(.fit, sink: sink)
        engagement = try c.field(.engagement, sink: sink)
        totalLimit = try c.field(.totalLimit, sink: sink)
        grid = try c.field(.grid, sink: sink)
        let text: String = try c.field(.score, default: ScoreBy.total.rawValue, sink: sink)
        if let scoreBy = ScoreBy(rawValue: text) { self.scoreBy = scoreBy } else {
            scoreBy = .total
            try decoder.reportInvalid("\"\(text)\" is not a way to score", hint: NearestMatch.hint(for: text, among: ScoreBy.allCases.map(\.rawValue), noun: "value"), key: CodingKeys.score)
        }
        if fit == nil && engagement == nil && !c.contains(.fit) && !c.contains(.engagement) {
            try decoder.reportInvalid("a HubSpot-style score needs `fit:`, `engagement:` or both", hint: "fit groups score properties, engagement groups score events")
        }
        if let totalLimit, totalLimit < 0 { try decoder.reportInvalid("total_limit cannot be negative", key: CodingKeys.totalLimit) }
        if scoreBy == .grid && grid == nil {
            try decoder.reportInvalid("`score: grid` needs `grid:`", hint: "e.g. grid: { fit: [30, 15], engagement: [30, 10] }", key: CodingKeys.score)
        }
        for group in fit?.groups ?? [] where group.rules.contains(where: \.isActivity) {
            try decoder.reportInvalid("fit group \"\(group.name)\" has an activity rule; fit groups score properties", hint: "move it to an engagement group", key: CodingKeys.fit)
        }
        for group in fit?.groups ?? [] where group.timeFrameDays != nil || group.decay != nil {
            try decoder.reportInvalid("fit group \"\(group.name)\" has a time frame or decay, which apply to engagement groups only", key: CodingKeys.fit)
        }
        for group in engagement?.groups ?? [] where group.rules.contains(where: { !$0.isActivity }) {
            try decoder.reportInvalid("engagement group \"\(group.name)\" has a property rule; engagement groups score events", hint: "move it to a fit group", key: CodingKeys.engagement)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(fit, forKey: .fit)
        try c.encodeIfPresent(engagement, forKey: .engagement)
        try c.encodeIfPresent(totalLimit, forKey: .totalLimit)
        try c.encodeIfPresent(grid, forKey: .grid)
        try c.encode(scoreBy.rawValue, forKey: .score)
    }
}
