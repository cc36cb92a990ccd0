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

/// On X Education's export (../shared/datasets/xeducation-leads; skipped where absent): naive Bayes
/// over one field is the smoothed conversion rate of the lead's value, tallied here from the data.
@Suite struct NaiveBayesRealDataTests {
    @Test func oneFieldModelIsTheSmoothedRateOfItsValue() throws {
        guard Paths.sharedDataset("xeducation-leads/Leads.csv") != nil else { return }
        let experiment = try ExperimentFile.load(path: Paths.experiment("champion-xeducation.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let leads = data.dataset.leads
        #expect(leads.count == 9_240)
        var spec = try #require(experiment.spec.models.first { $0.kind == .naiveBayes })
        spec.configuration = .naiveBayes(NaiveBayesConfig(fields: ["Lead Origin"]))
        let all = 0..<leads.count
        let labels = all.map { leads.outcome[$0] == .converted }
        let model = try NaiveBayesModel(spec, training: TrainingSet(views: all.map { data.view($0, asOf: 0) }, labels: labels), data: data)
        // Tally won and lost per origin straight from the column.
        let origin = try #require(leads.attribute(named: "Lead Origin"))
        guard case .categorical(let codes, let categories) = origin.values else { Issue.record("Lead Origin is text"); return }
        var won = [Double](repeating: 0, count: categories.count)
        var lost = won
        for lead in all where codes[lead] != AttributeColumn.missingCode {
            if labels[lead] { won[Int(codes[lead])] += 1 } else { lost[Int(codes[lead])] += 1 }
        }
        let seen = Double(zip(won, lost).filter { $0 + $1 > 0 }.count)
        let totalWon = won.reduce(0, +)
        let totalLost = lost.reduce(0, +)
        #expect(totalWon == 3_561)
        for lead in stride(from: 0, to: leads.count, by: 101) where codes[lead] != AttributeColumn.missingCode {
            let v = Int(codes[lead])
            let sWon = totalWon / Double(leads.count) * (won[v] + 1) / (totalWon + seen)
            let sLost = totalLost / Double(leads.count) * (lost[v] + 1) / (totalLost + seen)
            #expect(abs(model.score(data.view(lead, asOf: 0)) - sWon / (sWon + sLost)) < 1e-12, "lead \(lead)")
        }
    }
}
