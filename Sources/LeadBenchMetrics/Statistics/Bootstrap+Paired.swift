extension Bootstrap {
    /// The paired bootstrap of a difference between two models on the same leads: both statistics are
    /// evaluated on each resample and the interval is that of `first − second` across resamples, which
    /// keeps the correlation between the models (the same leads are hard for both).
    ///
    ///     let gain = try bootstrap.pairedInterval(design,
    ///         first: { rows in aucOfRows(logisticScores, rows) },   // the caller's metric of the rows
    ///         second: { rows in aucOfRows(pointsScores, rows) })
    ///     gain.difference.lower > 0   // the logistic model ranks better at 95 %
    ///
    /// A resample is skipped when either statistic is undefined on it; ``PairedBootstrapInterval/first``
    /// and ``PairedBootstrapInterval/second`` use the same resamples as the difference.
    ///
    /// - Throws: ``StatisticsError`` when a statistic is undefined on the full sample, or every resample
    ///   is skipped.
    public func pairedInterval(
        _ design: ResamplingDesign, form: ResampleForm = .indices, first: @escaping ResampleStatistic,
        second: @escaping ResampleStatistic
    ) throws(StatisticsError) -> PairedBootstrapInterval {
        let estimates = try Self.fullSampleEstimates(design, form: form, statistics: [first, second])
        let values = evaluate(design, form: form, statistics: [first, second])
        var one: [Double] = [], two: [Double] = [], difference: [Double] = []
        for pair in values {
            guard let a = pair[0], let b = pair[1] else { continue }
            one.append(a)
            two.append(b)
            difference.append(a - b)
        }
        let skipped = values.count - difference.count
        return PairedBootstrapInterval(
            difference: try .percentile(
                estimate: estimates[0] - estimates[1], values: difference, confidence: confidence,
                skipped: skipped, what: "The paired difference"),
            first: try .percentile(
                estimate: estimates[0], values: one, confidence: confidence, skipped: skipped,
                what: "The first statistic"),
            second: try .percentile(
                estimate: estimates[1], values: two, confidence: confidence, skipped: skipped,
                what: "The second statistic"))
    }
}

/// The result of ``Bootstrap/pairedInterval(_:form:first:second:)``: the interval of the difference
/// `first − second`, and of each statistic, all over the same resamples.
public struct PairedBootstrapInterval: Sendable, Equatable, Codable {
    /// `first − second`: its estimate is the difference on the full sample.
    public var difference: BootstrapInterval
    /// The first statistic alone.
    public var first: BootstrapInterval
    /// The second statistic alone.
    public var second: BootstrapInterval

    public init(difference: BootstrapInterval, first: BootstrapInterval, second: BootstrapInterval) {
        self.difference = difference
        self.first = first
        self.second = second
    }
}
