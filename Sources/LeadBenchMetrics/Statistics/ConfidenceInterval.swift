/// A point estimate with a two-sided confidence interval from a closed-form method (Wilson, Newcombe,
/// DeLong). Bootstrap intervals are ``BootstrapInterval``s, which also count their resamples.
public struct ConfidenceInterval: Sendable, Equatable, Codable {
    /// The point estimate.
    public var estimate: Double
    /// The lower bound.
    public var lower: Double
    /// The upper bound.
    public var upper: Double
    /// The confidence level, e.g. 0.95.
    public var confidence: Double

    public init(estimate: Double, lower: Double, upper: Double, confidence: Double) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
    }

    /// `upper − lower`.
    public var width: Double { upper - lower }

    /// Whether `value` lies in `[lower, upper]`.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}
