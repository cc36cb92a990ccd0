/// A sample's leads sorted once by score, for ranking metrics on many bootstrap resamples of it.
///
/// The rows that have a score are sorted by score, highest first, and cut into blocks of equal score
/// (scikit-learn's distinct thresholds); within a block the converted leads come first. A resample in
/// ``ResampleForm/counts`` form — `counts[row]` copies of each row — then has, for block `g`,
///
///     p_g = Σ_{row ∈ g, converted} counts[row],   n_g = Σ_{row ∈ g, not converted} counts[row]
///
/// which is all that ``rocAUC(counts:)`` and ``averagePrecision(counts:)`` need: one O(n) pass with no
/// sort and no allocation, instead of copying the drawn rows and sorting them (O(n log n) and two arrays
/// per resample). Blocks with no drawn lead add nothing, so the results are those of
/// ``rocAUCScore(scores:labels:)`` and ``averagePrecisionScore(scores:labels:)`` on the resample with
/// its repeats, to the last bit (the same integer counts, the same floating-point operations in the
/// same order).
///
///     let ranked = try RankedScores(scores: scores, labels: converted)   // one sort
///     let auc = try bootstrap.interval(design, form: .counts) { counts in ranked.rocAUC(counts: counts) }
///
/// Rows without a score (`nil`) are in no block: they are left out of every resample's ranking, as
/// leads that converted before their scoring moment are.
///
/// Hand-written: no Swift package on the project's package mirror computes ROC AUC or average precision
/// from a presorted sample and per-row weights.
public struct RankedScores: Sendable {
    /// The number of rows of the sample: the length of every `counts` array.
    public let rowCount: Int
    /// The scored rows, by score descending; within a block, converted rows first.
    let order: [Int32]
    /// Block `g` is `order[blockStart[g]..<blockStart[g + 1]]`; `blockCount + 1` entries.
    let blockStart: [Int]
    /// Block `g`'s converted rows are `order[blockStart[g]..<blockSplit[g]]`, the others the rest.
    let blockSplit: [Int]

    /// Sorts the scored rows.
    ///
    /// - Parameters:
    ///   - scores: Each row's score, `nil` for a row left out of the ranking.
    ///   - labels: Each row's outcome (converted or not).
    /// - Throws: ``MetricError/lengthMismatch(scores:labels:)`` or ``MetricError/nonFiniteScore(index:)``
    ///   (the first offending row).
    /// - Complexity: O(*n* log *n*), once.
    public init(scores: [Double?], labels: [Bool]) throws(MetricError) {
        guard scores.count == labels.count else { throw .lengthMismatch(scores: scores.count, labels: labels.count) }
        precondition(scores.count <= Int(Int32.max), "RankedScores holds at most 2³¹ − 1 rows")
        if let index = scores.firstIndex(where: { $0.map { !$0.isFinite } ?? false }) { throw .nonFiniteScore(index: index) }
        var order = scores.indices.filter { scores[$0] != nil }.map { Int32($0) }
        order.sort { a, b in
            let (x, y) = (scores[Int(a)]!, scores[Int(b)]!)
            return x > y || (x == y && labels[Int(a)] && !labels[Int(b)])
        }
        var blockStart: [Int] = []
        var blockSplit: [Int] = []
        var previous = Double.nan
        for (position, row) in order.enumerated() {
            let score = scores[Int(row)]!
            if score != previous {
                blockStart.append(position)
                blockSplit.append(position)
                previous = score
            }
            if labels[Int(row)] { blockSplit[blockSplit.count - 1] = position + 1 }
        }
        blockStart.append(order.count)
        self.rowCount = scores.count
        self.order = order
        self.blockStart = blockStart
        self.blockSplit = blockSplit
    }

    /// Every row scored.
    ///
    /// - Throws: As ``init(scores:labels:)``.
    public init(scores: [Double], labels: [Bool]) throws(MetricError) {
        try self.init(scores: scores.map { Optional($0) }, labels: labels)
    }

    /// The number of distinct scores (blocks).
    public var blockCount: Int { blockSplit.count }

    /// Calls `body(p_g, n_g)` for each block, highest score first: the converted and other leads of the
    /// block in the resample `counts`.
    @inline(__always)
    func forEachBlock(_ counts: [Int], _ body: (_ positives: Int, _ negatives: Int) -> Void) {
        precondition(counts.count == rowCount, "a resample has one count per row of the sample")
        counts.withUnsafeBufferPointer { counts in
            order.withUnsafeBufferPointer { order in
                for g in 0..<blockSplit.count {
                    var positives = 0
                    var negatives = 0
                    for position in blockStart[g]..<blockSplit[g] { positives += counts[Int(order[position])] }
                    for position in blockSplit[g]..<blockStart[g + 1] { negatives += counts[Int(order[position])] }
                    body(positives, negatives)
                }
            }
        }
    }
}
