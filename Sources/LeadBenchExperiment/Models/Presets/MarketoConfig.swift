import LeadBenchData

/// A Marketo-style score (`kind: marketo`): a behaviour score and a demographic score, each changed
/// only by `+N`, `-N` or `=N` steps; an inactivity decay run as a daily batch; lead score = behaviour +
/// demographic.
///
///     - name: marketo
///       kind: marketo
///       threshold: 100
///       behavior:
///         - { activity: demo_request, change: +30 }
///         - { activity: page_view, change: +2, daily_cap: 6 }   # at most +6 a day from page views
///         - { activity: unsubscribe, change: "=0" }
///       demographic:
///         - { attribute: Seniority, one_of: [VP, C-Level], change: +20 }
///       decay: { after_days: 30, change: -10, floor: 0 }        # the nightly "score not changed in 30 days" batch
public struct MarketoConfig: Sendable, Equatable, Codable {
    public var behavior: [BehaviorRule]
    public var demographic: [DemographicRule]
    public var decay: Decay?

    /// A trigger on an activity type and the change it makes.
    public struct BehaviorRule: Sendable, Equatable, Codable {
        public var activity: String
        public var change: ScoreChange
        /// The most one UTC day's activities of this rule may move the score (additive changes only).
        public var dailyCap: Double?

        enum CodingKeys: String, CodingKey, CaseIterable { case activity, change, dailyCap = "daily_cap" }

        public init(activity: String, change: ScoreChange, dailyCap: Double? = nil) {
            self.activity = activity
            self.change = change
            self.dailyCap = dailyCap
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            activity = try c.required(.activity, placeholder: "", hint: "the activity type that triggers the change", sink: sink)
            change = try c.required(.change, placeholder: ScoreChange(.add, 0), hint: "e.g. change: +5", sink: sink)
            dailyCap = try c.field(.dailyCap, sink: sink)
            if let dailyCap, !(dailyCap > 0) { try decoder.reportInvalid("a daily cap is a positive number of points", key: CodingKeys.dailyCap) }
            if dailyCap != nil && change.operation == .set {
                try decoder.reportInvalid("a daily cap limits +N and -N changes, not =N", key: CodingKeys.dailyCap)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(activity, forKey: .activity)
            try c.encode(change, forKey: .change)
            try c.encodeIfPresent(dailyCap, forKey: .dailyCap)
        }
    }

    /// A data-value trigger: when the attribute meets the condition, the change.
    public struct DemographicRule: Sendable, Equatable, Codable {
        public var attribute: String
        public var condition: RuleSpec.Condition
        public var change: ScoreChange

        enum CodingKeys: String, CodingKey, CaseIterable { case attribute, change }

        public init(attribute: String, condition: RuleSpec.Condition, change: ScoreChange) {
            self.attribute = attribute
            self.condition = condition
            self.change = change
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: RuleSpec.conditionKeyNames)
            let sink = decoder.specIssues
            attribute = try c.required(.attribute, placeholder: "", hint: "the attribute the rule reads", sink: sink)
            change = try c.required(.change, placeholder: ScoreChange(.add, 0), hint: "e.g. change: +15", sink: sink)
            condition = try RuleSpec.condition(from: decoder) ?? .present
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(attribute, forKey: .attribute)
            try RuleSpec.encode(condition, to: encoder)
            try c.encode(change, forKey: .change)
        }
    }

    /// The daily batch: at each UTC midnight, a lead whose behaviour score has not changed (and that
    /// was not created) in the last `afterDays` gets `change`, never below `floor`.
    public struct Decay: Sendable, Equatable, Codable {
        public var afterDays: Int
        public var change: ScoreChange
        public var floor: Double?

        enum CodingKeys: String, CodingKey, CaseIterable { case afterDays = "after_days", change, floor }

        public init(afterDays: Int, change: ScoreChange, floor: Double?) {
            self.afterDays = afterDays
            self.change = change
            self.floor = floor
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            afterDays = try c.required(.afterDays, placeholder: 30, hint: "the days without a score change before the batch applies", sink: sink)
            change = try c.required(.change, placeholder: ScoreChange(.add, 0), hint: "e.g. change: -10", sink: sink)
            floor = try c.field(.floor, sink: sink)
            if afterDays < 1 { try decoder.reportInvalid("after_days must be at least 1", key: CodingKeys.afterDays) }
            if change.operation == .add && change.amount > 0 {
                try decoder.reportInvalid("a decay lowers the score: write -N, or =N to reset it", key: CodingKeys.change)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(afterDays, forKey: .afterDays)
            try c.encode(change, forKey: .change)
            try c.encodeIfPresent(floor, forKey: .floor)
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case behavior, demographic, decay }

    public init(from decoder: any Decoder) throws { try self.init(from: decoder, sharedKeys: []) }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        behavior = try c.field(.behavior, default: [], sink: sink)
        demographic = try c.field(.demographic, default: [], sink: sink)
        decay = try c.field(.decay, sink: sink)
        if behavior.isEmpty && demographic.isEmpty {
            try decoder.reportInvalid("a Marketo-style score needs `behavior:` or `demographic:` rules", hint: "e.g. behavior: [ { activity: webinar, change: +10 } ]")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(behavior, forKey: .behavior)
        try c.encode(demographic, forKey: .demographic)
        try c.encodeIfPresent(decay, forKey: .decay)
    }
}
