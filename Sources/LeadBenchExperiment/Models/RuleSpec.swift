import LeadBenchData

/// One rule of the rule language every rule-based model shares (DESIGN §3):
///
///     - { attribute: Title, equals: VP Sales, points: 15 }
///     - { attribute: Country, one_of: [Germany, France], points: 5 }
///     - { attribute: Employees, between: [200, 5000], points: 10 }
///     - { attribute: Email, matches: "@(gmail|yahoo)\\.", points: -10 }
///     - { attribute: Phone, missing: true, points: -5 }
///     - { activity: demo_request, points: 30, cap: 30 }
///     - { activity: page_view, points: 1, per_occurrence: true, cap: 20, group: web }
///
/// An attribute rule has exactly one condition; an activity rule earns its points per occurrence
/// (unless `per_occurrence: false`, which earns them once), up to `cap` in all.
public struct RuleSpec: Codable, Sendable, Equatable {
    public enum Condition: Sendable, Equatable {
        case equals(String)
        case oneOf([String])
        /// Inclusive bounds; either may be open.
        case range(min: Double?, max: Double?)
        case matches(String)
        case missing
        case present
    }

    public enum Target: Sendable, Equatable {
        case attribute(String, Condition)
        case activity(String, perOccurrence: Bool)
    }

    public var target: Target
    /// Points earned (negative points subtract).
    public var points: Double
    /// The most points this rule may contribute in all, in the direction of its sign.
    public var cap: Double?
    /// The named group whose cap also bounds this rule.
    public var group: String?

    public init(target: Target, points: Double, cap: Double? = nil, group: String? = nil) {
        self.target = target
        self.points = points
        self.cap = cap
        self.group = group
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case attribute, activity, points, cap, group
        case equals, oneOf = "one_of", between, atLeast = "at_least", atMost = "at_most", matches, missing, present
        case perOccurrence = "per_occurrence"
    }

    static let conditionKeys: [CodingKeys] = [.equals, .oneOf, .between, .atLeast, .atMost, .matches, .missing, .present]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        points = try c.required(.points, placeholder: 0, hint: "give the points this rule earns, e.g. points: 10", sink: sink)
        cap = try c.field(.cap, sink: sink)
        group = try c.field(.group, sink: sink)
        if let cap, cap < 0 { try decoder.reportInvalid("a cap is a size and cannot be negative", key: CodingKeys.cap) }
        let attribute: String? = try c.field(.attribute, sink: sink)
        let activity: String? = try c.field(.activity, sink: sink)
        let conditions = Self.conditionKeys.filter { c.contains($0) }
        switch (attribute, activity) {
        case (let name?, nil):
            guard conditions.count == 1, let key = conditions.first else {
                try decoder.reportInvalid(
                    conditions.isEmpty ? "an attribute rule needs a condition" : "an attribute rule takes one condition, not \(conditions.count)",
                    hint: "use one of equals, one_of, between, at_least, at_most, matches, missing, present")
                target = .attribute(name, .present)
                return
            }
            target = .attribute(name, try Self.condition(key, in: c, decoder: decoder))
            if c.contains(.perOccurrence) { try decoder.reportInvalid("per_occurrence applies to activity rules only", key: CodingKeys.perOccurrence) }
        case (nil, let type?):
            if !conditions.isEmpty {
                try decoder.reportInvalid("an activity rule takes no attribute condition (\(conditions.map(\.stringValue).joined(separator: ", ")))", hint: "activity rules count activities of a type; write a separate attribute rule")
            }
            target = .activity(type, perOccurrence: try c.field(.perOccurrence, default: true, sink: sink))
        case (nil, nil):
            try decoder.reportInvalid("a rule needs `attribute:` or `activity:`", hint: "e.g. { attribute: Title, equals: VP Sales, points: 15 } or { activity: webinar, points: 10 }")
            target = .activity("", perOccurrence: true)
        case (_?, _?):
            try decoder.reportInvalid("a rule has either `attribute:` or `activity:`, not both")
            target = .activity("", perOccurrence: true)
        }
    }

    /// Writes the rule with the keys it is read from, so a model file's rules read like the
    /// experiment file's.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch target {
        case .activity(let type, let perOccurrence):
            try c.encode(type, forKey: .activity)
            if !perOccurrence { try c.encode(false, forKey: .perOccurrence) }
        case .attribute(let name, let condition):
            try c.encode(name, forKey: .attribute)
            try Self.encode(condition, into: &c)
        }
        try c.encode(points, forKey: .points)
        try c.encodeIfPresent(cap, forKey: .cap)
        try c.encodeIfPresent(group, forKey: .group)
    }

    /// Writes `condition` with the key it is read from.
    static func encode(_ condition: Condition, into c: inout KeyedEncodingContainer<CodingKeys>) throws {
        switch condition {
        case .equals(let value): try c.encode(value, forKey: .equals)
        case .oneOf(let values): try c.encode(values, forKey: .oneOf)
        case .range(let low?, let high?): try c.encode([low, high], forKey: .between)
        case .range(let low?, nil): try c.encode(low, forKey: .atLeast)
        case .range(nil, let high?): try c.encode(high, forKey: .atMost)
        case .range(nil, nil), .present: try c.encode(true, forKey: .present)
        case .matches(let pattern): try c.encode(pattern, forKey: .matches)
        case .missing: try c.encode(true, forKey: .missing)
        }
    }

    /// Writes `condition` into `encoder`'s keyed container, beside the keys of the criterion that holds it.
    public static func encode(_ condition: Condition, to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try encode(condition, into: &c)
    }

    /// The one attribute condition among `decoder`'s keys (equals, one_of, between, at_least, at_most,
    /// matches, missing, present); reports none or several, and returns `nil` then. The caller's own
    /// container reports unknown keys.
    public static func condition(from decoder: any Decoder) throws -> Condition? {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let present = conditionKeys.filter { c.contains($0) }
        guard present.count == 1, let key = present.first else {
            try decoder.reportInvalid(
                present.isEmpty ? "a criterion on an attribute needs a condition" : "a criterion takes one condition, not \(present.count)",
                hint: "use one of equals, one_of, between, at_least, at_most, matches, missing, present")
            return nil
        }
        return try condition(key, in: c, decoder: decoder)
    }

    /// Whether `decoder`'s keys include a condition.
    static func hasCondition(_ decoder: any Decoder) -> Bool {
        guard let c = try? decoder.container(keyedBy: CodingKeys.self) else { return false }
        return conditionKeys.contains { c.contains($0) }
    }

    /// The condition keys, for criteria that accept a condition beside keys of their own.
    public static let conditionKeyNames = conditionKeys.map(\.stringValue)

    private static func condition(
        _ key: CodingKeys, in c: KeyedDecodingContainer<CodingKeys>, decoder: any Decoder
    ) throws -> Condition {
        let sink = decoder.specIssues
        switch key {
        case .equals:
            return .equals(try c.field(.equals, default: "", sink: sink))
        case .oneOf:
            let values: [String] = try c.field(.oneOf, default: [], sink: sink)
            if values.isEmpty { try decoder.reportInvalid("one_of needs at least one value", key: CodingKeys.oneOf) }
            return .oneOf(values)
        case .between:
            let bounds: [Double] = try c.field(.between, default: [], sink: sink)
            guard bounds.count == 2, bounds[0] <= bounds[1] else {
                try decoder.reportInvalid("between takes [low, high] with low ≤ high", key: CodingKeys.between)
                return .range(min: nil, max: nil)
            }
            return .range(min: bounds[0], max: bounds[1])
        case .atLeast:
            return .range(min: try c.field(.atLeast, default: 0, sink: sink), max: nil)
        case .atMost:
            return .range(min: nil, max: try c.field(.atMost, default: 0, sink: sink))
        case .matches:
            let pattern: String = try c.field(.matches, default: "", sink: sink)
            do {
                _ = try Regex(pattern)
            } catch {
                try decoder.reportInvalid("\"\(pattern)\" is not a valid regular expression", hint: "\(error)", key: CodingKeys.matches)
            }
            return .matches(pattern)
        case .missing, .present:
            let flag: Bool = try c.field(key, default: true, sink: sink)
            if !flag { try decoder.reportInvalid("write `\(key == .missing ? "present" : "missing"): true` instead of `\(key.stringValue): false`", key: key) }
            return key == .missing ? .missing : .present
        default:
            return .present
        }
    }
}
