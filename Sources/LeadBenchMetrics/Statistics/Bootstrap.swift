/// The seeded percentile bootstrap: confidence intervals for any statistic of the leads — a metric, a
/// rate, a difference between two models — by recomputing it on resamples of the leads.
///
/// The caller supplies the statistic as a closure over one resample, given either as row numbers
/// (``ResampleForm/indices``, repeats allowed) or as a count per row (``ResampleForm/counts``, for
/// weighted formulas that avoid copying); it returns `nil` where the statistic is undefined on that
/// resample (a single class for AUC), and such resamples are skipped and counted. Several statistics can
/// share each resample, which is generated once (``intervals(_:form:statistics:)``).
///
///     let bootstrap = try Bootstrap(seed: 42)                      // 1,000 resamples, 95 %
///     let design = try ResamplingDesign.stratified(outcomes: converted)
///     let auc = try bootstrap.interval(design) { rows in        // any metric of the rows; nil if undefined
///         try? rocAUCScore(scores: rows.map { scores[$0] }, labels: rows.map { converted[$0] })
///     }
///     auc.lower, auc.upper, auc.skipped
///
/// With `θ*₁ … θ*ᵤ` the statistic on the used resamples and `α = 1 − confidence`, the interval is
/// `[Q(α/2), Q(1 − α/2)]` with `Q` the type-7 quantile (``quantile(_:_:)``) — Efron's percentile method.
///
/// **Determinism and threads.** Resample `b` draws from its own generator derived from `(seed, b)`
/// (``ResamplingDesign`` and `ResampleGenerator` give the exact scheme), so a seed and a design give
/// the same resamples, and the same interval, on every platform and for every `parallelism`: with
/// `parallelism` k the resamples are split into k contiguous blocks evaluated on k threads, each writing
/// its own results, which are then read in resample order.
///
/// ## References
/// B. Efron, "Bootstrap methods: another look at the jackknife", The Annals of Statistics 7(1), 1–26
/// (1979). doi:10.1214/aos/1176344552 — B. Efron, R. J. Tibshirani, *An Introduction to the Bootstrap*,
/// Chapman & Hall (1993), §13 (the percentile interval). doi:10.1201/9780429246593
public struct Bootstrap: Sendable, Equatable {
    /// The number of resamples unless told otherwise.
    public static let defaultResamples = 1_000

    /// The seed of every resample's generator.
    public let seed: UInt64
    /// The number of resamples drawn.
    public let resamples: Int
    /// The confidence level of the intervals.
    public let confidence: Double
    /// The number of threads evaluating resamples; the results do not depend on it.
    public let parallelism: Int

    /// - Throws: ``StatisticsError`` when `resamples < 1`, `confidence` is not strictly between 0 and 1,
    ///   or `parallelism < 1`.
    public init(
        seed: UInt64, resamples: Int = Bootstrap.defaultResamples, confidence: Double = 0.95, parallelism: Int = 1
    ) throws(StatisticsError)
    {
        guard resamples >= 1 else { throw .invalid("the number of resamples", "\(resamples)", expected: "at least 1") }
        try StatisticsValidation.confidence(confidence)
        guard parallelism >= 1 else { throw .invalid("the parallelism", "\(parallelism)", expected: "at least 1") }
        self.seed = seed
        self.resamples = resamples
        self.confidence = confidence
        self.parallelism = parallelism
    }

    /// The percentile interval of one statistic.
    ///
    /// - Parameters:
    ///   - design: How the leads are resampled.
    ///   - form: How the statistic receives a resample.
    ///   - statistic: The statistic of one resample (or of the full sample: all rows once), `nil` where
    ///     undefined.
    /// - Throws: ``StatisticsError`` when the statistic is undefined on the full sample or on every resample.
    /// - Complexity: `resamples` evaluations of `statistic`, plus O(rows) per resample to draw it.
    public func interval(
        _ design: ResamplingDesign, form: ResampleForm = .indices, statistic: @escaping ResampleStatistic
    ) throws(StatisticsError) -> BootstrapInterval {
        let intervals = try self.intervals(design, form: form, statistics: [statistic])
        return intervals[0]
    }

    /// The percentile intervals of several statistics, evaluated on the same resamples (each resample is
    /// generated once). Each statistic skips its own undefined resamples.
    ///
    /// - Throws: ``StatisticsError`` when a statistic is undefined on the full sample or on every resample.
    public func intervals(
        _ design: ResamplingDesign, form: ResampleForm = .indices, statistics: [ResampleStatistic]
    ) throws(StatisticsError) -> [BootstrapInterval] {
        try intervals(design, form: form, count: statistics.count, together: { resample in statistics.map { $0(resample) } })
    }

    /// The percentile intervals of `count` statistics computed together by one function — for
    /// statistics that share work on a resample (several figures of one tally) — with the same values
    /// as passing them one by one to ``intervals(_:form:statistics:)``.
    ///
    /// - Throws: ``StatisticsError`` when a statistic is undefined on the full sample or on every resample.
    public func intervals(
        _ design: ResamplingDesign, form: ResampleForm = .indices, count: Int, together: @escaping ResampleStatistics
    ) throws(StatisticsError) -> [BootstrapInterval] {
        try intervalsAndValues(design, form: form, count: count, together: together).intervals
    }

    /// ``intervals(_:form:count:together:)`` and the statistics' values on every resample
    /// (`values[b][s]`: statistic `s` on resample `b`), for figures that pair them up later with
    /// another model's values on the same resamples (``pairedInterval(estimates:values:)``).
    public func intervalsAndValues(
        _ design: ResamplingDesign, form: ResampleForm = .indices, count: Int, together: @escaping ResampleStatistics
    ) throws(StatisticsError) -> (intervals: [BootstrapInterval], values: [[Double?]]) {
        let estimates = try Self.fullSampleEstimates(design, form: form, count: count, together: together)
        let values = evaluate(design, form: form, together: together)
        var intervals: [BootstrapInterval] = []
        for (index, estimate) in estimates.enumerated() {
            let defined = values.compactMap { $0[index] }
            intervals.append(
                try .percentile(
                    estimate: estimate, values: defined, confidence: confidence, skipped: values.count - defined.count,
                    what: "Statistic \(index + 1)"))
        }
        return (intervals, values)
    }

    /// Every statistic `together` computes, on every resample of `design` (`values[b][s]`: statistic
    /// `s` on resample `b`), each resample drawn once — for several models' statistics on the same
    /// resamples, each model's intervals then taken with ``interval(estimate:values:)``.
    public func values(_ design: ResamplingDesign, form: ResampleForm = .indices, together: @escaping ResampleStatistics) -> [[Double?]] {
        evaluate(design, form: form, together: together)
    }

    /// The percentile interval of a statistic already evaluated on this bootstrap's resamples: its
    /// full-sample `estimate` and its value on each resample (`nil` where undefined, skipped) — what
    /// ``interval(_:form:statistic:)`` computes from the statistic itself.
    ///
    /// - Throws: ``StatisticsError`` when every resample is skipped.
    public func interval(estimate: Double, values: [Double?]) throws(StatisticsError) -> BootstrapInterval {
        let defined = values.compactMap { $0 }
        return try .percentile(
            estimate: estimate, values: defined, confidence: confidence, skipped: values.count - defined.count, what: "The statistic")
    }

    /// The rows of resample `b` of `design`, as the statistics see them in ``ResampleForm/indices`` form.
    public func resampleIndices(_ b: Int, of design: ResamplingDesign) -> [Int] {
        var rows: [Int] = []
        ResampleGenerator(design: design, seed: seed).indices(b, into: &rows)
        return rows
    }

    /// The count per row of resample `b` of `design` (``ResampleForm/counts`` form).
    public func resampleCounts(_ b: Int, of design: ResamplingDesign) -> [Int] {
        var counts: [Int] = []
        ResampleGenerator(design: design, seed: seed).counts(b, into: &counts)
        return counts
    }

    /// The statistics on the full sample: every row once.
    static func fullSampleEstimates(_ design: ResamplingDesign, form: ResampleForm, statistics: [ResampleStatistic])
        throws(StatisticsError) -> [Double]
    {
        try fullSampleEstimates(design, form: form, count: statistics.count, together: { resample in statistics.map { $0(resample) } })
    }

    static func fullSampleEstimates(_ design: ResamplingDesign, form: ResampleForm, count: Int, together: ResampleStatistics)
        throws(StatisticsError) -> [Double]
    {
        let full = form == .indices ? Array(0..<design.rowCount) : [Int](repeating: 1, count: design.rowCount)
        let values = together(full)
        precondition(values.count == count, "\(values.count) values for \(count) statistics")
        var estimates: [Double] = []
        for (index, value) in values.enumerated() {
            guard let estimate = value else {
                throw StatisticsError(
                    .undefinedStatistic, "Statistic \(index + 1) is undefined on the full sample.",
                    hint: "Check that the sample has what the statistic needs, e.g. both outcomes for AUC.")
            }
            estimates.append(estimate)
        }
        return estimates
    }
}

/// A statistic of one resample: row numbers or counts per row (see ``ResampleForm``) in, the value out,
/// or `nil` where it is undefined on that resample. It may run on several threads at once.
public typealias ResampleStatistic = @Sendable ([Int]) -> Double?

/// Several statistics of one resample computed together, in a fixed order.
public typealias ResampleStatistics = @Sendable ([Int]) -> [Double?]

/// How a statistic receives a resample.
public enum ResampleForm: Sendable, Equatable, Hashable {
    /// The drawn row numbers, in draw order, repeats included (the full sample: `0..<rowCount`).
    case indices
    /// How often each row was drawn, one count per row (the full sample: all 1).
    case counts
}
