import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// On X Education without its leaky columns, leadbench's logistic regression ranks the test leads as
/// scikit-learn's does on the same split and columns (fixtures/golden/peers/xeducation.json, made by
/// Scripts/peers/xeducation_sklearn.py from leadbench's audit trail).
@Suite struct XEducationPeerTests {
    private struct Golden: Decodable {
        let logistic_auc: Double
        let test_leads: Int
        let test_ids_fnv1a64: String
    }

    @Test func logisticAUCWithinOneHundredthOfScikitLearn() throws {
        guard Paths.sharedDataset("xeducation-leads") != nil else {
            print("skipped: ../shared/datasets/xeducation-leads is absent")
            return
        }
        let golden = try JSONDecoder().decode(
            Golden.self, from: try Data(contentsOf: URL(fileURLWithPath: Paths.fixture("golden/peers/xeducation.json"))))
        let experiment = try ExperimentFile.load(path: Paths.experiment("xeducation.yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        var spec = experiment.spec
        spec.models = spec.models.filter { $0.name == "logistic" }
        spec.baseline = nil
        let results = try ExperimentRun(spec: spec, data: data, resamples: 20).run().results
        let logistic = try #require(results.models.first)
        // The same split as the peer's: the same test leads.
        let ids = logistic.replayed.map { data.dataset.leads.id($0.lead) }.sorted()
        #expect(ids.count == golden.test_leads)
        #expect(Self.fnv1a64(ids.joined(separator: "\n")) == golden.test_ids_fnv1a64)
        let auc = try #require(logistic.auc?.estimate)
        #expect(abs(auc - golden.logistic_auc) <= 0.01, "leadbench \(auc), scikit-learn \(golden.logistic_auc)")
        // The leaky columns are out, and the run says so.
        #expect(results.data.excluded.map(\.column).contains("Tags"))
        #expect(results.leakage.isEmpty, "\(results.leakage.map(\.message))")
    }

    /// FNV-1a, 64 bits, as the peer script computes it.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
