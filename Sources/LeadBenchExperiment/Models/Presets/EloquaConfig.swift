import LeadBenchData

/// An Eloqua-style lead scoring model (`kind: eloqua`): profile (explicit) criteria give A–D,
/// engagement (implicit) criteria give 1–4, and the lead's rating is its cell of the A1–D4 matrix,
/// ranked by a configurable priority order.
///
///     - name: eloqua
///       kind: eloqua
///       profile:                                   # weights add up to 100
///         - field: Seniority
///           weight: 60
///           rules: [ { one_of: [VP, C-Level], points: 100 }, { equals: Director, points: 75 } ]
///         - field: Department
///           weight: 40
///           rules: [ { one_of: [Sales, Marketing], points: 100 } ]
///       engagement:                                # weights add up to 100
///         - activity: demo_request
///           weight: 50
///           rules: [ { at_least: 1, within_days: 7, points: 100 }, { at_least: 1, within_days: 30, points: 50 } ]
///         - activity: email_open
///           weight: 50
///           rules: [ { at_least: 3, within_days: 14, points: 100 }, { exactly: 1, within_days: 30, points: 25 } ]
///       profile_bands: [75, 50, 25]                # A ≥ 75, B ≥ 50, C ≥ 25, D below
///       engagement_bands: [75, 50, 25]             # 1 ≥ 75, 2 ≥ 50, 3 ≥ 25, 4 below
///       priority: [A1, A2, B1, …]                  # all 16 cells, best first
///       qualify_at: B1                             # qualifies the cells up to B1 in the priority order
public struct EloquaConfig: Sendable, Equatable, Codable {
    public var profile: [ProfileCriterion]
    public var engagement: [EngagementCriterion]
    public var profileBands: [Double]
    public var engagementBands: [Double]
    /// The 16 cells, best first.
    public var priority: [String]
    public var qualifyAt: String?

    public static let defaultBands: [Double] = [75, 50, 25]

    /// Every cell, in the default priority: by grade plus level, fit breaking ties (A1, A2, B1, A3,
    /// B2, C1, A4, B3, C2, D1, B4, C3, D2, C4, D3, D4).
    public static let defaultPriority: [String] = {
        let cells = (0..<4).flatMap { g in (0..<4).map { l in (g, l) } }
        return cells.sorted { ($0.0 + $0.1, $0.0) < ($1.0 + $1.1, $1.0) }.map { cell(grade: $0.0, level: $0.1) }
    }()

    public static func cell(grade: Int, level: Int) -> String { "\(["A", "B", "C", "D"][grade])\(level + 1)" }

    /// A profile field: its weight (percent) and rules, each worth up to 100 points; the field gives
    /// the points of its best matching rule.
    public struct ProfileCriterion: Sendable, Equatable, Codable {
        public var field: String
        public var weight: Double
        public var rules: [ProfileRule]

        enum CodingKeys: String, CodingKey, CaseIterable { case field, weight, rules }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            field = try c.required(.field, placeholder: "", hint: "the attribute the criterion reads", sink: sink)
            weight = try c.required(.weight, placeholder: 0, hint: "the criterion's share of the profile score, in percent", sink: sink)
            rules = try c.required(.rules, placeholder: [], sink: sink)
            if !(weight > 0 && weight <= 100) { try decoder.reportInvalid("a weight is a percentage in (0, 100]", key: CodingKeys.weight) }
            if rules.isEmpty && c.contains(.rules) { try decoder.reportInvalid("a criterion needs at least one rule", key: CodingKeys.rules) }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(field, forKey: .field)
            try c.encode(weight, forKey: .weight)
            try c.encode(rules, forKey: .rules)
        }
    }

    public struct ProfileRule: Sendable, Equatable, Codable {
        public var condition: RuleSpec.Condition
        public var points: Double

        enum CodingKeys: String, CodingKey, CaseIterable { case points }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: RuleSpec.conditionKeyNames)
            points = try c.required(.points, placeholder: 0, hint: "points out of 100", sink: decoder.specIssues)
            condition = try RuleSpec.condition(from: decoder) ?? .present
            if !(0...100).contains(points) { try decoder.reportInvalid("a rule is worth 0 to 100 points", key: CodingKeys.points) }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try RuleSpec.encode(condition, to: encoder)
            try c.encode(points, forKey: .points)
        }
    }

    /// A behaviour: its weight (percent) and frequency × recency rules, each worth up to 100 points;
    /// the behaviour gives the points of its best matching rule.
    public struct EngagementCriterion: Sendable, Equatable, Codable {
        public var activity: String
        public var weight: Double
        public var rules: [EngagementRule]

        enum CodingKeys: String, CodingKey, CaseIterable { case activity, weight, rules }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            activity = try c.required(.activity, placeholder: "", hint: "the activity type the criterion counts", sink: sink)
            weight = try c.required(.weight, placeholder: 0, hint: "the criterion's share of the engagement score, in percent", sink: sink)
            rules = try c.required(.rules, placeholder: [], sink: sink)
            if !(weight > 0 && weight <= 100) { try decoder.reportInvalid("a weight is a percentage in (0, 100]", key: CodingKeys.weight) }
            if rules.isEmpty && c.contains(.rules) { try decoder.reportInvalid("a criterion needs at least one rule", key: CodingKeys.rules) }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(activity, forKey: .activity)
            try c.encode(weight, forKey: .weight)
            try c.encode(rules, forKey: .rules)
        }
    }

    /// At least (or exactly) `count` activities within the last `withinDays` days: `points`.
    public struct EngagementRule: Sendable, Equatable, Codable {
        public var count: Int
        public var exactly: Bool
        public var withinDays: Int
        public var points: Double

        enum CodingKeys: String, CodingKey, CaseIterable { case atLeast = "at_least", exactly, withinDays = "within_days", points }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            let atLeast: Int? = try c.field(.atLeast, sink: sink)
            let exactCount: Int? = try c.field(.exactly, sink: sink)
            withinDays = try c.required(.withinDays, placeholder: 30, hint: "the recency window in days, e.g. 7, 14 or 30", sink: sink)
            points = try c.required(.points, placeholder: 0, hint: "points out of 100", sink: sink)
            switch (atLeast, exactCount) {
            case (let n?, nil): count = n; exactly = false
            case (nil, let n?): count = n; exactly = true
            default:
                try decoder.reportInvalid("give the frequency as `at_least: N` or `exactly: N`, one of the two")
                count = 1
                exactly = false
            }
            if count < 1 { try decoder.reportInvalid("a frequency is at least 1 time", key: exactly ? CodingKeys.exactly : CodingKeys.atLeast) }
            if withinDays < 1 { try decoder.reportInvalid("within_days must be at least 1", key: CodingKeys.withinDays) }
            if !(0...100).contains(points) { try decoder.reportInvalid("a rule is worth 0 to 100 points", key: CodingKeys.points) }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(count, forKey: exactly ? .exactly : .atLeast)
            try c.encode(withinDays, forKey: .withinDays)
            try c.encode(points, forKey: .points)
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case profile, engagement, profileBands = "profile_bands", engagementBands = "engagement_bands", priority, qualifyAt = "qualify_at"
    }

    public init(from decoder: any Decoder) throws { try self.init(from: decoder, sharedKeys: []) }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        profile = try c.required(.profile, placeholder: [], hint: "list the profile criteria (fields with weights)", sink: sink)
        engagement = try c.required(.engagement, placeholder: [], hint: "list the engagement criteria (behaviours with weights)", sink: sink)
        profileBands = try c.field(.profileBands, default: Self.defaultBands, sink: sink)
        engagementBands = try c.field(.engagementBands, default: Self.defaultBands, sink: sink)
        priority = try c.field(.priority, default: Self.defaultPriority, sink: sink)
        qualifyAt = try c.field(.qualifyAt, sink: sink)
        for (key, weights) in [(CodingKeys.profile, profile.map(\.weight)), (.engagement, engagement.map(\.weight))] where c.contains(key) && !weights.isEmpty {
            let sum = weights.reduce(0, +)
            if abs(sum - 100) > 1e-9 {
                try decoder.reportInvalid(
                    "the \(key.stringValue) weights add up to \(Self.number(sum)), not 100",
                    hint: "each weight is the criterion's percentage of the score; make them add up to 100", key: key)
            }
        }
        for (key, bands) in [(CodingKeys.profileBands, profileBands), (.engagementBands, engagementBands)] {
            if bands.count != 3 || zip(bands, bands.dropFirst()).contains(where: { $0 <= $1 }) {
                try decoder.reportInvalid("give three descending score edges (the lowest score of bands 1, 2 and 3; the 4th below)", key: key)
            }
        }
        if priority.count != 16 || Set(priority) != Set(Self.defaultPriority) {
            let missing = Self.defaultPriority.filter { !priority.contains($0) }
            let unknown = priority.filter { !Self.defaultPriority.contains($0) }
            try decoder.reportInvalid(
                "the priority lists each of the 16 cells A1 … D4 once" + (missing.isEmpty ? "" : "; missing: \(missing.joined(separator: ", "))")
                    + (unknown.isEmpty ? "" : "; not a cell: \(unknown.joined(separator: ", "))"),
                key: CodingKeys.priority)
        }
        if let qualifyAt, !Self.defaultPriority.contains(qualifyAt) {
            try decoder.reportInvalid("\"\(qualifyAt)\" is not a cell of the matrix", hint: NearestMatch.hint(for: qualifyAt, among: Self.defaultPriority, noun: "cell"), key: CodingKeys.qualifyAt)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(profile, forKey: .profile)
        try c.encode(engagement, forKey: .engagement)
        try c.encode(profileBands, forKey: .profileBands)
        try c.encode(engagementBands, forKey: .engagementBands)
        try c.encode(priority, forKey: .priority)
        try c.encodeIfPresent(qualifyAt, forKey: .qualifyAt)
    }

    /// The rank of `cell` as a score: 16 for the first cell of the priority, 1 for the last.
    public func rank(of cell: String) -> Double {
        Double(16 - (priority.firstIndex(of: cell) ?? 15))
    }

    /// The matrix's cells as tiers, in priority order.
    public var tiers: [TierSpec] { priority.map { TierSpec(name: $0, min: rank(of: $0)) } }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
