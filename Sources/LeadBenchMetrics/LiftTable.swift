/// Lift by decile and cumulative gains: leads sorted by score, highest first, cut into equal groups.
///
/// **Ties.** Group `k` (0-based) of `G` covers the lead ranks `[k·n/G, (k+1)·n/G)`, and a run of tied
/// scores that straddles a cut is split proportionally between the groups it touches, each part
/// converting at the run's own rate ("fractional assignment", see the rule below). So every group holds
/// exactly `n/G` leads — possibly a fractional number — its conversions may be fractional, and
/// permuting the input never changes the table. The rule:
///
///     conversions in the top r leads = C_before + p·(r − a)/t
///
/// where the cut `r` falls in a run of `t` tied leads with `p` conversions starting at rank `a`, and
/// `C_before` counts the conversions ranked above the run.
///
/// Per group: `conversionRate = conversions / (n/G)`, `lift = conversionRate / baseRate`; cumulatively
/// over groups `0…k`: `cumulativeGain` = share of all conversions captured in the top `(k+1)/G` of leads
/// (the cumulative gains curve), and `cumulativeLift = cumulativeGain · G / (k+1)`.
///
/// **A perfect ranking** (every converted lead scored above every other) has first-decile lift
/// `min(10, 1 / baseRate)`: when at least a tenth of the leads converted the top decile is all
/// conversions (lift `1 / baseRate ≤ 10`); otherwise it holds all `P` conversions in `n/10` leads (lift
/// exactly 10). This holds for any `n`, since deciles are exact fractions of the leads.
///
/// No library function to match: tests check it against hand-worked tables, a unit-by-unit reference
/// and an independent NumPy implementation of the same rule.
public struct LiftTable: Sendable, Equatable {
    /// One group of leads (a decile when there are ten).
    public struct Row: Sendable, Equatable {
        /// 1 for the highest-scored group.
        public let group: Int
        /// Leads in the group, `n / G` (fractional when `G` does not divide `n`).
        public let leads: Double
        /// Conversions in the group (fractional where a tie straddles a cut).
        public let conversions: Double
        /// The highest score in the group.
        public let highestScore: Double
        /// The lowest score in the group.
        public let lowestScore: Double
        /// `conversions / leads`.
        public let conversionRate: Double
        /// `conversionRate / baseRate`.
        public let lift: Double
        /// Share of all conversions in this and the higher groups: the cumulative gains curve at
        /// `group / G`.
        public let cumulativeGain: Double
        /// Conversion rate of this and the higher groups over the base rate, `cumulativeGain · G / group`.
        public let cumulativeLift: Double
    }

    /// The groups, highest scores first.
    public let rows: [Row]
    /// The class totals.
    public let classes: ClassCounts

    /// Builds the table.
    ///
    /// - Parameters:
    ///   - scores: One score per lead; higher means more likely to convert.
    ///   - labels: Whether each lead converted; both classes must occur.
    ///   - groups: How many equal groups; 10 gives deciles. At least 1 (a programming error otherwise).
    /// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
    /// - Complexity: O(*n* log *n*).
    public init(scores: [Double], labels: [Bool], groups: Int = 10) throws(MetricError) {
        precondition(groups >= 1, "a lift table needs at least one group, not \(groups)")
        let ranking = FractionalRanking(try ScoreGroups.make(scores: scores, labels: labels))
        let n = ranking.count
        let classes = ranking.groups.classes
        let cuts = (0...groups).map { k in k == groups ? Double(n) : Double(k * n) / Double(groups) }
        let above = cuts.map { ranking.positivesInTop($0) }
        let positives = Double(classes.positives)
        let baseRate = classes.baseRate
        rows = (0..<groups).map { k in
            let leads = Double(n) / Double(groups)
            let conversions = above[k + 1] - above[k]
            let range = ranking.scoreRange(from: cuts[k], to: cuts[k + 1])
            let gain = above[k + 1] / positives
            return Row(
                group: k + 1, leads: leads, conversions: conversions,
                highestScore: range.highest, lowestScore: range.lowest,
                conversionRate: conversions / leads, lift: conversions / leads / baseRate,
                cumulativeGain: gain, cumulativeLift: gain * Double(groups) / Double(k + 1))
        }
        self.classes = classes
    }

    /// Each group's lift, highest scores first.
    public var lifts: [Double] { rows.map(\.lift) }

    /// Each group's conversion rate, highest scores first.
    public var conversionRates: [Double] { rows.map(\.conversionRate) }

    /// The cumulative gains curve: the share of all conversions in the top `1/G, 2/G, …, 1` of leads.
    public var cumulativeGains: [Double] { rows.map(\.cumulativeGain) }
}

/// The lift of each decile, highest scores first: `LiftTable(scores:labels:groups: 10).lifts`.
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
public func liftByDecile(scores: [Double], labels: [Bool]) throws(MetricError) -> [Double] {
    try LiftTable(scores: scores, labels: labels, groups: 10).lifts
}

/// The cumulative gains curve at each of `groups` equal steps: element `k` is the share of all
/// conversions among the top `(k+1)/groups` of leads. See ``LiftTable`` for the tie rule.
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
public func cumulativeGains(scores: [Double], labels: [Bool], groups: Int = 10) throws(MetricError) -> [Double] {
    try LiftTable(scores: scores, labels: labels, groups: groups).cumulativeGains
}
