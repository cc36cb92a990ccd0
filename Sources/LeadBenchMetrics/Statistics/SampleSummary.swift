/// The five-number summary of a sample plus its mean and 90th percentile: what a report shows for
/// sales-cycle days or any other skewed duration.
///
/// Quantiles are type 7 (``quantile(_:_:)``, numpy's default), so they match numpy and R.
///
///     let cycle = try SampleSummary([12, 30, 31, 45, 90])
///     cycle.median   // 31
///     cycle.p90      // 72
public struct SampleSummary: Sendable, Equatable, Codable {
    /// Number of observations.
    public var count: Int
    /// Arithmetic mean.
    public var mean: Double
    /// Smallest value.
    public var minimum: Double
    /// 25th percentile.
    public var lowerQuartile: Double
    /// 50th percentile.
    public var median: Double
    /// 75th percentile.
    public var upperQuartile: Double
    /// 90th percentile.
    public var p90: Double
    /// Largest value.
    public var maximum: Double

    /// Summarises `sample` (in any order).
    ///
    /// - Throws: ``StatisticsError`` when `sample` is empty or holds NaN.
    /// - Complexity: O(*n* log *n*).
    public init(_ sample: [Double]) throws(StatisticsError) {
        guard !sample.isEmpty else { throw .empty("The sample") }
        try StatisticsValidation.noNaN(sample, "The sample")
        let sorted = sample.sorted()
        count = sorted.count
        mean = sorted.reduce(0, +) / Double(sorted.count)
        minimum = quantile(sorted, 0)
        lowerQuartile = quantile(sorted, 0.25)
        median = quantile(sorted, 0.5)
        upperQuartile = quantile(sorted, 0.75)
        p90 = quantile(sorted, 0.9)
        maximum = quantile(sorted, 1)
    }

    /// The interquartile range, `upperQuartile − lowerQuartile`.
    public var interquartileRange: Double { upperQuartile - lowerQuartile }
}
