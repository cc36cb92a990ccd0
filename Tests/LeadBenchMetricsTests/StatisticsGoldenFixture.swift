import Foundation
import Testing

/// fixtures/golden/stats/golden.json, written by Scripts/golden/stats_golden.py (numpy, scipy and
/// statsmodels at the versions it records), decoded once.
struct StatisticsGolden: Decodable {
    struct QuantileCase: Decodable {
        var name: String
        var sorted: [Double]
        var levels: [Double]
        var quantiles: [Double]
        var summary: Summary
    }

    struct Summary: Decodable {
        var count: Int
        var mean, minimum, lowerQuartile, median, upperQuartile, p90, maximum: Double
    }

    struct Normal: Decodable {
        var points, cdf, sf, probabilities, ppf: [Double]
    }

    struct BinomialCase: Decodable {
        var k, n: Int
        var p, cdf, pmf: Double
    }

    struct McNemarCase: Decodable {
        var table: [[Int]]
        var exactStatistic, exactPvalue: Double
        var chi2Statistic, chi2Pvalue: Double?
    }

    struct ZTestCase: Decodable {
        var count1, nobs1, count2, nobs2: Int
        var z, pvalue: Double
    }

    struct WilsonCase: Decodable {
        var count, nobs: Int
        var alpha, lower, upper: Double
    }

    struct NewcombeCase: Decodable {
        var count1, nobs1, count2, nobs2: Int
        var alpha, lower, upper: Double
    }

    struct DeLongCase: Decodable {
        var name: String
        var first, second: [Double]
        var labels: [Int]
        var aucFirst, aucSecond, difference, varianceFirst, varianceSecond, covariance: Double
        var varianceDifference, standardError, z, pvalue, confidence, lower, upper: Double
    }

    struct BootstrapCase: Decodable {
        var name: String
        var stratified, clustered: Bool
        var seed: UInt64
        var resamples: Int
        var confidence, estimate, lower, upper: Double
        var used, skipped: Int
        var firstResample: [Int]
    }

    struct BootstrapSection: Decodable {
        var values: [Double]
        var labels: [Int]
        var clusters: [Int]
        var first, second: [Double]
        var cases: [BootstrapCase]
        var smallLabels: [Int]
        var smallScores: [Double]
        var smallCase: BootstrapCase
    }

    var versions: [String: String]
    var quantile: [QuantileCase]
    var normal: Normal
    var binomial: [BinomialCase]
    var mcnemar: [McNemarCase]
    var twoProportionZtest: [ZTestCase]
    var wilson: [WilsonCase]
    var newcombe: [NewcombeCase]
    var delong: [DeLongCase]
    var bootstrap: BootstrapSection

    /// The package root: three folders up from this file (Tests/LeadBenchMetricsTests/…).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared: Result<StatisticsGolden, any Error> = Result {
        let url = root.appendingPathComponent("fixtures/golden/stats/golden.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(StatisticsGolden.self, from: Data(contentsOf: url))
    }
}

/// `|actual − expected| ≤ tolerance · max(1, |expected|)`: absolute near 0, relative for large values.
func agrees(_ actual: Double, _ expected: Double, within tolerance: Double) -> Bool {
    if actual == expected { return true }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// `|actual − expected| ≤ tolerance · |expected|`, for values spanning many orders of magnitude.
func agreesRelatively(_ actual: Double, _ expected: Double, within tolerance: Double) -> Bool {
    if actual == expected { return true }
    return abs(actual - expected) <= tolerance * abs(expected)
}

/// The largest deviation seen by a golden test, printed when LEADBENCH_PRINT_DEVIATIONS is set (to
/// report how close the implementation is, not only that it is within tolerance).
struct DeviationLog {
    private var largest: [String: Double] = [:]

    mutating func record(_ name: String, _ actual: Double, _ expected: Double, relative: Bool = false) {
        let deviation = relative ? abs(actual - expected) / max(abs(expected), .leastNormalMagnitude) : abs(actual - expected)
        largest[name] = max(largest[name] ?? 0, actual == expected ? 0 : deviation)
    }

    func report(_ suite: String) {
        guard ProcessInfo.processInfo.environment["LEADBENCH_PRINT_DEVIATIONS"] != nil else { return }
        for (name, value) in largest.sorted(by: { $0.key < $1.key }) {
            print("deviation \(suite).\(name): \(value)")
        }
    }
}
