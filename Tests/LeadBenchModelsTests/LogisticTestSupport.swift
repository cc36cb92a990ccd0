import Foundation
import LeadBenchData
import LeadBenchModels

/// The golden fixture written by Scripts/golden/logistic_golden.py: training and test features read with
/// leadbench's CSV reader, and scikit-learn's fits decoded from golden.json.
struct LogisticGoldenFixture: Sendable {
    struct Golden: Decodable, Sendable {
        let versions: [String: String]
        let features: [String]
        let cases: [Case]
    }

    struct Case: Decodable, Sendable {
        let name: String
        let C: Double?
        let l2: Double
        let positive_weight: Double?
        let intercept: Double
        let coefficients: [Double]
        let test_probabilities: [Double]
    }

    struct Table: Sendable {
        let features: FeatureMatrix
        let labels: [Bool]
    }

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
    }

    let train: Table
    let test: Table
    let golden: Golden

    /// fixtures/golden/logistic, found from this file: Tests/LeadBenchModelsTests/X.swift is three levels
    /// below the package root, in this package and in the main repository alike.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/golden/logistic")

    /// Loaded once for all tests; a failure is rethrown by every test that uses it.
    static let shared: Result<LogisticGoldenFixture, any Error> = Result { try LogisticGoldenFixture() }

    init() throws {
        train = try Self.readTable("train.csv")
        test = try Self.readTable("test.csv")
        let json = try Data(contentsOf: Self.directory.appendingPathComponent("golden.json"))
        golden = try JSONDecoder().decode(Golden.self, from: json)
    }

    func goldenCase(_ name: String) throws -> Case {
        guard let found = golden.cases.first(where: { $0.name == name }) else {
            throw FixtureError(description: "golden.json has no case \"\(name)\"")
        }
        return found
    }

    /// Reads feature columns and a final 0/1 `label` column.
    static func readTable(_ name: String) throws -> Table {
        let path = directory.appendingPathComponent(name).path
        var reader = try CSVReader.open(path: path)
        let header = reader.header
        guard header.last == "label", header.count >= 2 else {
            throw FixtureError(description: "\(path): the last column must be \"label\"")
        }
        let featureCount = header.count - 1
        var matrix = FeatureMatrix(columnNames: Array(header.dropLast()))
        var labels: [Bool] = []
        var row = [Double](repeating: 0, count: featureCount)
        while try reader.nextRecord() {
            for column in 0..<featureCount {
                guard let value = NumberParser.parse(reader.field(at: column)) else {
                    throw FixtureError(description: "\(path):\(reader.recordLine): \"\(reader.string(at: column))\" is not a number")
                }
                row[column] = value
            }
            matrix.appendRow(row)
            switch reader.string(at: featureCount) {
            case "1": labels.append(true)
            case "0": labels.append(false)
            case let other: throw FixtureError(description: "\(path):\(reader.recordLine): label \"\(other)\" is not 0 or 1")
            }
        }
        return Table(features: matrix, labels: labels)
    }
}

/// ∇J at (b, w), computed directly from the definition for checking the learner's optimality:
/// ∂J/∂b = Σᵢ sᵢ(pᵢ − yᵢ), ∂J/∂wⱼ = Σᵢ sᵢ(pᵢ − yᵢ)xᵢⱼ + λwⱼ, pᵢ = 1/(1 + e^{−zᵢ}).
func objectiveGradient(
    _ x: FeatureMatrix, labels: [Bool], weights: [Double]? = nil, l2: Double, intercept: Double, coefficients: [Double]
) -> [Double] {
    var gradient = [0.0] + coefficients.map { l2 * $0 }
    for i in 0..<x.rowCount {
        var z = intercept
        for j in 0..<x.columnCount { z += coefficients[j] * x[i, j] }
        let residual = (weights?[i] ?? 1) * (1 / (1 + exp(-z)) - (labels[i] ? 1 : 0))
        gradient[0] += residual
        for j in 0..<x.columnCount { gradient[j + 1] += residual * x[i, j] }
    }
    return gradient
}

/// The objective gradient at a fitted model's parameters.
func objectiveGradient(_ model: LogisticRegression, _ x: FeatureMatrix, labels: [Bool], weights: [Double]? = nil) -> [Double] {
    objectiveGradient(x, labels: labels, weights: weights, l2: model.l2, intercept: model.intercept, coefficients: model.coefficients)
}

/// max over i of |vᵢ|.
func maxAbs(_ v: [Double]) -> Double { v.map(abs).max() ?? 0 }

func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "Vectors of different lengths.")
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

/// A seeded synthetic problem: standard-uniform-ish features and labels drawn from a logistic model
/// with the given weights, so neither class is empty and the data are not separable.
func syntheticProblem(rows: Int, columns: Int, seed: UInt64) -> (x: FeatureMatrix, labels: [Bool]) {
    var rng = SplitMix64(seed: seed)
    var x = FeatureMatrix(columnNames: (0..<columns).map { "f\($0)" })
    var labels: [Bool] = []
    for _ in 0..<rows {
        let row = (0..<columns).map { _ in 4 * rng.nextUnit() - 2 }
        var z = -0.5
        for (j, value) in row.enumerated() { z += (j.isMultiple(of: 2) ? 0.8 : -0.5) * value / Double(j + 1) }
        labels.append(rng.nextUnit() < 1 / (1 + exp(-z)))
        x.appendRow(row)
    }
    return (x, labels)
}

/// One feature column.
func singleFeature(_ values: [Double], name: String = "x") -> FeatureMatrix {
    FeatureMatrix(columnNames: [name], values: values)
}
