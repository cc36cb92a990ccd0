/// What a metric asks of its inputs beyond the checks every metric makes.
public struct MetricInputRequirements: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// At least one positive and one negative label (ranking metrics: AUC, AP, KS, lift, gains, sweeps).
    public static let bothClasses = MetricInputRequirements(rawValue: 1 << 0)
    /// Every score lies in `[0, 1]` (Brier, log loss, calibration).
    public static let probabilities = MetricInputRequirements(rawValue: 1 << 1)
}

/// How many leads converted and how many did not.
public struct ClassCounts: Sendable, Hashable {
    public let positives: Int
    public let negatives: Int

    public init(positives: Int, negatives: Int) {
        self.positives = positives
        self.negatives = negatives
    }

    /// All leads.
    public var count: Int { positives + negatives }

    /// The share of leads that converted, `positives / count` (0 when there are no leads).
    public var baseRate: Double { count == 0 ? 0 : Double(positives) / Double(count) }
}

/// Checks a metric's inputs and counts the classes; the one validation every metric in the module runs.
///
/// The checks, in this order, each reporting the first offending index:
/// 1. equal lengths (``MetricError/lengthMismatch(scores:labels:)``);
/// 2. at least one lead (``MetricError/empty``);
/// 3. every score finite (``MetricError/nonFiniteScore(index:)``);
/// 4. with `.probabilities`, every score in `[0, 1]` (``MetricError/probabilityOutOfRange(index:)``);
/// 5. with `.bothClasses`, at least one label of each class (``MetricError/singleClass(positives:negatives:)``).
///
/// - Complexity: O(*n*).
@discardableResult
public func validateMetricInput(
    scores: [Double], labels: [Bool], requiring requirements: MetricInputRequirements = []
) throws(MetricError) -> ClassCounts {
    guard scores.count == labels.count else {
        throw .lengthMismatch(scores: scores.count, labels: labels.count)
    }
    guard !scores.isEmpty else { throw .empty }
    if let index = scores.firstIndex(where: { !$0.isFinite }) {
        throw .nonFiniteScore(index: index)
    }
    if requirements.contains(.probabilities), let index = scores.firstIndex(where: { $0 < 0 || $0 > 1 }) {
        throw .probabilityOutOfRange(index: index)
    }
    var positives = 0
    for label in labels where label { positives += 1 }
    let counts = ClassCounts(positives: positives, negatives: labels.count - positives)
    if requirements.contains(.bothClasses) && (counts.positives == 0 || counts.negatives == 0) {
        throw .singleClass(positives: counts.positives, negatives: counts.negatives)
    }
    return counts
}
