/// How a bootstrap resamples the leads: which rows form a resampling unit (a lead, or a whole account)
/// and which units are resampled within their own stratum.
///
/// - ``simple(rowCount:)``: `n` rows drawn with replacement from all `n`.
/// - ``stratified(outcomes:)``: positives and negatives resampled separately, each keeping its count,
///   so every resample has the sample's base rate and both classes (AUC is always defined).
/// - ``clustered(_:outcomes:)``: whole clusters (accounts) drawn with replacement, all of a drawn
///   cluster's rows together, so leads of one account — which convert together — count as one unit.
///   With `outcomes`, stratification applies to clusters: clusters holding at least one positive are
///   resampled among themselves and the others among themselves, each stratum keeping its number of
///   clusters. The number of rows, and of positive rows, then varies a little between resamples (as
///   cluster sizes do), but every resample holds a positive; it holds a negative unless every cluster
///   with a negative also holds a positive.
///
/// Units are rows in row order, or clusters in order of first appearance (their rows in row order);
/// the strata are [units without a positive, units with one], empty strata left out. That order, with
/// the generator of ``Bootstrap``, fixes every resample, so a design and a seed give the same resamples
/// on every platform.
///
/// ## References
/// B. Efron, R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman & Hall (1993), §8 (stratified
/// and structured resampling). doi:10.1201/9780429246593 — A. C. Davison, D. V. Hinkley, *Bootstrap Methods
/// and their Application*, Cambridge University Press (1997), §3.8 (hierarchical data: resample clusters).
/// doi:10.1017/CBO9780511802843
public struct ResamplingDesign: Sendable, Equatable {
    /// The number of rows (leads) of the full sample; statistics see row numbers `0..<rowCount`.
    public let rowCount: Int
    /// Whether units are resampled within outcome strata.
    public let isStratified: Bool
    /// Whether units are clusters rather than rows.
    public let isClustered: Bool
    /// Per stratum, the units it holds.
    let strata: [[Int]]
    /// For clusters: unit `u`'s rows are `unitRows[unitStart[u]..<unitStart[u + 1]]`; empty for rows.
    let unitStart: [Int]
    let unitRows: [Int]

    /// The number of resampling units: rows, or clusters.
    public var unitCount: Int { isClustered ? unitStart.count - 1 : rowCount }

    /// The number of units in each stratum, in resampling order (without a positive, with one).
    public var strataSizes: [Int] { strata.map(\.count) }

    /// Plain resampling of `rowCount` rows.
    ///
    /// - Throws: ``StatisticsError`` when `rowCount < 1`.
    public static func simple(rowCount: Int) throws(StatisticsError) -> ResamplingDesign {
        guard rowCount >= 1 else { throw .empty("The sample") }
        return ResamplingDesign(
            rowCount: rowCount, isStratified: false, isClustered: false, strata: [Array(0..<rowCount)],
            unitStart: [], unitRows: [])
    }

    /// Rows resampled within outcome: positives among positives, negatives among negatives.
    ///
    /// - Throws: ``StatisticsError`` when `outcomes` is empty.
    public static func stratified(outcomes: [Bool]) throws(StatisticsError) -> ResamplingDesign {
        guard !outcomes.isEmpty else { throw .empty("The outcomes") }
        let negatives = outcomes.indices.filter { !outcomes[$0] }
        let positives = outcomes.indices.filter { outcomes[$0] }
        return ResamplingDesign(
            rowCount: outcomes.count, isStratified: true, isClustered: false,
            strata: [negatives, positives].filter { !$0.isEmpty }, unitStart: [], unitRows: [])
    }

    /// Whole clusters resampled, optionally within strata of clusters with and without a positive.
    ///
    /// - Parameters:
    ///   - clusters: Each row's cluster (its account id).
    ///   - outcomes: Each row's outcome, to stratify by; `nil` for no stratification.
    /// - Throws: ``StatisticsError`` when `clusters` is empty or `outcomes` has another length.
    public static func clustered<Cluster: Hashable>(_ clusters: [Cluster], outcomes: [Bool]? = nil)
        throws(StatisticsError) -> ResamplingDesign
    {
        guard !clusters.isEmpty else { throw .empty("The clusters") }
        if let outcomes {
            try StatisticsValidation.sameLength("The clusters", clusters.count, "the outcomes", outcomes.count)
        }
        // Clusters numbered in order of first appearance: never in hash order, which varies per process.
        var number: [Cluster: Int] = [:]
        var members: [[Int]] = []
        for (row, cluster) in clusters.enumerated() {
            if let unit = number[cluster] {
                members[unit].append(row)
            } else {
                number[cluster] = members.count
                members.append([row])
            }
        }
        var unitStart = [0]
        unitStart.reserveCapacity(members.count + 1)
        for rows in members { unitStart.append(unitStart[unitStart.count - 1] + rows.count) }
        let units = Array(members.indices)
        let strata: [[Int]]
        if let outcomes {
            let hasPositive = members.map { rows in rows.contains { outcomes[$0] } }
            strata = [units.filter { !hasPositive[$0] }, units.filter { hasPositive[$0] }].filter { !$0.isEmpty }
        } else {
            strata = [units]
        }
        return ResamplingDesign(
            rowCount: clusters.count, isStratified: outcomes != nil, isClustered: true, strata: strata,
            unitStart: unitStart, unitRows: members.flatMap { $0 })
    }
}
