/// A percentile bootstrap confidence interval: the statistic on the full sample, and the `α/2` and
/// `1 − α/2` quantiles (type 7, ``quantile(_:_:)``) of its values on the resamples where it was defined.
public struct BootstrapInterval: Sendable, Equatable, Codable {
    /// The statistic on the full sample.
    public var estimate: Double
    /// The `α/2` quantile of the bootstrap distribution.
    public var lower: Double
    /// The `1 − α/2` quantile of the bootstrap distribution.
    public var upper: Double
    /// The confidence level `1 − α`.
    public var confidence: Double
    /// The standard deviation of the bootstrap distribution (divisor `used − 1`; 0 for one resample).
    public var standardError: Double
    /// The resamples whose value entered the interval.
    public var resamplesUsed: Int
    /// The resamples on which the statistic was undefined (it returned `nil`: a single class, say).
    public var skipped: Int

    public init(
        estimate: Double, lower: Double, upper: Double, confidence: Double, standardError: Double,
        resamplesUsed: Int, skipped: Int
    ) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.standardError = standardError
        self.resamplesUsed = resamplesUsed
        self.skipped = skipped
    }

    /// `upper − lower`.
    public var width: Double { upper - lower }

    /// Whether `value` lies in `[lower, upper]`.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// The percentile interval of `values` (the defined resample values), around `estimate`.
    static func percentile(
        estimate: Double, values: [Double], confidence: Double, skipped: Int, what: String
    ) throws(StatisticsError) -> BootstrapInterval {
        guard !values.isEmpty else {
            throw StatisticsError(
                .undefinedStatistic, "\(what) was undefined on all \(skipped) resamples.",
                hint: "Stratify the bootstrap by outcome, or evaluate on more leads.")
        }
        let sorted = values.sorted()
        let alpha = 1 - confidence
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return BootstrapInterval(
            estimate: estimate, lower: quantile(sorted, alpha / 2), upper: quantile(sorted, 1 - alpha / 2),
            confidence: confidence,
            standardError: values.count > 1 ? (squares / Double(values.count - 1)).squareRoot() : 0,
            resamplesUsed: values.count, skipped: skipped)
    }
}
