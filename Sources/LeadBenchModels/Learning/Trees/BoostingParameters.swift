/// The settings of ``GradientBoostedTrees/fit(_:labels:parameters:weights:)``, named as leadbench names
/// them; each maps to one LightGBM parameter (in brackets), whose meaning it keeps.
///
/// Decoding fills any absent key with its default, so an experiment file names only what it changes.
public struct BoostingParameters: Sendable, Codable, Equatable {
    /// Boosting rounds: at most this many trees [`num_boost_round`].
    public var trees: Int
    /// Shrinkage: every leaf value is multiplied by it [`learning_rate`].
    public var learningRate: Double
    /// The most leaves a tree grows to, best-first [`num_leaves`]; at least 2.
    public var leaves: Int
    /// The deepest a leaf may be (the root is at depth 0); `nil` for no limit [`max_depth`, -1].
    public var maxDepth: Int?
    /// The fewest training rows a leaf may hold [`min_data_in_leaf`].
    public var minDataInLeaf: Int
    /// λ, the L2 penalty on leaf values: a leaf's value is −G/(H+λ) [`lambda_l2`].
    public var l2: Double
    /// The most value bins a feature's histogram has (missing values get one more) [`max_bin`];
    /// 2…65,535. More bins follow continuous features more closely, at the cost of histogram memory
    /// (3 Doubles per bin per feature for each leaf that may still split) and time.
    public var bins: Int
    /// Stop when the validation log loss has not improved for this many rounds and keep the best
    /// iteration; `nil` trains every round on all rows [`early_stopping_round`].
    public var earlyStoppingRounds: Int?
    /// The fraction of training rows held out (stratified by label) to watch for early stopping;
    /// used only when ``earlyStoppingRounds`` is set.
    public var validationFraction: Double
    /// Seeds the validation hold-out; the fit is otherwise deterministic.
    public var seed: UInt64

    /// The smallest sum of hessians a leaf may have [`min_sum_hessian_in_leaf`].
    public static let minSumHessianInLeaf = 1e-3

    /// The largest ``bins``: bin codes are 16-bit, and the missing bin takes one more code.
    public static let maxBins = 65_535

    public init(
        trees: Int = 100, learningRate: Double = 0.1, leaves: Int = 31, maxDepth: Int? = nil,
        minDataInLeaf: Int = 20, l2: Double = 0, bins: Int = 255, earlyStoppingRounds: Int? = nil,
        validationFraction: Double = 0.1, seed: UInt64 = 0
    ) {
        self.trees = trees
        self.learningRate = learningRate
        self.leaves = leaves
        self.maxDepth = maxDepth
        self.minDataInLeaf = minDataInLeaf
        self.l2 = l2
        self.bins = bins
        self.earlyStoppingRounds = earlyStoppingRounds
        self.validationFraction = validationFraction
        self.seed = seed
    }

    private enum CodingKeys: String, CodingKey {
        case trees, learningRate, leaves, maxDepth, minDataInLeaf, l2, bins, earlyStoppingRounds
        case validationFraction, seed
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = BoostingParameters()
        trees = try c.decodeIfPresent(Int.self, forKey: .trees) ?? defaults.trees
        learningRate = try c.decodeIfPresent(Double.self, forKey: .learningRate) ?? defaults.learningRate
        leaves = try c.decodeIfPresent(Int.self, forKey: .leaves) ?? defaults.leaves
        maxDepth = try c.decodeIfPresent(Int.self, forKey: .maxDepth)
        minDataInLeaf = try c.decodeIfPresent(Int.self, forKey: .minDataInLeaf) ?? defaults.minDataInLeaf
        l2 = try c.decodeIfPresent(Double.self, forKey: .l2) ?? defaults.l2
        bins = try c.decodeIfPresent(Int.self, forKey: .bins) ?? defaults.bins
        earlyStoppingRounds = try c.decodeIfPresent(Int.self, forKey: .earlyStoppingRounds)
        validationFraction =
            try c.decodeIfPresent(Double.self, forKey: .validationFraction) ?? defaults.validationFraction
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed
    }

    /// Throws ``LearningError`` naming the first parameter outside its range.
    public func validate() throws(LearningError) {
        guard trees >= 1 else {
            throw .invalidSetting("trees is \(trees); it must be at least 1", hint: "100 rounds is a usual start")
        }
        guard learningRate.isFinite, learningRate > 0 else {
            throw .invalidSetting(
                "learningRate is \(learningRate); it must be a positive number", hint: "try 0.05 to 0.1")
        }
        guard leaves >= 2 else {
            throw .invalidSetting(
                "leaves is \(leaves); a tree needs at least 2 leaves", hint: "LightGBM's default is 31")
        }
        if let maxDepth, maxDepth < 1 {
            throw .invalidSetting(
                "maxDepth is \(maxDepth); it must be at least 1", hint: "leave it out for no depth limit")
        }
        guard minDataInLeaf >= 1 else {
            throw .invalidSetting("minDataInLeaf is \(minDataInLeaf); it must be at least 1", hint: "the default is 20")
        }
        guard l2.isFinite, l2 >= 0 else {
            throw .invalidSetting("l2 is \(l2); it must be zero or positive", hint: "0 means no penalty")
        }
        guard (2...Self.maxBins).contains(bins) else {
            throw .invalidSetting(
                "bins is \(bins); it must be between 2 and \(Self.maxBins)", hint: "the default is 255")
        }
        if let earlyStoppingRounds {
            guard earlyStoppingRounds >= 1 else {
                throw .invalidSetting(
                    "earlyStoppingRounds is \(earlyStoppingRounds); it must be at least 1",
                    hint: "leave it out to train every round")
            }
            guard validationFraction > 0, validationFraction < 1 else {
                throw .invalidSetting(
                    "validationFraction is \(validationFraction); it must be between 0 and 1 (exclusive)",
                    hint: "0.1 to 0.2 is usual")
            }
        }
    }
}
