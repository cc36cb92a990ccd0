import Foundation
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
}
