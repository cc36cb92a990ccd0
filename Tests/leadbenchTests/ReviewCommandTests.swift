import Foundation
import LeadBenchReports
import LeadBenchTestSupport
import Testing

/// `leadbench review`: the quickstart's third quarter against its second, and malformed periods.
@Suite struct ReviewCommandTests {
    @Test func reviewsTheQuickstartQuarter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try runLeadBench([
            "review", Paths.experiment("quickstart.yaml"), "--period", "2025-Q3", "--resamples", "20", "--out", dir.file("review"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("review       2025-Q3 (2025-07-01 to 2025-09-30) against 2025-Q2 (2025-04-01 to 2025-06-30)"))
        #expect(result.stdout.contains("20 bootstrap resamples (stratified by outcome), 95% intervals; a change is significant when p < 0.05"))
        for heading in ["points (static)", "conversion by tier", "population stability index of 2025-Q3 against 2025-Q2", "Seniority"] {
            #expect(result.stdout.contains(heading), "\(heading)")
        }
        let precision = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  precision ") })
        #expect(precision.split(separator: "[").count == 4, "\(precision)")
        let json = try #require(FileManager.default.contents(atPath: dir.file("review/review.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((object["current"] as? [String: Any])?["label"] as? String == "2025-Q3")
        #expect((object["models"] as? [Any])?.count == 5)
        #expect(try dir.entries(of: "review") == ["review.html", "review.json"])
        // The HTML review: one section per model, its figures period over period.
        let page = try ParsedMarkup(html: Array(try #require(FileManager.default.contents(atPath: dir.file("review/review.html")))))
        #expect(try page.xpathCount("count(//section[@class='model-review'])") == 5)
        #expect(try page.xpathString("string(//table[@id='changes-points']/tbody/tr[@data-model='precision']/td[5])") != "")
        #expect(try page.xpathCount("count(//table[@id='attribute-drift']/tbody/tr)") >= 4)
    }

    @Test func malformedPeriodExitsWith2AndAHint() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try runLeadBench(["review", Paths.experiment("quickstart.yaml"), "--period", "2025-Q5", "--out", dir.file("review")])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("command line: key \"--period\": there is no quarter \"Q5\" (value \"2025-Q5\")"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: quarters run from Q1 to Q4, e.g. 2025-Q3"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("review")))

        let both = try runLeadBench(["review", Paths.experiment("quickstart.yaml"), "--period", "2025-Q3", "--from", "2025-07-01"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("give either --period or --from and --to, not both"))
    }

    /// The quickstart's data ends on 2025-12-31: every lead of December is right-censored.
    @Test func periodWithoutMeasurableLeadsExitsWith2() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try runLeadBench(["review", Paths.experiment("quickstart.yaml"), "--period", "2025-12", "--out", dir.file("review")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("none of the 369 leads created in the period 2025-12 can be measured: 369 were created less than 90 days"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: review an earlier period"))
    }
}
