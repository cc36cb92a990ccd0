import Foundation
import LeadBenchData

/// The golden fixtures written by `Scripts/golden/metrics_golden.py`: score/label CSV files and the
/// scikit-learn / SciPy values in `golden.json`.
enum GoldenFixtures {
    /// `fixtures/golden/metrics`, found from this file (package root = three folders up), since SwiftPM
    /// resources cannot reach the top-level `fixtures/`.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/golden/metrics")

    struct Golden: Decodable {
        let versions: [String: String]
        let fixtures: [Fixture]
    }

    struct Curve: Decodable {
        let fpr: [Double]?
        let tpr: [Double]?
        let precision: [Double]?
        let recall: [Double]?
        let thresholds: [Double]
    }

    struct Calibration: Decodable {
        let bins: Int
        let probTrue: [Double]
        let probPred: [Double]
    }

    struct ThresholdCase: Decodable {
        let threshold: Double
        let tp: Int
        let fp: Int
        let fn: Int
        let tn: Int
        let precision: Double?
        let recall: Double?
        let f1: Double?
        let lift: Double?
    }

    struct RuleReference: Decodable {
        struct Capture: Decodable {
            let fraction: Double
            let capture: Double
        }
        let groups: Int
        let conversions: [Double]
        let lift: [Double]
        let cumulativeGains: [Double]
        let capture: [Capture]
    }

    struct Fixture: Decodable {
        let name: String
        let file: String
        let rows: Int
        let positives: Int
        let distinctScores: Int
        let isProbability: Bool
        let rocAuc: Double
        let rocCurve: Curve
        let averagePrecision: Double
        let prCurve: Curve
        let prCurveDropIntermediate: Curve
        let ksStatistic: Double
        let thresholds: [ThresholdCase]
        let ruleReference: RuleReference
        let brier: Double?
        let logLoss: Double?
        let calibrationCurves: [Calibration]?
    }

    /// The decoded `golden.json` (infinities are written as the strings "Infinity" / "-Infinity").
    static func golden() throws -> Golden {
        let data = try Data(contentsOf: folder.appendingPathComponent("golden.json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try decoder.decode(Golden.self, from: data)
    }

    /// The fixture names, for parameterised tests.
    static var names: [String] { (try? golden().fixtures.map(\.name)) ?? [] }

    /// One fixture's golden values.
    static func fixture(_ name: String) throws -> Fixture {
        guard let fixture = try golden().fixtures.first(where: { $0.name == name }) else {
            throw FixtureError.missing(name)
        }
        return fixture
    }

    /// A fixture's scores and labels, read with leadbench's own CSV reader.
    static func data(_ fixture: Fixture) throws -> (scores: [Double], labels: [Bool]) {
        var reader = try CSVReader.open(path: folder.appendingPathComponent(fixture.file).path)
        guard reader.header == ["score", "label"] else { throw FixtureError.badHeader(reader.header) }
        var scores: [Double] = []
        var labels: [Bool] = []
        while try reader.nextRecord() {
            let text = reader.string(at: 0)
            guard let score = NumberParser.parse(text) else { throw FixtureError.badNumber(text) }
            scores.append(score)
            labels.append(reader.string(at: 1) == "1")
        }
        return (scores, labels)
    }

    enum FixtureError: Error {
        case missing(String)
        case badHeader([String])
        case badNumber(String)
    }
}
