import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchTestSupport
import Testing

/// The experiments for the real datasets in ../shared/datasets validate and load with each export's
/// quirks handled by the mapping alone. Each test skips, with a message, where the shared folder is absent.
@Suite struct RealDatasetTests {
    private func load(_ experiment: String, needs file: String) throws -> Dataset? {
        guard Paths.sharedDataset(file) != nil else { return nil }
        let experimentFile = try ExperimentFile.load(path: Paths.experiment(experiment))
        return try ExperimentValidator(experiment: experimentFile).validateAndLoad()
    }

    @Test func xEducationSelectPlaceholderAndQuotedCommas() throws {
        guard let data = try load("xeducation.yaml", needs: "xeducation-leads/Leads.csv") else { return }
        let leads = data.leads
        #expect(leads.count == 9_240)
        #expect(leads.outcome.filter { $0 == .converted }.count == 3_561)
        #expect(!data.hasTimes)
        // Specialization: 1,942 "Select" and 1,438 blank cells are missing (README counts).
        let specialization = try #require(leads.attribute(named: "Specialization"))
        #expect(specialization.filledCount == 9_240 - 1_942 - 1_438)
        guard case .categorical(_, let categories) = specialization.values else { Issue.record("categorical"); return }
        #expect(categories.contains("Banking, Investment And Insurance"))
        #expect(!categories.contains("Select"))
        // City: 2,249 Select and 1,420 blank.
        #expect(leads.attribute(named: "City")?.filledCount == 9_240 - 2_249 - 1_420)
        // "google" is merged into "Google"; numbers with blanks read as numeric with missing values.
        guard case .categorical(_, let sources) = try #require(leads.attribute(named: "Lead Source")).values else { return }
        #expect(sources.contains("Google") && !sources.contains("google"))
        let visits = try #require(leads.attribute(named: "TotalVisits"))
        #expect(visits.isNumeric)
        #expect(visits.filledCount == 9_240 - 137)
        // Leaky and id columns are excluded; values with double spaces are kept exactly.
        #expect(leads.attribute(named: "Tags") == nil)
        #expect(leads.attribute(named: "Lead Number") == nil)
        #expect(data.excludedColumns.map(\.column) == ["Lead Number", "Tags", "Lead Quality", "Last Notable Activity", "Last Activity"])
    }

    @Test func crmPipelineStagesAccountsAndSpellings() throws {
        guard let data = try load("crm-pipeline.yaml", needs: "maven-crm-sales-opportunities/sales_pipeline.csv") else { return }
        let leads = data.leads
        #expect(leads.count == 8_800)
        #expect(leads.outcome.filter { $0 == .converted }.count == 4_238)
        #expect(leads.outcome.filter { $0 == .notConverted }.count == 2_473)
        #expect(leads.outcome.filter { $0 == .open }.count == 1_589 + 500)
        // Prospecting deals have no engage date and load as open leads without a creation time.
        #expect(leads.createdAt.filter { $0 == EpochSeconds.missing }.count == 500)
        // GTXPro is normalised to the products file's GTX Pro: 1,480 rows.
        let product = try #require(leads.attribute(named: "product"))
        #expect((0..<leads.count).filter { product.text(at: $0) == "GTX Pro" }.count == 1_480)
        #expect(!(0..<leads.count).contains { product.text(at: $0) == "GTXPro" })
        // 1,425 open deals have no account; the 85 accounts join with their sector.
        #expect(leads.accountIndex.filter { $0 < 0 }.count == 1_425)
        let accounts = try #require(data.accounts)
        #expect(accounts.count == 85)
        #expect(accounts.inAccountsFile.allSatisfy { $0 })
        let sector = try #require(accounts.attributes.first { $0.name == "sector" })
        #expect(!(0..<accounts.count).contains { sector.text(at: $0) == "technolgy" })
        // Won deals carry their close date; lost deals have none as a conversion time.
        #expect(leads.convertedAt.filter { $0 != EpochSeconds.missing }.count == 4_238)
    }

    @Test func olistOutcomesByJoinAndMixedTimeFormats() throws {
        guard let data = try load("olist.yaml", needs: "olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv") else { return }
        let leads = data.leads
        #expect(leads.count == 8_000)
        #expect(leads.outcome.filter { $0 == .converted }.count == 842)
        // Date-only creation times are midnight UTC; won dates keep their time of day.
        #expect(leads.createdAt.allSatisfy { $0 % 86_400 == 0 })
        #expect(leads.convertedAt.contains { $0 != EpochSeconds.missing && $0 % 86_400 != 0 })
        // origin: 60 blank plus the literal "unknown" are both missing.
        let origin = try #require(leads.attribute(named: "origin"))
        guard case .categorical(_, let categories) = origin.values else { return }
        #expect(!categories.contains("unknown"))
        #expect(origin.filledCount < 8_000 - 60)
        // The closed-deal columns are not joined (they exist only for won leads and leak the outcome).
        #expect(leads.attributes.map(\.name) == ["landing_page_id", "origin"])
        let summary = DatasetSummary(data, horizonDays: 180)
        #expect(summary.conversionsBeforeCreation == 1)
    }
}

/// Broken copies of the real-dataset experiments are rejected with the mistake's line, key and a
/// suggestion. The copies are parsed with the original's path, so their data paths still resolve.
@Suite struct BrokenRealExperimentTests {
    private func issues(_ experiment: String, needs file: String, replacing target: String, with replacement: String) throws -> [InputIssue]? {
        guard Paths.sharedDataset(file) != nil else { return nil }
        let path = Paths.experiment(experiment)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(target), "the experiment no longer contains \(target)")
        let broken = text.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
        do {
            let file = try ExperimentFile.parse(broken, path: path)
            _ = try ExperimentValidator(experiment: file).validateAndLoad()
            Issue.record("the broken copy of \(experiment) was accepted")
            return []
        } catch {
            return error.issues
        }
    }

    @Test func misspeltColumnInXEducation() throws {
        guard let issues = try issues("xeducation.yaml", needs: "xeducation-leads/Leads.csv", replacing: "lead_id: Prospect ID", with: "lead_id: Prospect Id") else { return }
        #expect(issues.first?.field == "data.columns.lead_id")
        #expect(issues.first?.hint == "did you mean \"Prospect ID\"?")
    }

    @Test func unlistedStageInTheCRMPipeline() throws {
        guard let issues = try issues("crm-pipeline.yaml", needs: "maven-crm-sales-opportunities/sales_pipeline.csv", replacing: "open: [Prospecting, Engaging]", with: "open: [Prospecting]") else { return }
        #expect(issues.first?.value == "Engaging")
        #expect(issues.first?.message == "this outcome value is not listed in `outcome_values`")
        #expect(issues.first?.file.hasSuffix("sales_pipeline.csv") == true)
    }

    @Test func typoedKeyInOlist() throws {
        guard let issues = try issues("olist.yaml", needs: "olist-marketing-funnel/olist_closed_deals_dataset.csv", replacing: "absent_from_outcomes:", with: "absent_from_outcome:") else { return }
        #expect(issues.first?.kind == .unknownKey)
        #expect(issues.first?.hint == "did you mean \"absent_from_outcomes\"?")
    }
}
