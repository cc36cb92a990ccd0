import LeadBenchData

/// One model of an experiment (`models:`), as DESIGN §3 lists the families: its name, kind, threshold,
/// tiers, optional account rollup, and the configuration of its kind.
public struct ModelSpec: Decodable, Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case `static`
        case decaying
        case logistic
        case boostedTrees = "boosted_trees"
        case hybrid
    }

    public enum Configuration: Sendable, Equatable {
        case points(PointsConfig)
        case logistic(LogisticConfig)
        case boostedTrees(BoostedTreesConfig)
        case hybrid(HybridConfig)
    }

    public var name: String
    public var kind: Kind
    /// The score at which a lead qualifies; `nil` lets the experiment's objective recommend one.
    public var threshold: Double?
    public var tiers: [TierSpec]
    public var rollup: RollupSpec?
    public var configuration: Configuration

    /// Keys every kind accepts.
    static let sharedKeys = ["name", "kind", "threshold", "tiers", "rollup"]

    enum SharedKeys: String, CodingKey, CaseIterable {
        case name, kind, threshold, tiers, rollup
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: SharedKeys.self)
        let sink = decoder.specIssues
        name = try c.required(.name, placeholder: "", hint: "every model needs a name, used in reports and by `baseline`", sink: sink)
        threshold = try c.field(.threshold, sink: sink)
        tiers = try c.field(.tiers, default: [], sink: sink)
        rollup = try c.field(.rollup, sink: sink)
        try TierSpec.check(tiers, decoder: decoder, key: SharedKeys.tiers)
        let kindText: String = try c.required(.kind, placeholder: "", hint: "write one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))", sink: sink)
        guard let kind = Kind(rawValue: kindText) else {
            if !kindText.isEmpty {
                try decoder.reportInvalid(
                    "\"\(kindText)\" is not a kind of model",
                    hint: NearestMatch.hint(for: kindText, among: Kind.allCases.map(\.rawValue), noun: "kind"), key: SharedKeys.kind)
            }
            self.kind = .static
            configuration = .points(PointsConfig(rules: [], start: 0, floor: nil, ceiling: nil, groups: [:], decay: nil))
            return
        }
        self.kind = kind
        switch kind {
        case .static:
            configuration = .points(try PointsConfig(from: decoder, decaying: false, sharedKeys: Self.sharedKeys))
        case .decaying:
            configuration = .points(try PointsConfig(from: decoder, decaying: true, sharedKeys: Self.sharedKeys))
        case .logistic:
            configuration = .logistic(try LogisticConfig(from: decoder, sharedKeys: Self.sharedKeys))
        case .boostedTrees:
            configuration = .boostedTrees(try BoostedTreesConfig(from: decoder, sharedKeys: Self.sharedKeys))
        case .hybrid:
            configuration = .hybrid(try HybridConfig(from: decoder, sharedKeys: Self.sharedKeys))
        }
        if let threshold, (kind == .logistic || kind == .boostedTrees), !(0...1).contains(threshold) {
            try decoder.reportInvalid("a predictive model's threshold is a probability in [0, 1]", key: SharedKeys.threshold)
        }
    }

    /// The rules of a rule-based model; empty for other kinds.
    public var rules: [RuleSpec] {
        if case .points(let config) = configuration { return config.rules }
        return []
    }
}
