import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchReplay
import LeadBenchTestSupport
import Testing

/// The leakage check on the real datasets: the experiments as shipped raise no warning; a copy that
/// lets a leaky column in is flagged.
@Suite struct LeakageCheckTests {
    private func dataset(_ experiment: String, replacing target: String, with replacement: String) throws -> Dataset {
        let path = Paths.experiment(experiment)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(target.isEmpty || text.contains(target))
        let changed = text.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
        return try ExperimentValidator(experiment: try ExperimentFile.parse(changed, path: path)).validateAndLoad()
    }

    @Test func xEducationTagsAreFlaggedAndHonestColumnsAreNot() throws {
        guard Paths.sharedDataset("xeducation-leads/Leads.csv") != nil else { return }
        let shipped = try dataset("xeducation.yaml", replacing: "", with: "")
        #expect(LeakageCheck.warnings(shipped, seed: 42).isEmpty)
        let leaky = try dataset(
            "xeducation.yaml",
            replacing: "    - Tags: set by the sales team during and after contact (\"Closed by Horizzon\", \"Lost to EINS\"); leaks the outcome\n",
            with: "")
        let warnings = LeakageCheck.warnings(leaky, seed: 42)
        let tags = try #require(warnings.first { $0.column == "Tags" })
        #expect((tags.auc ?? 0) >= 0.90)
    }

    @Test func olistClosedDealColumnsAreFlagged() throws {
        guard Paths.sharedDataset("olist-marketing-funnel/olist_closed_deals_dataset.csv") != nil else { return }
        let shipped = try dataset("olist.yaml", replacing: "", with: "")
        #expect(LeakageCheck.warnings(shipped, seed: 42).isEmpty)
        let leaky = try dataset(
            "olist.yaml", replacing: "    converted_at: won_date\n",
            with: "    converted_at: won_date\n    attributes: [business_segment, lead_type, has_company]\n")
        let flagged = LeakageCheck.warnings(leaky, seed: 42)
        #expect(flagged.map(\.column).sorted() == ["business_segment", "has_company", "lead_type"])
        #expect(flagged.allSatisfy { $0.filledOnlyForConverted })
    }
}
