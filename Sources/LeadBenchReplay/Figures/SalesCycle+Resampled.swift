import LeadBenchMetrics

/// The sales cycles of a model's hits sorted once, for the median of many bootstrap resamples in counts
/// form: the median of a resample is ``LeadBenchMetrics/resampledQuantile(sorted:rows:counts:_:)`` at ½
/// over these, equal bit for bit to ``SalesCycle/medianCycle(_:rows:)`` on the same resample's rows.
struct SalesCycleSample: Sendable {
    /// The hits' sales cycles in days, ascending.
    let days: [Double]
    /// The lead of each cycle.
    let rows: [Int]

    init(_ replayed: [ReplayedLead]) {
        let cycles = replayed.indices.compactMap { row in SalesCycle.cycleDays(replayed[row]).map { (days: $0, row: row) } }
            .sorted { $0.days < $1.days }
        days = cycles.map(\.days)
        rows = cycles.map(\.row)
    }

    /// The median sales cycle of a resample given as a count per lead; `nil` when it holds no hit with
    /// a cycle.
    ///
    /// - Complexity: O(hits), no allocation.
    func median(counts: [Int]) -> Double? {
        let median = resampledQuantile(sorted: days, rows: rows, counts: counts, 0.5)
        return median.isNaN ? nil : median
    }
}
