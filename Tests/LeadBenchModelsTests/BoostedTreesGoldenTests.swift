import Foundation
import LeadBenchData
import LeadBenchModels
import Testing

/// Boosted trees against LightGBM on the same data and parameters. `Scripts/golden/trees_golden.py`
/// wrote the fixture files and LightGBM's results; these tests need no Python.
///
/// On the main files the trees are not identical: bin boundaries on continuous features differ, and
/// LightGBM takes two shortcuts leadbench does not (it checks `min_data_in_leaf` against counts
/// estimated from hessians, and stops considering a feature in all descendants of a leaf where that
/// feature had no positive-gain split). So those tests hold the models to the same quality: test AUC
/// within 0.01 and test log loss within 0.02 of LightGBM's. Where the bins coincide and the shortcuts
/// do not come into play — one tree on the "coarse" files — the tree must be LightGBM's, to the
/// precision of LightGBM's 32-bit gradients.
@Suite("Boosted trees match LightGBM")
struct BoostedTreesGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/golden/trees")

    struct Golden: Decodable {
        struct Case: Decodable {
            let name: String
            let parameters: BoostingParameters
            let test_auc: Double
            let test_log_loss: Double
            let first_test_probabilities: [Double]
        }
        struct ExactCase: Decodable {
            let name: String
            let train_file: String
            let test_file: String
            let parameters: BoostingParameters
            let leaves: Int
            let test_raw_scores: [Double]
        }
        let versions: [String: String]
        let cases: [Case]
        let exact_cases: [ExactCase]
    }

    static func golden() throws -> Golden {
        let data = try Data(contentsOf: folder.appendingPathComponent("golden.json"))
        return try JSONDecoder().decode(Golden.self, from: data)
    }

    static var caseNames: [String] { (try? golden().cases.map(\.name)) ?? [] }

    @Test("test AUC and log loss within tolerance of LightGBM's", arguments: caseNames)
    func matchesLightGBM(caseName: String) throws {
        let golden = try Self.golden()
        let goldenCase = try #require(golden.cases.first { $0.name == caseName })
        let train = try GoldenTable.read(Self.folder.appendingPathComponent("train.csv").path)
        let test = try GoldenTable.read(Self.folder.appendingPathComponent("test.csv").path)

        let model = try GradientBoostedTrees.fit(train.x, labels: train.labels, parameters: goldenCase.parameters)
        let p = model.probabilities(test.x)
        let auc = areaUnderROC(scores: p, labels: test.labels)
        let loss = meanLogLoss(probabilities: p, labels: test.labels)
        let firstDifferences = zip(p.prefix(20), goldenCase.first_test_probabilities).map { abs($0 - $1) }
        let maxFirst = firstDifferences.max() ?? 0

        print("""
            golden \(caseName) (LightGBM \(golden.versions["lightgbm"] ?? "?")): \
            trees \(model.trees.count); \
            AUC ours \(fmt(auc)) vs \(fmt(goldenCase.test_auc)) (Δ \(fmt(auc - goldenCase.test_auc))); \
            log loss ours \(fmt(loss)) vs \(fmt(goldenCase.test_log_loss)) (Δ \(fmt(loss - goldenCase.test_log_loss))); \
            first 20 probabilities max |Δ| \(fmt(maxFirst))
            """)
        #expect(abs(auc - goldenCase.test_auc) <= 0.01)
        #expect(abs(loss - goldenCase.test_log_loss) <= 0.02)
    }

    @Test("with the same bins, the first tree is LightGBM's")
    func exactFirstTree() throws {
        let golden = try Self.golden()
        #expect(!golden.exact_cases.isEmpty)
        for exact in golden.exact_cases {
            let train = try GoldenTable.read(Self.folder.appendingPathComponent(exact.train_file).path)
            let test = try GoldenTable.read(Self.folder.appendingPathComponent(exact.test_file).path)
            let model = try GradientBoostedTrees.fit(train.x, labels: train.labels, parameters: exact.parameters)
            #expect(model.trees.count == 1)
            #expect(model.trees.first?.leafCount == exact.leaves)
            let raw = model.rawScores(test.x)
            #expect(raw.count == exact.test_raw_scores.count)
            let maxDifference = zip(raw, exact.test_raw_scores).map { abs($0 - $1) }.max() ?? .infinity
            print("golden \(exact.name): \(raw.count) test raw scores, max |Δ| \(maxDifference)")
            #expect(maxDifference < 1e-6)
        }
    }

    @Test("the golden file holds the parameter sets")
    func goldenFilePresent() throws {
        let golden = try Self.golden()
        #expect(golden.cases.count >= 2)
        #expect(golden.versions["lightgbm"] != nil)
    }

    @Test("the AUC helper counts ties as one half")
    func aucHelper() {
        #expect(areaUnderROC(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true]) == 0.75)
        #expect(areaUnderROC(scores: [0.5, 0.5], labels: [false, true]) == 0.5)
        #expect(areaUnderROC(scores: [0.2, 0.9, 0.9, 0.1], labels: [false, true, false, true]) == 0.375)
    }
}

/// A golden CSV file: the feature columns (empty field = NaN) and the `label` column (0/1).
private struct GoldenTable {
    let x: FeatureMatrix
    let labels: [Bool]

    static func read(_ path: String) throws -> GoldenTable {
        var reader = try CSVReader.open(path: path)
        let header = reader.header
        let labelColumn = try #require(header.firstIndex(of: "label"))
        let featureColumns = header.indices.filter { $0 != labelColumn }
        var x = FeatureMatrix(columnNames: featureColumns.map { header[$0] })
        var labels: [Bool] = []
        var row: [Double] = []
        while try reader.nextRecord() {
            row.removeAll(keepingCapacity: true)
            for column in featureColumns {
                let text = reader.string(at: column)
                row.append(text.isEmpty ? .nan : try #require(NumberParser.parse(text)))
            }
            x.appendRow(row)
            labels.append(reader.string(at: labelColumn) == "1")
        }
        return GoldenTable(x: x, labels: labels)
    }
}

/// The area under the ROC curve by Mann–Whitney: the fraction of (positive, negative) pairs the scores
/// order correctly, a tie counting one half. Scores are ranked (ties get their average rank) and
/// AUC = (Σ positive ranks − P(P+1)/2) / (P·N).
func areaUnderROC(scores: [Double], labels: [Bool]) -> Double {
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var ranks = [Double](repeating: 0, count: scores.count)
    var start = 0
    while start < order.count {
        var end = start
        while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
        let averageRank = Double(start + end) / 2 + 1
        for k in start...end { ranks[order[k]] = averageRank }
        start = end + 1
    }
    let positives = Double(labels.filter { $0 }.count)
    let negatives = Double(labels.count) - positives
    let positiveRankSum = zip(ranks, labels).reduce(0.0) { $0 + ($1.1 ? $1.0 : 0) }
    return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives)
}

/// The mean log loss, probabilities clipped to [1e-15, 1 − 1e-15].
private func meanLogLoss(probabilities: [Double], labels: [Bool]) -> Double {
    let total = zip(probabilities, labels).reduce(0.0) { sum, pair in
        let p = min(max(pair.0, 1e-15), 1 - 1e-15)
        return sum - (pair.1 ? log(p) : log(1 - p))
    }
    return total / Double(labels.count)
}

private func fmt(_ value: Double) -> String { String(format: "%.5f", value) }
