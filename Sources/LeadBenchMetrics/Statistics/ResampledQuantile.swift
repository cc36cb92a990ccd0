/// The type-7 quantile (``quantile(_:_:)``) of a resample given as a count per row, without expanding
/// it: value `sorted[i]` belongs to row `rows[i]` and appears `counts[rows[i]]` times.
///
/// With `m = Σᵢ counts[rows[i]]` values in all, `h = (m − 1)·q`, `j = ⌊h⌋` and `γ = h − j`, the order
/// statistics `x_j` and `x_{j+1}` of the expanded sample are found by walking the running counts, and
///
///     Q(q) = x_j + γ·(x_{j+1} − x_j)
///
/// is evaluated exactly as ``quantile(_:_:)`` does, so the result equals `quantile(expanded, q)` bit for bit.
///
///     resampledQuantile(sorted: [2, 5, 9], rows: [4, 0, 7], counts: counts, 0.5)   // median of the drawn days
///
/// - Parameters:
///   - sorted: The values in ascending order (not checked).
///   - rows: The row of each value, one per value.
///   - counts: How often each row is in the resample.
///   - q: The level, in `[0, 1]`.
/// - Returns: The quantile; `nan` when the resample holds none of the values or `q` is outside `[0, 1]`.
/// - Complexity: O(*k*) for *k* values, no allocation.
public func resampledQuantile(sorted: [Double], rows: [Int], counts: [Int], _ q: Double) -> Double {
    precondition(sorted.count == rows.count, "one row per value")
    var total = 0
    for row in rows { total += counts[row] }
    guard total > 0, q >= 0, q <= 1 else { return .nan }
    let position = Double(total - 1) * q
    let below = Int(position.rounded(.down))
    let gamma = position - Double(below)
    // The values at expanded positions `below` and `below + 1`.
    var low = 0.0
    var high = 0.0
    var hasLow = false
    var seen = 0
    for (value, row) in zip(sorted, rows) {
        seen += counts[row]
        if !hasLow && seen > below {
            low = value
            hasLow = true
        }
        if seen > below + 1 {
            high = value
            break
        }
    }
    guard below + 1 < total else { return low }
    let gap = high - low
    return gamma >= 0.5 ? high - gap * (1 - gamma) : low + gap * gamma
}
