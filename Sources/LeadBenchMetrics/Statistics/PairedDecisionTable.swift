/// The 2×2 table of two binary decisions on the same leads — qualified by model A (first) and by
/// model B (second) — that McNemar's test reads.
///
///                     second yes     second no
///     first yes       both           firstOnly (b)
///     first no        secondOnly (c) neither
///
/// Only the discordant cells `b` and `c` carry information about which decision says yes more often.
/// To compare two classifiers' *accuracy* instead, build the table from "was model A right" and "was
/// model B right" per lead.
public struct PairedDecisionTable: Sendable, Equatable, Hashable, Codable {
    /// Leads both decisions said yes to.
    public let both: Int
    /// Leads only the first decision said yes to (`b`).
    public let firstOnly: Int
    /// Leads only the second decision said yes to (`c`).
    public let secondOnly: Int
    /// Leads neither decision said yes to.
    public let neither: Int

    /// A table from its four counts.
    ///
    /// - Throws: ``StatisticsError`` when a count is negative.
    public init(both: Int, firstOnly: Int, secondOnly: Int, neither: Int) throws(StatisticsError) {
        for (name, count) in [("both", both), ("firstOnly", firstOnly), ("secondOnly", secondOnly), ("neither", neither)]
        where count < 0 {
            throw .invalid("the count \(name)", "\(count)", expected: "at least 0")
        }
        self.both = both
        self.firstOnly = firstOnly
        self.secondOnly = secondOnly
        self.neither = neither
    }

    /// The table of two decisions per lead, `first[i]` and `second[i]` on lead `i`.
    ///
    /// - Throws: ``StatisticsError`` when the columns differ in length or are empty.
    public init(first: [Bool], second: [Bool]) throws(StatisticsError) {
        try StatisticsValidation.sameLength("The first decisions", first.count, "the second decisions", second.count)
        guard !first.isEmpty else { throw .empty("The decisions") }
        var counts = (0, 0, 0, 0)
        for (a, b) in zip(first, second) {
            switch (a, b) {
            case (true, true): counts.0 += 1
            case (true, false): counts.1 += 1
            case (false, true): counts.2 += 1
            case (false, false): counts.3 += 1
            }
        }
        (both, firstOnly, secondOnly, neither) = counts
    }

    /// The number of leads.
    public var total: Int { both + firstOnly + secondOnly + neither }

    /// The number of discordant leads, `b + c`.
    public var discordant: Int { firstOnly + secondOnly }
}
