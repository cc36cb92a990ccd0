import LeadBenchData

/// The configuration of a rule-based points model, static or decaying (DESIGN §3):
///
///     - name: points
///       kind: static
///       threshold: 40
///       start: 0                   # the score every lead starts with
///       floor: 0                   # the lowest total
///       ceiling: 100               # the highest total
///       groups: { web: 25 }        # caps per named group of rules
///       rules: [ … ]               # see RuleSpec
///
/// A decaying model adds how activity points fade:
///
///       half_life_days: 14                       # exponential decay, for every type …
///       half_lives: { email_open: 7 }            # … or per type
///       step_decay: [ { within_days: 30, factor: 1 }, { within_days: 90, factor: 0.5 } ]
///       inactivity: { after_days: 30, points: -10 }
public struct PointsConfig: Sendable, Equatable, Encodable {
    public init(rules: [RuleSpec], start: Double, floor: Double?, ceiling: Double?, groups: [String: Double], decay: DecaySpec?) {
        self.rules = rules
        self.start = start
        self.floor = floor
        self.ceiling = ceiling
        self.groups = groups
        self.decay = decay
    }

    public var rules: [RuleSpec]
    public var start: Double
    public var floor: Double?
    public var ceiling: Double?
    public var groups: [String: Double]
    public var decay: DecaySpec?

    /// How a decaying model's activity points fade with age.
    public struct DecaySpec: Sendable, Equatable {
        public var halfLifeDays: Double?
        public var halfLives: [String: Double]
        /// Age bands, ascending; an activity older than the last band earns nothing.
        public var steps: [Step]
        public var inactivity: Inactivity?

        public struct Step: Codable, Sendable, Equatable {
            public var withinDays: Double
            public var factor: Double

            enum CodingKeys: String, CodingKey, CaseIterable {
                case withinDays = "within_days", factor
            }

            public init(from decoder: any Decoder) throws {
                let c = try decoder.specContainer(keyedBy: CodingKeys.self)
                let sink = decoder.specIssues
                withinDays = try c.required(.withinDays, placeholder: 1, sink: sink)
                factor = try c.required(.factor, placeholder: 1, sink: sink)
                if !(withinDays > 0) { try decoder.reportInvalid("within_days must be positive", key: CodingKeys.withinDays) }
                if !(0...1).contains(factor) { try decoder.reportInvalid("a decay factor lies in [0, 1]", key: CodingKeys.factor) }
            }

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(withinDays, forKey: .withinDays)
                try c.encode(factor, forKey: .factor)
            }
        }

        /// A penalty once a lead has been quiet for `afterDays`.
        public struct Inactivity: Codable, Sendable, Equatable {
            public var afterDays: Double
            public var points: Double

            enum CodingKeys: String, CodingKey, CaseIterable {
                case afterDays = "after_days", points
            }

            public init(from decoder: any Decoder) throws {
                let c = try decoder.specContainer(keyedBy: CodingKeys.self)
                let sink = decoder.specIssues
                afterDays = try c.required(.afterDays, placeholder: 30, sink: sink)
                points = try c.required(.points, placeholder: 0, sink: sink)
                if !(afterDays > 0) { try decoder.reportInvalid("after_days must be positive", key: CodingKeys.afterDays) }
            }

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(afterDays, forKey: .afterDays)
                try c.encode(points, forKey: .points)
            }
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case rules, start, floor, ceiling, groups
        case halfLifeDays = "half_life_days", halfLives = "half_lives", stepDecay = "step_decay", inactivity
    }

    static let decayKeys: [CodingKeys] = [.halfLifeDays, .halfLives, .stepDecay, .inactivity]

    /// Writes the configuration with the keys it is read from.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rules, forKey: .rules)
        if start != 0 { try c.encode(start, forKey: .start) }
        try c.encodeIfPresent(floor, forKey: .floor)
        try c.encodeIfPresent(ceiling, forKey: .ceiling)
        if !groups.isEmpty { try c.encode(groups, forKey: .groups) }
        guard let decay else { return }
        try c.encodeIfPresent(decay.halfLifeDays, forKey: .halfLifeDays)
        if !decay.halfLives.isEmpty { try c.encode(decay.halfLives, forKey: .halfLives) }
        if !decay.steps.isEmpty { try c.encode(decay.steps, forKey: .stepDecay) }
        try c.encodeIfPresent(decay.inactivity, forKey: .inactivity)
    }

    /// Reads a configuration written by ``encode(to:)`` (a model file): `decaying` says which kind.
    public static func decode(from decoder: any Decoder, decaying: Bool) throws -> PointsConfig {
        try PointsConfig(from: decoder, decaying: decaying, sharedKeys: [])
    }

    init(from decoder: any Decoder, decaying: Bool, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        rules = try c.required(.rules, placeholder: [], hint: "list the scoring rules", sink: sink)
        start = try c.field(.start, default: 0, sink: sink)
        floor = try c.field(.floor, sink: sink)
        ceiling = try c.field(.ceiling, sink: sink)
        groups = try c.field(.groups, default: [:], sink: sink)
        if let floor, let ceiling, floor > ceiling { try decoder.reportInvalid("the floor (\(floor)) is above the ceiling (\(ceiling))", key: CodingKeys.floor) }
        for (name, cap) in groups.sorted(by: { $0.key < $1.key }) where cap < 0 {
            try decoder.reportInvalid("the cap of group \"\(name)\" cannot be negative", key: CodingKeys.groups)
        }
        for (i, rule) in rules.enumerated() {
            if let group = rule.group, groups[group] == nil {
                try decoder.reportInvalid(
                    "rule \(i) names group \"\(group)\", which `groups` does not define",
                    hint: groups.isEmpty ? "define it: groups: { \(group): 25 }" : NearestMatch.hint(for: group, among: groups.keys.sorted(), noun: "group"),
                    key: CodingKeys.rules)
            }
        }
        guard decaying else {
            for key in Self.decayKeys where c.contains(key) {
                try decoder.reportInvalid("`\(key.stringValue)` applies to decaying models only", hint: "set `kind: decaying`, or remove the key", key: key)
            }
            decay = nil
            return
        }
        var decay = DecaySpec(
            halfLifeDays: try c.field(.halfLifeDays, sink: sink), halfLives: try c.field(.halfLives, default: [:], sink: sink),
            steps: try c.field(.stepDecay, default: [], sink: sink), inactivity: try c.field(.inactivity, sink: sink))
        if let days = decay.halfLifeDays, !(days > 0) {
            try decoder.reportInvalid("the half-life must be a positive number of days", key: CodingKeys.halfLifeDays)
            decay.halfLifeDays = nil
        }
        for (type, days) in decay.halfLives.sorted(by: { $0.key < $1.key }) where !(days > 0) {
            try decoder.reportInvalid("the half-life of \"\(type)\" must be a positive number of days", key: CodingKeys.halfLives)
        }
        let exponential = decay.halfLifeDays != nil || !decay.halfLives.isEmpty
        if exponential && !decay.steps.isEmpty {
            try decoder.reportInvalid("choose exponential decay (half-life) or step decay, not both", key: CodingKeys.stepDecay)
        }
        if !exponential && decay.steps.isEmpty && decay.inactivity == nil {
            try decoder.reportInvalid("a decaying model needs `half_life_days`, `half_lives`, `step_decay` or `inactivity`", hint: "e.g. half_life_days: 14")
        }
        for i in decay.steps.indices.dropFirst() where decay.steps[i].withinDays <= decay.steps[i - 1].withinDays {
            try decoder.reportInvalid("step_decay bands must be listed by increasing within_days", key: CodingKeys.stepDecay)
        }
        self.decay = decay
    }
}
