#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// McNemar's test of paired binary decisions: on the same leads, does the first decision say yes as
/// often as the second? It looks only at the discordant counts `b` (first only) and `c` (second only)
/// of a ``PairedDecisionTable``. Matches statsmodels' `mcnemar(table, exact=…, correction=…)`.
///
/// - ``Method/exact``: under the null, `b ~ Binomial(b + c, ½)`; the statistic is `min(b, c)` and the
///   two-sided p-value `min(1, 2·P(X ≤ min(b, c)))`. Right for any counts; use it when `b + c` is small.
/// - ``Method/chiSquare(continuityCorrection:)``: `χ² = (|b − c| − 1)² / (b + c)` with Edwards'
///   continuity correction (`(b − c)²/(b + c)` without), on 1 degree of freedom; p-value
///   `P(χ²₁ > χ²) = erfc(√(χ²/2))`. As in statsmodels the corrected difference is not clipped at 0, so
///   `b = c` gives `1/(b + c)`, not 0. With no discordant leads (`b + c = 0`, where statsmodels divides
///   by zero) this reports statistic 0 and p-value 1: nothing tells the decisions apart.
///
///     let table = try PairedDecisionTable(both: 60, firstOnly: 10, secondOnly: 2, neither: 28)
///     try McNemarTest(table, method: .exact).pValue   // 0.0385742… = 2·79/4096
///
/// ## References
/// - Q. McNemar, "Note on the sampling error of the difference between correlated proportions or
///   percentages", Psychometrika 12(2), 153–157 (1947). doi:10.1007/BF02295996
/// - A. L. Edwards, "Note on the 'correction for continuity' in testing the significance of the
///   difference between correlated proportions", Psychometrika 13(3), 185–187 (1948). doi:10.1007/BF02289261
public struct McNemarTest: Sendable, Equatable {
    /// How the p-value is computed.
    public enum Method: Sendable, Equatable, Hashable {
        /// The exact binomial test.
        case exact
        /// The chi-square approximation, with or without Edwards' continuity correction.
        case chiSquare(continuityCorrection: Bool)
    }

    /// The table tested.
    public let table: PairedDecisionTable
    /// The method used.
    public let method: Method
    /// `min(b, c)` for the exact test; the χ² statistic otherwise.
    public let statistic: Double
    /// The two-sided p-value.
    public let pValue: Double

    /// Runs the test on `table`.
    public init(_ table: PairedDecisionTable, method: Method = .exact) {
        self.table = table
        self.method = method
        let b = table.firstOnly, c = table.secondOnly
        switch method {
        case .exact:
            let smaller = min(b, c)
            statistic = Double(smaller)
            pValue = min(1, 2 * Self.halfBinomialCDF(smaller, trials: b + c))
        case .chiSquare(let continuityCorrection):
            guard b + c > 0 else {
                statistic = 0
                pValue = 1
                return
            }
            let excess = Double(abs(b - c)) - (continuityCorrection ? 1 : 0)
            statistic = excess * excess / Double(b + c)
            pValue = erfc((0.5 * statistic).squareRoot())
        }
    }

    /// Runs the test on two decisions per lead.
    ///
    /// - Throws: ``StatisticsError`` when the columns differ in length or are empty.
    public init(first: [Bool], second: [Bool], method: Method = .exact) throws(StatisticsError) {
        self.init(try PairedDecisionTable(first: first, second: second), method: method)
    }

    /// `P(X ≤ k)` for `X ~ Binomial(n, ½)`.
    private static func halfBinomialCDF(_ k: Int, trials: Int) -> Double {
        BinomialDistribution.half(trials: trials).cdf(k)
    }
}

extension BinomialDistribution {
    /// `Binomial(n, ½)` for a count known to be non-negative.
    static func half(trials: Int) -> BinomialDistribution {
        BinomialDistribution(uncheckedTrials: max(0, trials), successProbability: 0.5)
    }
}
