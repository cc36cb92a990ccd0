import Foundation

/// The population stability index (PSI): how far a distribution has moved from a reference one — a
/// model's scores or a lead attribute this period against the period before.
///
/// With `eᵢ` the reference ("expected", the previous period) sample's share in bin `i` and `aᵢ` the
/// compared ("actual", the current period) sample's share:
///
///     PSI = Σᵢ (aᵢ − eᵢ) · ln(aᵢ / eᵢ)
///
/// Every term is ≥ 0, so PSI ≥ 0, and 0 exactly when the shares agree. A bin that is empty in one sample
/// would make its log infinite: an empty bin's share is taken as ``emptyBinShare`` (10⁻⁴) instead, and
/// the shares are not renormalised — so a bin that appears from nowhere with 1% of the leads adds
/// `(0.01 − 0.0001)·ln(100) ≈ 0.046`.
///
/// Bins (``deciles(expected:actual:)``, ``categories(expected:actual:)``):
/// - numbers: the reference sample's deciles. The edges are the distinct values among its type-7
///   quantiles at 0.1, 0.2, …, 0.9 (``quantile(_:_:)``, numpy's default), so heavily tied scores give
///   fewer, wider bins. With edges `c₁ < … < c_k`, bin 0 holds `x ≤ c₁`, bin `j` holds `c_j < x ≤ c_{j+1}`
///   and bin `k` holds `x > c_k` (numpy's `searchsorted(edges, x, side="left")`). NaN (a missing value)
///   goes to a last bin, "missing", present when either sample has one.
/// - categories: one bin per category seen in either sample, in ascending order, then "missing".
///
/// The conventional reading (``Reading``): below 0.1 stable, 0.1 to 0.25 a moderate shift worth a look,
/// above 0.25 a major shift (the population the model scores is no longer the one it was built on).
///
///     let psi = try PopulationStability.deciles(expected: lastQuarter, actual: thisQuarter)
///     psi.index, psi.reading   // 0.043, .stable
///
/// ## References
/// - N. Siddiqi, *Credit Risk Scorecards: Developing and Implementing Intelligent Credit Scoring*, Wiley
///   (2006), on the system stability report. ISBN 978-0-471-75451-0
/// - B. Yurdakul, "Statistical properties of population stability index", dissertation, Western Michigan
///   University (2018).
public struct PopulationStability: Sendable, Equatable, Codable {
    /// The conventional reading of an index.
    public enum Reading: String, Sendable, Equatable, Codable {
        /// PSI < 0.1.
        case stable
        /// 0.1 ≤ PSI ≤ 0.25.
        case moderateShift = "moderate shift"
        /// PSI > 0.25.
        case majorShift = "major shift"

        public init(_ index: Double) {
            self = index < 0.1 ? .stable : (index <= 0.25 ? .moderateShift : .majorShift)
        }
    }

    /// One bin and its share of each sample.
    public struct Bin: Sendable, Equatable, Codable {
        /// `≤ c₁`, `(c₁, c₂]`, `> c_k`, a category, or `missing`.
        public let label: String
        /// Reference-sample values in the bin.
        public let expectedCount: Int
        /// Compared-sample values in the bin.
        public let actualCount: Int
        /// `eᵢ`: the reference count over its total, or ``PopulationStability/emptyBinShare`` when 0.
        public let expectedShare: Double
        /// `aᵢ`: the compared count over its total, or ``PopulationStability/emptyBinShare`` when 0.
        public let actualShare: Double
        /// `(aᵢ − eᵢ) · ln(aᵢ / eᵢ)`.
        public let contribution: Double
    }

    /// The share an empty bin counts with, so that its log stays finite.
    public static let emptyBinShare = 1e-4

    /// The bins, in order.
    public let bins: [Bin]
    /// The inner decile edges of a numeric comparison, ascending (empty for categories).
    public let edges: [Double]
    /// The sizes of the two samples.
    public let expectedTotal: Int
    public let actualTotal: Int
    /// The index, `Σ (aᵢ − eᵢ) · ln(aᵢ / eᵢ)`.
    public let index: Double
    /// The conventional reading of ``index``.
    public let reading: Reading

    /// The index over given bin counts.
    ///
    /// - Parameters:
    ///   - expectedCounts: The reference sample's count per bin (non-negative).
    ///   - actualCounts: The compared sample's count per bin, as many as `expectedCounts`.
    ///   - labels: A label per bin (default: the bin numbers from 1).
    ///   - edges: The numeric edges behind the bins, if any.
    /// - Throws: ``MetricError/empty`` when a sample has no values (its shares are undefined).
    public init(expectedCounts: [Int], actualCounts: [Int], labels: [String]? = nil, edges: [Double] = []) throws(MetricError) {
        precondition(expectedCounts.count == actualCounts.count, "One count per bin in each sample.")
        precondition(labels.map { $0.count == expectedCounts.count } ?? true, "One label per bin.")
        precondition(!expectedCounts.contains { $0 < 0 } && !actualCounts.contains { $0 < 0 }, "Counts are non-negative.")
        let expectedTotal = expectedCounts.reduce(0, +)
        let actualTotal = actualCounts.reduce(0, +)
        guard expectedTotal > 0, actualTotal > 0 else { throw .empty }
        func share(_ count: Int, _ total: Int) -> Double { count == 0 ? Self.emptyBinShare : Double(count) / Double(total) }
        var bins: [Bin] = []
        var index = 0.0
        for i in expectedCounts.indices {
            let e = share(expectedCounts[i], expectedTotal)
            let a = share(actualCounts[i], actualTotal)
            let contribution = (a - e) * log(a / e)
            index += contribution
            bins.append(Bin(
                label: labels?[i] ?? String(i + 1), expectedCount: expectedCounts[i], actualCount: actualCounts[i],
                expectedShare: e, actualShare: a, contribution: contribution))
        }
        self.bins = bins
        self.edges = edges
        self.expectedTotal = expectedTotal
        self.actualTotal = actualTotal
        self.index = index
        reading = Reading(index)
    }

    /// The index of numbers binned by the reference sample's deciles (see the type's rules); NaN is a
    /// missing value.
    ///
    /// - Throws: ``MetricError/nonFiniteScore(index:)`` for an infinite value (its index in `expected`,
    ///   else in `actual`), ``MetricError/empty`` when a sample has no values.
    /// - Complexity: O((*n* + *m*) log *n*).
    public static func deciles(expected: [Double], actual: [Double]) throws(MetricError) -> PopulationStability {
        for values in [expected, actual] {
            if let index = values.firstIndex(where: \.isInfinite) { throw .nonFiniteScore(index: index) }
        }
        let edges = decileEdges(expected.filter { !$0.isNaN }.sorted())
        func counts(_ values: [Double]) -> (bins: [Int], missing: Int) {
            var bins = [Int](repeating: 0, count: edges.count + 1)
            var missing = 0
            for value in values {
                if value.isNaN { missing += 1 } else { bins[bin(of: value, edges: edges)] += 1 }
            }
            return (bins, missing)
        }
        let e = counts(expected)
        let a = counts(actual)
        var labels = binLabels(edges)
        var expectedCounts = e.bins
        var actualCounts = a.bins
        if e.missing + a.missing > 0 {
            labels.append("missing")
            expectedCounts.append(e.missing)
            actualCounts.append(a.missing)
        }
        return try PopulationStability(expectedCounts: expectedCounts, actualCounts: actualCounts, labels: labels, edges: edges)
    }

    /// The index of categories (`nil` is a missing value), one bin per category seen in either sample.
    ///
    /// - Throws: ``MetricError/empty`` when a sample has no values.
    public static func categories(expected: [String?], actual: [String?]) throws(MetricError) -> PopulationStability {
        var expectedCounts: [String: Int] = [:]
        var actualCounts: [String: Int] = [:]
        var expectedMissing = 0
        var actualMissing = 0
        for value in expected {
            if let value { expectedCounts[value, default: 0] += 1 } else { expectedMissing += 1 }
        }
        for value in actual {
            if let value { actualCounts[value, default: 0] += 1 } else { actualMissing += 1 }
        }
        var labels = Set(expectedCounts.keys).union(actualCounts.keys).sorted()
        var e = labels.map { expectedCounts[$0] ?? 0 }
        var a = labels.map { actualCounts[$0] ?? 0 }
        if expectedMissing + actualMissing > 0 {
            labels.append("missing")
            e.append(expectedMissing)
            a.append(actualMissing)
        }
        return try PopulationStability(expectedCounts: e, actualCounts: a, labels: labels)
    }

    /// The distinct values among the type-7 quantiles of an ascending sample at 0.1, 0.2, …, 0.9
    /// (empty for an empty sample).
    public static func decileEdges(_ sorted: [Double]) -> [Double] {
        guard !sorted.isEmpty else { return [] }
        var edges: [Double] = []
        for edge in (1...9).map({ quantile(sorted, Double($0) / 10) }).sorted() where edges.last != edge {
            edges.append(edge)
        }
        return edges
    }

    /// The bin of `value` among ascending `edges`: the number of edges below it (numpy's
    /// `searchsorted(edges, value, side="left")`), so a value equal to an edge falls in the bin below.
    static func bin(of value: Double, edges: [Double]) -> Int {
        var low = 0
        var high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `≤ c₁`, `(c₁, c₂]`, …, `> c_k` (one bin, `all`, without edges), with the edges written to as many
    /// significant digits as tell them apart (at least six).
    static func binLabels(_ edges: [Double]) -> [String] {
        guard !edges.isEmpty else { return ["all"] }
        var digits = 6
        var texts = edges.map { text($0, digits: digits) }
        while digits < 17 && zip(texts, texts.dropFirst()).contains(where: { $0 == $1 }) {
            digits += 1
            texts = edges.map { text($0, digits: digits) }
        }
        var labels = ["≤ \(texts[0])"]
        for (low, high) in zip(texts, texts.dropFirst()) { labels.append("(\(low), \(high)]") }
        labels.append("> \(texts[texts.count - 1])")
        return labels
    }

    /// A number as short as it reads: whole numbers without a fraction, others to `digits` significant digits.
    static func text(_ value: Double, digits: Int) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.\(digits)g", value)
    }
}
