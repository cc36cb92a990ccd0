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
        case hubspot
        case marketo
        case eloqua
        case pardot
        case naiveBayes = "naive_bayes"

        /// Whether the kind's score is a probability in [0, 1].
        public var isProbability: Bool { self == .logistic || self == .boostedTrees || self == .naiveBayes }

        /// Whether the kind learns from the training leads.
        public var learns: Bool { self == .logistic || self == .boostedTrees || self == .hybrid || self == .naiveBayes }
    }

    public enum Configuration: Sendable, Equatable {
        case points(PointsConfig)
        case logistic(LogisticConfig)
        case boostedTrees(BoostedTreesConfig)
        case hybrid(HybridConfig)
        case hubspot(HubSpotConfig)
        case marketo(MarketoConfig)
        case eloqua(EloquaConfig)
        case pardot(PardotConfig)
        case naiveBayes(NaiveBayesConfig)
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
        case .hubspot:
            let config = try HubSpotConfig(from: decoder, sharedKeys: Self.sharedKeys)
            configuration = .hubspot(config)
            if tiers.isEmpty && config.scoreBy == .grid { tiers = HubSpotConfig.Grid.tiers }
        case .marketo:
            configuration = .marketo(try MarketoConfig(from: decoder, sharedKeys: Self.sharedKeys))
        case .eloqua:
            let config = try EloquaConfig(from: decoder, sharedKeys: Self.sharedKeys)
            configuration = .eloqua(config)
            if tiers.isEmpty { tiers = config.tiers }
            if let cell = config.qualifyAt {
                if let threshold, threshold != config.rank(of: cell) {
                    try decoder.reportInvalid("give the qualifying cell (`qualify_at`) or a `threshold`, not both", key: SharedKeys.threshold)
                }
                threshold = config.rank(of: cell)
            }
        case .pardot:
            let config = try PardotConfig(from: decoder, sharedKeys: Self.sharedKeys)
            configuration = .pardot(config)
            if let qualify = config.qualify {
                if let threshold, threshold != qualify.score {
                    try decoder.reportInvalid("give the qualifying score in `qualify` or as `threshold`, not both", key: SharedKeys.threshold)
                }
                threshold = qualify.score
            }
        case .naiveBayes:
            configuration = .naiveBayes(try NaiveBayesConfig(from: decoder, sharedKeys: Self.sharedKeys))
        }
        if let threshold, kind.isProbability, !(0...1).contains(threshold) {
            try decoder.reportInvalid("a predictive model's threshold is a probability in [0, 1]", key: SharedKeys.threshold)
        }
    }

    /// An attribute or activity type the model names, and where (relative to the model) the file names it.
    public struct Reference: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case attribute, activity }
        public let kind: Kind
        public let name: String
        public let path: [SpecPathElement]
    }

    /// Every attribute and activity type the model names, for checking against the data.
    public var references: [Reference] {
        var found: [Reference] = []
        func attribute(_ name: String, _ path: SpecPathElement...) { found.append(Reference(kind: .attribute, name: name, path: path)) }
        func activity(_ name: String, _ path: SpecPathElement...) { found.append(Reference(kind: .activity, name: name, path: path)) }
        switch configuration {
        case .points(let config):
            for (r, rule) in config.rules.enumerated() {
                switch rule.target {
                case .attribute(let name, _): attribute(name, .key("rules"), .index(r), .key("attribute"))
                case .activity(let type, _): activity(type, .key("rules"), .index(r), .key("activity"))
                }
            }
        case .hubspot(let config):
            for (section, groups) in [("fit", config.fit?.groups ?? []), ("engagement", config.engagement?.groups ?? [])] {
                for (g, group) in groups.enumerated() {
                    for (r, rule) in group.rules.enumerated() {
                        let key = rule.isActivity ? "activity" : "attribute"
                        found.append(Reference(
                            kind: rule.isActivity ? .activity : .attribute, name: rule.name,
                            path: [.key(section), .key("groups"), .index(g), .key("rules"), .index(r), .key(key)]))
                    }
                }
            }
        case .marketo(let config):
            for (r, rule) in config.behavior.enumerated() { activity(rule.activity, .key("behavior"), .index(r), .key("activity")) }
            for (r, rule) in config.demographic.enumerated() { attribute(rule.attribute, .key("demographic"), .index(r), .key("attribute")) }
        case .eloqua(let config):
            for (i, criterion) in config.profile.enumerated() { attribute(criterion.field, .key("profile"), .index(i), .key("field")) }
            for (i, criterion) in config.engagement.enumerated() { activity(criterion.activity, .key("engagement"), .index(i), .key("activity")) }
        case .pardot(let config):
            for (name, type) in config.activities.sorted(by: { $0.key < $1.key }) { activity(type, .key("activities"), .key(name)) }
            for (i, criterion) in config.grading.enumerated() { attribute(criterion.attribute, .key("grading"), .index(i), .key("attribute")) }
        case .naiveBayes(let config):
            for (i, field) in config.fields.enumerated() { attribute(field, .key("fields"), .index(i)) }
        case .logistic, .boostedTrees, .hybrid:
            break
        }
        return found
    }

    /// The rules of a rule-based model; empty for other kinds.
    public var rules: [RuleSpec] {
        if case .points(let config) = configuration { return config.rules }
        return []
    }
}
