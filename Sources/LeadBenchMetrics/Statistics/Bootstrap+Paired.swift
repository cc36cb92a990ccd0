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
        return try pairedInterval(estimates: (estimates[0], estimates[1]), values: values.map { ($0[0], $0[1]) })
    }

    /// Several paired differences on one set of resamples: pair `i` is `first`'s value `i` against
    /// `second`'s value `i`, both functions computing their `count` statistics together. Each pair is
    /// what ``pairedInterval(_:form:first:second:)`` gives for it alone, or `nil` where that throws.
    public func pairedIntervals(
        _ design: ResamplingDesign, form: ResampleForm = .indices, count: Int, first: @escaping ResampleStatistics,
        second: @escaping ResampleStatistics
    ) -> [PairedBootstrapInterval?] {
        let full = form == .indices ? Array(0..<design.rowCount) : [Int](repeating: 1, count: design.rowCount)
        let (firstFull, secondFull) = (first(full), second(full))
        let defined = (0..<count).filter { firstFull[$0] != nil && secondFull[$0] != nil }
        guard !defined.isEmpty else { return [PairedBootstrapInterval?](repeating: nil, count: count) }
        let values = evaluate(design, form: form, together: { resample in first(resample) + second(resample) })
        var intervals = [PairedBootstrapInterval?](repeating: nil, count: count)
        for i in defined {
            guard let a = firstFull[i], let b = secondFull[i] else { continue }
            intervals[i] = try? pairedInterval(estimates: (a, b), values: values.map { ($0[i], $0[count + i]) })
        }
        return intervals
    }

    /// The paired interval of two statistics already evaluated on this bootstrap's resamples of one
    /// design: their full-sample `estimates` and their values on each resample `b` (`values[b]`, as
    /// ``intervalsAndValues(_:form:count:together:)`` gives them), over the resamples where both are
    /// defined — what ``pairedInterval(_:form:first:second:)`` computes from the statistics themselves.
    ///
    /// - Throws: ``StatisticsError`` when every resample is skipped.
    public func pairedInterval(
        estimates: (Double, Double), values: [(Double?, Double?)]
    ) throws(StatisticsError) -> PairedBootstrapInterval {
        var one: [Double] = [], two: [Double] = [], difference: [Double] = []
        for pair in values {
            guard let a = pair.0, let b = pair.1 else { continue }
            one.append(a)
            two.append(b)
            difference.append(a - b)
        }
        let skipped = values.count - difference.count
        return PairedBootstrapInterval(
            difference: try .percentile(
                estimate: estimates.0 - estimates.1, values: difference, confidence: confidence,
                skipped: skipped, what: "The paired difference"),
            first: try .percentile(
                estimate: estimates.0, values: one, confidence: confidence, skipped: skipped,
                what: "The first statistic"),
            second: try .percentile(
                estimate: estimates.1, values: two, confidence: confidence, skipped: skipped,
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
