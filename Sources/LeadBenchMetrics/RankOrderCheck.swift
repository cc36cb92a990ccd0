/// The rank-order check: conversion should fall group by group down the score; every rise is listed.
///
/// The groups (deciles by default) are ``LiftTable``'s, with its tie rule. An **inversion** is a group
/// `k+1` that converts at a higher rate than group `k` just above it. Rates that differ by no more than
/// `tolerance` are treated as equal, so a run of tied scores spread over several groups (which gives
/// them the same rate up to rounding) never reports a spurious inversion.
///
///     conversion rates by decile [0.40, 0.25, 0.30, 0.10, …]  →  inversion: decile 3 (0.30) > decile 2 (0.25)
public struct RankOrderCheck: Sendable, Equatable {
    /// A lower-scored group converting more than the group just above it.
    public struct Inversion: Sendable, Equatable {
        /// The higher-scored group (1 = top).
        public let group: Int
        /// Its conversion rate.
        public let rate: Double
        /// The conversion rate of the group just below (`group + 1`), which is higher.
        public let nextRate: Double

        /// How much higher the lower group converts.
        public var excess: Double { nextRate - rate }
    }

    /// Conversion rate per group, highest scores first.
    public let conversionRates: [Double]
    /// Every inversion, top group first.
    public let inversions: [Inversion]

    /// Runs the check.
    ///
    /// - Parameters:
    ///   - scores: One score per lead; higher means more likely to convert.
    ///   - labels: Whether each lead converted; both classes must occur.
    ///   - groups: How many equal groups; 10 gives deciles. At least 1.
    ///   - tolerance: Rates closer than this count as equal (default `1e-12`, only rounding).
    /// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
    /// - Complexity: O(*n* log *n*).
    public init(scores: [Double], labels: [Bool], groups: Int = 10, tolerance: Double = 1e-12) throws(MetricError) {
        let rates = try LiftTable(scores: scores, labels: labels, groups: groups).conversionRates
        conversionRates = rates
        inversions = rates.indices.dropLast().compactMap { k in
            rates[k + 1] - rates[k] > tolerance
                ? Inversion(group: k + 1, rate: rates[k], nextRate: rates[k + 1]) : nil
        }
    }

    /// Whether conversion never rises from one group to the next.
    public var isMonotone: Bool { inversions.isEmpty }
}
