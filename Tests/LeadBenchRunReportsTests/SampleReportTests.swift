import Foundation
import LeadBenchAB
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchReplay
import LeadBenchRunReports
import LeadBenchTestSupport
import Testing

/// The sample reports under reports/samples/ are what leadbench writes today: each experiment is run
/// again (with its own resamples and seed, as `leadbench run` does) and its reports compared byte for
/// byte. Regenerate them with Scripts/make-sample-reports.sh after a change that moves a figure.
@Suite struct SampleReportTests {
    @Test(arguments: ["quickstart", "xeducation", "crm-pipeline", "olist"])
    func sampleReportIsCurrent(experiment name: String) throws {
        let folder = Paths.repository.appendingPathComponent("reports/samples/\(name)")
        guard name == "quickstart" || Paths.sharedDataset("") != nil else {
            print("skipped: ../shared/datasets is absent, so the \(name) sample cannot be regenerated")
            return
        }
        let experiment = try ExperimentFile.load(path: Paths.experiment("\(name).yaml"))
        let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
        let results = try ExperimentRun(spec: experiment.spec, data: data).run().results
        let html = try Data(contentsOf: folder.appendingPathComponent("report.html"))
        let xml = try Data(contentsOf: folder.appendingPathComponent("report.xml"))
        #expect(Array(html) == (try HTMLReport.bytes(results)), "reports/samples/\(name)/report.html is stale: run Scripts/make-sample-reports.sh")
        #expect(Array(xml) == (try XMLReport.bytes(results)), "reports/samples/\(name)/report.xml is stale: run Scripts/make-sample-reports.sh")
    }

    /// The live A/B test's sample, from fixtures/ab-live, analysed as the script does from the repository.
    @Test func liveTestSampleIsCurrent() throws {
        let assignments = "fixtures/ab-live/assignments.csv", outcomes = "fixtures/ab-live/outcomes.csv"
        let allocation = try ArmAllocation([Arm(name: "control", weight: 0.5), Arm(name: "challenger", weight: 0.5)])
        var columns = ABObservations.Columns()
        columns.assignedAt = "assigned_at"
        columns.convertedAt = "converted_at"
        let observations = try ABObservations.load(
            assignments: Paths.repository.appendingPathComponent(assignments).path, outcomes: Paths.repository.appendingPathComponent(outcomes).path,
            allocation: allocation, columns: columns)
        let test = try LiveTest(observations: observations, allocation: allocation, alpha: 0.05)
        let report = LiveTestReport(test: test, assignments: assignments, outcomes: outcomes, version: RunResults.leadbenchVersion)
        let folder = Paths.repository.appendingPathComponent("reports/samples/ab-live")
        let html = try Data(contentsOf: folder.appendingPathComponent("ab-report.html"))
        let xml = try Data(contentsOf: folder.appendingPathComponent("ab-report.xml"))
        #expect(Array(html) == (try report.html()), "reports/samples/ab-live/ab-report.html is stale: run Scripts/make-sample-reports.sh")
        #expect(Array(xml) == (try report.xml()), "reports/samples/ab-live/ab-report.xml is stale: run Scripts/make-sample-reports.sh")
    }
}
