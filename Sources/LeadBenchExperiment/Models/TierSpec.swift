import LeadBenchData

/// A named score band (`tiers:` on any model): a lead is in the first tier whose `min` its score
/// reaches, so tiers are listed from the highest band down; the last may omit `min`.
///
///     tiers: [ { name: hot, min: 60 }, { name: warm, min: 30 }, { name: cold } ]
public struct TierSpec: Codable, Sendable, Equatable {
    public var name: String
    public var min: Double?

    public init(name: String, min: Double?) {
        self.name = name
        self.min = min
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, min
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        name = try c.required(.name, placeholder: "", sink: sink)
        min = try c.field(.min, sink: sink)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(min, forKey: .min)
    }

    /// Checks that bands descend and only the last is open-ended.
    static func check(_ tiers: [TierSpec], decoder: any Decoder, key: any CodingKey) throws {
        for (i, tier) in tiers.enumerated() {
            if tier.min == nil && i != tiers.count - 1 {
                try decoder.reportInvalid("only the last tier may leave out `min`", key: key)
            }
            if i > 0, let previous = tiers[i - 1].min, let current = tier.min, current >= previous {
                try decoder.reportInvalid("tiers are listed from the highest band down: \"\(tier.name)\" (min \(current)) comes after \"\(tiers[i - 1].name)\" (min \(previous))", key: key)
            }
        }
    }
}

/// Account rollup, an option on any model (`rollup:`, DESIGN §3): the account's score from its leads'
/// scores, so that a buying committee outranks a lone visitor.
public struct RollupSpec: Codable, Sendable, Equatable {
    public enum Method: String, Sendable, CaseIterable {
        case max
        case topKSum = "top_k_sum"
        case engagedPeople = "engaged_people"
    }

    public var method: Method
    /// How many of the account's top scores `top_k_sum` adds.
    public var k: Int
    /// The score at which a lead counts as engaged for `engaged_people`.
    public var engagedAt: Double?
    /// The share of the lead's score taken from the account's: 0 keeps the lead's own score, 1 replaces it.
    public var weight: Double

    enum CodingKeys: String, CodingKey, CaseIterable {
        case method, k, engagedAt = "engaged_at", weight
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        let text: String = try c.required(.method, placeholder: "max", hint: "write max, top_k_sum or engaged_people", sink: sink)
        if let method = Method(rawValue: text) { self.method = method } else {
            method = .max
            try decoder.reportInvalid("\"\(text)\" is not a rollup method", hint: NearestMatch.hint(for: text, among: Method.allCases.map(\.rawValue), noun: "method"), key: CodingKeys.method)
        }
        k = try c.field(.k, default: 3, sink: sink)
        engagedAt = try c.field(.engagedAt, sink: sink)
        weight = try c.field(.weight, default: 0.5, sink: sink)
        if k < 1 { try decoder.reportInvalid("k must be at least 1", key: CodingKeys.k) }
        if !(0...1).contains(weight) { try decoder.reportInvalid("the weight must lie in [0, 1]", key: CodingKeys.weight) }
        if method == .engagedPeople && engagedAt == nil {
            try decoder.reportInvalid("engaged_people needs `engaged_at`, the score at which a lead counts as engaged", key: CodingKeys.method)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(method.rawValue, forKey: .method)
        try c.encode(k, forKey: .k)
        try c.encodeIfPresent(engagedAt, forKey: .engagedAt)
        try c.encode(weight, forKey: .weight)
    }
}
