import Foundation
import Testing

/// fixtures/golden/ab/golden.json, written by Scripts/golden/ab_golden.py (Python's hashlib, numpy,
/// scipy and statsmodels at the versions it records), decoded once.
struct ABGolden: Decodable {
    struct MD5Case: Decodable {
        var name, message, hex: String
    }

    struct AssignmentCase: Decodable {
        var salt, unitId: String
        var names: [String]
        var weights: [Double]
        var hex: String
        var u: Double
        var arm: String
    }

    struct IncompleteBetaCase: Decodable {
        var a, b, x, value: Double
    }

    struct ChiSquareCase: Decodable {
        var x: Double
        var df: Int
        var sf: Double
    }

    struct AnalysisArm: Decodable {
        var name: String
        var units, conversions: Int
        var rate, wilsonLower, wilsonUpper: Double
    }

    struct AnalysisComparison: Decodable {
        var treatment: String
        var difference, differenceLower, differenceUpper, ratioLower, ratioUpper: Double
        var z, pvalue: Double?
    }

    struct AnalysisCase: Decodable {
        var name: String
        var alpha: Double
        var weights: [Double]
        var arms: [AnalysisArm]
        var comparisons: [AnalysisComparison]
        var probabilityBest: [Double]
        var srmStatistic, srmPvalue: Double
    }

    struct BestWithPriorCase: Decodable {
        var priorAlpha, priorBeta: Double
        var units, conversions: [Int]
        var probabilityBest: [Double]
    }

    struct PowerAtUnits: Decodable {
        var units: Int
        var power, mdeEffectSizeStatsmodels, mdeEffectSize: Double
        var mdeRate, mdeRelative: Double?
    }

    struct PowerCase: Decodable {
        var baseRate, relativeEffect, alpha, power, ratio, effectSize: Double
        var sampleSizeStatsmodels, sampleSize: Double
        var atUnits: [PowerAtUnits]
    }

    struct SequentialLookCase: Decodable {
        var difference, variance, z, logLikelihoodRatio, pValue: Double
        var boundary: Double?
    }

    struct SequentialCase: Decodable {
        var name: String
        var alpha, mixingVariance: Double
        var control, treatment: [[Int]]
        var looks: [SequentialLookCase]
    }

    var versions: [String: String]
    var md5: [MD5Case]
    var assignment: [AssignmentCase]
    var incompleteBeta: [IncompleteBetaCase]
    var chiSquare: [ChiSquareCase]
    var analysis: [AnalysisCase]
    var bestWithPrior: [BestWithPriorCase]
    var power: [PowerCase]
    var sequential: [SequentialCase]

    /// The package root: three folders up from this file (Tests/LeadBenchABTests/…).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared: Result<ABGolden, any Error> = Result {
        let url = root.appendingPathComponent("fixtures/golden/ab/golden.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(ABGolden.self, from: Data(contentsOf: url))
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
