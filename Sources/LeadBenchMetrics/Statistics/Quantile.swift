/// The `q`-quantile of an ascending sample by linear interpolation between order statistics: Hyndman
/// and Fan's type 7, the default of numpy (`method="linear"`), R and Excel's `PERCENTILE.INC`.
///
/// With `n` values `x₀ ≤ … ≤ xₙ₋₁`, `h = (n − 1)·q`, `j = ⌊h⌋` and `γ = h − j`:
///
///     Q(q) = x_j + γ·(x_{j+1} − x_j)
///
/// evaluated as numpy does (`x_{j+1} − (1 − γ)·(x_{j+1} − x_j)` when `γ ≥ ½`), so the results agree
/// with `numpy.quantile` to the last bit.
///
///     quantile([1, 2, 3, 4], 0.5)   // 2.5
///     quantile([1, 2, 3, 4], 0.9)   // 3.7
///
/// - Parameters:
///   - sorted: The sample in ascending order (not checked; sort it first). Infinities are allowed.
///   - q: The level, in `[0, 1]`.
/// - Returns: The quantile; `nan` when `sorted` is empty or `q` is outside `[0, 1]` or NaN. Use
///   ``SampleSummary`` or ``quantiles(of:at:)`` for a throwing, validating variant.
/// - Complexity: O(1).
///
/// ## References
/// R. J. Hyndman, Y. Fan, "Sample quantiles in statistical packages", The American Statistician 50(4),
/// 361–365 (1996). doi:10.1080/00031305.1996.10473566
public func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty, q >= 0, q <= 1 else { return .nan }
    let position = Double(sorted.count - 1) * q
    let below = Int(position.rounded(.down))
    let gamma = position - Double(below)
    let low = sorted[below]
    guard below + 1 < sorted.count else { return low }
    let high = sorted[below + 1]
    let gap = high - low
    return gamma >= 0.5 ? high - gap * (1 - gamma) : low + gap * gamma
}

/// Quantiles of an unsorted sample at several levels (type 7, as ``quantile(_:_:)``).
///
///     try quantiles(of: cycleDays, at: [0.5, 0.9])   // [median, p90]
///
/// - Throws: ``StatisticsError`` when the sample is empty or holds NaN, or a level is outside `[0, 1]`.
/// - Complexity: O(*n* log *n* + *k*).
public func quantiles(of sample: [Double], at levels: [Double]) throws(StatisticsError) -> [Double] {
    guard !sample.isEmpty else { throw .empty("The sample") }
    try StatisticsValidation.noNaN(sample, "The sample")
    for level in levels where !(level >= 0 && level <= 1) {
        throw .invalid("the quantile level", "\(level)", expected: "between 0 and 1")
    }
    let sorted = sample.sorted()
    return levels.map { quantile(sorted, $0) }
}
