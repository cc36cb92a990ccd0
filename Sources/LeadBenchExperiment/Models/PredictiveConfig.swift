import LeadBenchData

/// How predictive models turn a lead into features as of the scoring moment (`features:`).
public struct FeatureSpec: Decodable, Sendable, Equatable {
    /// Categories seen in fewer training leads than this are bucketed together as "other".
    public var minCategoryCount: Int
    /// The windows, in days, of the activity counts per type.
    public var windowsDays: [Int]

    public init(minCategoryCount: Int = 10, windowsDays: [Int] = [7, 30, 90]) {
        self.minCategoryCount = minCategoryCount
        self.windowsDays = windowsDays
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case minCategoryCount = "min_category_count", windowsDays = "windows_days"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self)
        let sink = decoder.specIssues
        minCategoryCount = try c.field(.minCategoryCount, default: 10, sink: sink)
        windowsDays = try c.field(.windowsDays, default: [7, 30, 90], sink: sink)
        if minCategoryCount < 1 { try decoder.reportInvalid("min_category_count must be at least 1", key: CodingKeys.minCategoryCount) }
        if windowsDays.contains(where: { $0 < 1 }) { try decoder.reportInvalid("activity windows are positive numbers of days", key: CodingKeys.windowsDays) }
    }
}

/// L2-regularised logistic regression (`kind: logistic`).
///
/// `l2` is the penalty strength λ on the weights (not on the intercept), λ = 1/C in scikit-learn's terms.
public struct LogisticConfig: Sendable, Equatable {
    public var l2: Double
    public var maxIterations: Int
    public var tolerance: Double
    public var features: FeatureSpec

    enum CodingKeys: String, CodingKey, CaseIterable {
        case l2, maxIterations = "max_iterations", tolerance, features
    }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        l2 = try c.field(.l2, default: 1.0, sink: sink)
        maxIterations = try c.field(.maxIterations, default: 200, sink: sink)
        tolerance = try c.field(.tolerance, default: 1e-8, sink: sink)
        features = try c.field(.features, default: FeatureSpec(), sink: sink)
        if !(l2 >= 0) { try decoder.reportInvalid("l2 cannot be negative", key: CodingKeys.l2) }
        if maxIterations < 1 { try decoder.reportInvalid("max_iterations must be at least 1", key: CodingKeys.maxIterations) }
        if !(tolerance > 0) { try decoder.reportInvalid("the tolerance must be positive", key: CodingKeys.tolerance) }
    }
}

/// Histogram-based gradient-boosted trees with log loss (`kind: boosted_trees`).
public struct BoostedTreesConfig: Sendable, Equatable {
    public var trees: Int
    public var learningRate: Double
    public var leaves: Int
    public var maxDepth: Int?
    public var minDataInLeaf: Int
    public var l2: Double
    public var bins: Int
    /// Stop when the validation loss has not improved for this many trees.
    public var earlyStoppingRounds: Int?
    /// The share of training leads held out for early stopping.
    public var validationFraction: Double
    public var features: FeatureSpec

    enum CodingKeys: String, CodingKey, CaseIterable {
        case trees, learningRate = "learning_rate", leaves, maxDepth = "max_depth", minDataInLeaf = "min_data_in_leaf"
        case l2, bins, earlyStoppingRounds = "early_stopping_rounds", validationFraction = "validation_fraction", features
    }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        trees = try c.field(.trees, default: 200, sink: sink)
        learningRate = try c.field(.learningRate, default: 0.05, sink: sink)
        leaves = try c.field(.leaves, default: 31, sink: sink)
        maxDepth = try c.field(.maxDepth, sink: sink)
        minDataInLeaf = try c.field(.minDataInLeaf, default: 20, sink: sink)
        l2 = try c.field(.l2, default: 0, sink: sink)
        bins = try c.field(.bins, default: 255, sink: sink)
        earlyStoppingRounds = try c.field(.earlyStoppingRounds, sink: sink)
        validationFraction = try c.field(.validationFraction, default: 0.1, sink: sink)
        features = try c.field(.features, default: FeatureSpec(), sink: sink)
        if trees < 1 { try decoder.reportInvalid("trees must be at least 1", key: CodingKeys.trees) }
        if !(learningRate > 0 && learningRate <= 1) { try decoder.reportInvalid("the learning rate lies in (0, 1]", key: CodingKeys.learningRate) }
        if leaves < 2 { try decoder.reportInvalid("a tree needs at least 2 leaves", key: CodingKeys.leaves) }
        if let maxDepth, maxDepth < 1 { try decoder.reportInvalid("max_depth must be at least 1", key: CodingKeys.maxDepth) }
        if minDataInLeaf < 1 { try decoder.reportInvalid("min_data_in_leaf must be at least 1", key: CodingKeys.minDataInLeaf) }
        if !(l2 >= 0) { try decoder.reportInvalid("l2 cannot be negative", key: CodingKeys.l2) }
        if !(2...65_535).contains(bins) { try decoder.reportInvalid("bins lies between 2 and 65,535", key: CodingKeys.bins) }
        if let rounds = earlyStoppingRounds, rounds < 1 { try decoder.reportInvalid("early_stopping_rounds must be at least 1", key: CodingKeys.earlyStoppingRounds) }
        if !(validationFraction > 0 && validationFraction < 0.5) { try decoder.reportInvalid("validation_fraction lies in (0, 0.5)", key: CodingKeys.validationFraction) }
    }
}

/// Fit × engagement (`kind: hybrid`, DESIGN §3): two rule-based models of the experiment combined as a
/// grade matrix, a weighted blend of rank-normalised scores, or a logistic model over both (stacking).
public struct HybridConfig: Sendable, Equatable {
    public enum Combination: String, Sendable, CaseIterable {
        case matrix, blend, stacked
    }

    /// The name of the profile (fit) model and of the behaviour (engagement) model.
    public var fit: String
    public var engagement: String
    public var combine: Combination
    /// Score edges of the fit grades A, B, C (D below), descending; and of the engagement levels 1, 2, 3.
    public var fitBands: [Double]?
    public var engagementBands: [Double]?
    /// The blend's weight on the fit score; engagement gets the rest.
    public var fitWeight: Double

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fit, engagement, combine, fitBands = "fit_bands", engagementBands = "engagement_bands", fitWeight = "fit_weight"
    }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        fit = try c.required(.fit, placeholder: "", hint: "name the experiment's profile (fit) model", sink: sink)
        engagement = try c.required(.engagement, placeholder: "", hint: "name the experiment's behaviour (engagement) model", sink: sink)
        let text: String = try c.field(.combine, default: "matrix", sink: sink)
        if let combine = Combination(rawValue: text) { self.combine = combine } else {
            combine = .matrix
            try decoder.reportInvalid("\"\(text)\" is not a way to combine", hint: NearestMatch.hint(for: text, among: Combination.allCases.map(\.rawValue), noun: "value"), key: CodingKeys.combine)
        }
        fitBands = try c.field(.fitBands, sink: sink)
        engagementBands = try c.field(.engagementBands, sink: sink)
        fitWeight = try c.field(.fitWeight, default: 0.5, sink: sink)
        for (key, bands) in [(CodingKeys.fitBands, fitBands), (.engagementBands, engagementBands)] {
            guard let bands else { continue }
            if bands.count != 3 || zip(bands, bands.dropFirst()).contains(where: { $0 <= $1 }) {
                try decoder.reportInvalid("give three descending score edges (grades A, B, C; D below the last)", key: key)
            }
        }
        if !(0...1).contains(fitWeight) { try decoder.reportInvalid("fit_weight lies in [0, 1]", key: CodingKeys.fitWeight) }
    }
}
