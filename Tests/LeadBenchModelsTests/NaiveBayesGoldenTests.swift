import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport
import Testing

/// scikit-learn's golden values (Scripts/golden/naive_bayes_golden.py, fixtures/golden/naive_bayes):
/// `CategoricalNB(alpha)` on 600 training leads, its probability of conversion for 200 held-out leads.
private struct Golden: Decodable {
    struct Case: Decodable {
        let alpha: Double
        let probabilities: [Double]
    }

    let versions: [String: String]
    let trainRows: Int
    let fields: [String]
    let cases: [Case]

    enum CodingKeys: String, CodingKey {
        case versions, trainRows = "train_rows", fields, cases
    }
}

@Suite struct NaiveBayesGoldenTests {
    @Test func matchesScikitLearnCategoricalNB() throws {
        let golden = try JSONDecoder().decode(Golden.self, from: Data(contentsOf: URL(fileURLWithPath: Paths.fixture("golden/naive_bayes/golden.json"))))
        #expect(golden.versions["scikit-learn"] == "1.9.1")
        let leads = try String(contentsOfFile: Paths.fixture("golden/naive_bayes/leads.csv"), encoding: .utf8)
        let fields = golden.fields.joined(separator: ", ")
        let models = golden.cases.enumerated().map { "  - { name: nb\($0.offset), kind: naive_bayes, fields: [\(fields)], smoothing: \($0.element.alpha) }" }
        let world = try ModelWorld(leads: leads, activities: "id,at,type\n", models: models.joined(separator: "\n"))
        defer { world.remove() }
        let table = world.data.dataset.leads
        let moment = at("2025-01-02T00:00:00Z")
        let train = 0..<golden.trainRows
        let training = TrainingSet(views: train.map { world.data.view($0, asOf: moment) }, labels: train.map { table.outcome[$0] == .converted })
        for (index, goldenCase) in golden.cases.enumerated() {
            let model = try NaiveBayesModel(try #require(world.spec("nb\(index)")), training: training, data: world.data)
            let test = golden.trainRows..<table.count
            #expect(test.count == goldenCase.probabilities.count)
            var largest = 0.0
            for (lead, expected) in zip(test, goldenCase.probabilities) {
                largest = max(largest, abs(model.score(world.data.view(lead, asOf: moment)) - expected))
            }
            #expect(largest < 1e-12, "alpha \(goldenCase.alpha): largest difference \(largest)")
        }
    }
}
