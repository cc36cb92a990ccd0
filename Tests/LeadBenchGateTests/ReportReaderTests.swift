import Foundation
import LeadBenchExperiment
@testable import LeadBenchGate
import LeadBenchTestSupport
import Testing

/// Reading a leadbench XML report: the figures as the run wrote them, and a clear refusal of anything
/// that is not a report.
@Suite struct ReportReaderTests {
    let baselinePath = Paths.repository.appendingPathComponent("fixtures/golden/gate/quickstart-report.xml").path

    @Test func readsEveryHeadlineFigureExactly() throws {
        let report = try ReportReader.read(path: baselinePath, role: .baseline)
        #expect(report.experiment == "quickstart")
        #expect(report.testLeads == 1115)
        #expect(report.models.map(\.name) == ["points", "engagement", "logistic", "boosted", "hybrid"])
        let points = try #require(report.model("points"))
        #expect(points.kind == "static")
        #expect(points[.auc] == ReportFigure(estimate: 0.6625658063687725, lower: 0.5920766192733017, upper: 0.7334914147301348, confidence: 0.95))
        #expect(points[.precision]?.estimate == 0.16842105263157894)
        #expect(points[.lift]?.estimate == 3.182872435325602)
        #expect(points[.ks] == ReportFigure(estimate: 0.26548857216230093))
        #expect(points[.qualifiedPerWeek] == ReportFigure(estimate: 21.297874438324904))
        #expect(points[.medianSalesCycleDays]?.estimate == 14.745659722222221)
        #expect(points[.medianSalesCycleDays]?.interval == 8.647175925925925...21.99263310185185)
        // A figure the run could not compute is absent, never 0.
        #expect(points[.brier] == nil && points[.logLoss] == nil)
        let logistic = try #require(report.model("logistic"))
        #expect(logistic[.brier] == ReportFigure(estimate: 0.05585571195471489))
        #expect(logistic[.logLoss] == ReportFigure(estimate: 0.22145319360947174))
        #expect(report.model("hybrid")?[.precision] == nil)
    }

    @Test func aMissingFileIsUnreadable() throws {
        let error = try #require(#expect(throws: GateError.self) { try ReportReader.read(path: "/nonexistent/report.xml", role: .baseline) })
        #expect(error.kind == .unreadableFile)
        #expect(error.message == "the baseline report does not exist")
        #expect(error.hint?.contains("leadbench run EXPERIMENT --out DIR") == true)
    }

    @Test func aFolderIsNotAReport() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let error = try #require(#expect(throws: GateError.self) { try ReportReader.read(path: dir.path, role: .current) })
        #expect(error.kind == .unreadableFile)
        #expect(error.hint == "give the report.xml inside it: \(dir.path)/report.xml")
    }

    @Test(arguments: [
        ("not xml at all", "is not well-formed XML"),
        ("<?xml version=\"1.0\"?>\n<testsuites/>\n", "its root is <testsuites> without a namespace"),
        ("<report xmlns=\"urn:other\"/>", "its root is <report> in the namespace urn:other"),
    ])
    func somethingElseIsNotAReport(text: String, message: String) throws {
        let error = try #require(#expect(throws: GateError.self) {
            try ReportReader.read(bytes: Array(text.utf8), path: "x.xml", role: .current)
        })
        #expect(error.kind == .notAReport)
        #expect(error.message.contains(message))
        #expect(error.description.hasPrefix("x.xml: "))
    }

    @Test func aReportThatBreaksTheSchemaIsRefusedWithTheViolations() throws {
        var report = try ReportText.quickstart
        report.text = report.text.replacingOccurrences(of: "<testLeads>1115</testLeads>", with: "<testLeads>many</testLeads>")
        let error = try #require(#expect(throws: GateError.self) {
            try ReportReader.read(bytes: Array(report.text.utf8), path: "edited.xml", role: .baseline)
        })
        #expect(error.kind == .notAReport)
        #expect(error.message.contains("not valid against the leadbench report schema"))
        #expect(error.details.contains { $0.contains("testLeads") && $0.hasPrefix("line ") })
    }

    @Test func aReportOfANewerSchemaIsRefused() throws {
        var report = try ReportText.quickstart
        report.text = report.text.replacingOccurrences(of: "https://leadbench.dev/report/1", with: "https://leadbench.dev/report/2")
        let error = try #require(#expect(throws: GateError.self) {
            try ReportReader.read(bytes: Array(report.text.utf8), path: "future.xml", role: .baseline)
        })
        #expect(error.kind == .newerReport)
        #expect(error.message == "the baseline report was written by a newer leadbench (report schema 2; this leadbench reads 1)")
    }

    @Test func xmlSchemaNumbersReadBack() {
        #expect(ReportReader.xsdDouble("INF") == .infinity)
        #expect(ReportReader.xsdDouble("-INF") == -.infinity)
        #expect(ReportReader.xsdDouble("NaN")?.isNaN == true)
        #expect(ReportReader.xsdDouble("1e-07") == 1e-07)
        #expect(ReportReader.xsdDouble("x") == nil)
    }
}
