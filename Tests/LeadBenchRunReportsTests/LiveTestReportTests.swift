import Foundation
import LeadBenchAB
import LeadBenchMetrics
import LeadBenchReports
@testable import LeadBenchRunReports
import LeadBenchTestSupport
import Testing

/// The report of a live A/B test (`leadbench ab analyze --out`): the XML validates and reads back every
/// figure of the analysis, look by look; the HTML shows the arms, the lift, the sample-ratio verdict and
/// the sequential boundary chart; both are deterministic and escape what the files contain.
@Suite struct LiveTestReportTests {
    static let namespaces = ["r": ReportSchema.namespace]

    /// A dated test: `days` days of `perDay` units, arms alternating by the allocation's weights as
    /// rows `i % 10 < 10·controlShare`, conversions from a fixed linear congruential sequence at `rates`.
    static func files(
        arms: [String] = ["control", "challenger"], controlShare: Int = 5, rates: [Double] = [0.10, 0.14], days: Int = 40,
        perDay: Int = 120, dated: Bool = true
    ) throws -> (dir: TemporaryDirectory, assignments: String, outcomes: String) {
        let dir = try TemporaryDirectory()
        var assignments = dated ? "unit,arm,assigned_at\n" : "unit,arm\n"
        var outcomes = dated ? "unit,converted,converted_at\n" : "unit,converted\n"
        var state: UInt64 = 12_345
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for day in 0..<days {
            let date = String(format: "2025-09-%02d", 1 + day % 30).replacingOccurrences(of: "2025-09", with: day < 30 ? "2025-09" : "2025-10")
            for i in 0..<perDay {
                let unit = day * perDay + i
                let arm = arms.count == 2 ? (i % 10 < controlShare ? 0 : 1) : i % arms.count
                let converted = uniform() < rates[arm]
                assignments += "u\(unit),\(arms[arm])" + (dated ? ",\(date)\n" : "\n")
                outcomes += "u\(unit),\(converted ? 1 : 0)" + (dated ? ",\(converted ? date : "")\n" : "\n")
            }
        }
        return (dir, dir.write("assign.csv", assignments), dir.write("outcomes.csv", outcomes))
    }

    static func test(_ files: (dir: TemporaryDirectory, assignments: String, outcomes: String), weights: [Arm], dated: Bool = true) throws -> LiveTest {
        var columns = ABObservations.Columns()
        if dated {
            columns.assignedAt = "assigned_at"
            columns.convertedAt = "converted_at"
        }
        let allocation = try ArmAllocation(weights)
        let observations = try ABObservations.load(assignments: files.assignments, outcomes: files.outcomes, allocation: allocation, columns: columns)
        return try LiveTest(observations: observations, allocation: allocation, alpha: 0.05)
    }

    static func report(_ test: LiveTest) -> LiveTestReport {
        LiveTestReport(test: test, assignments: "assign.csv", outcomes: "outcomes.csv", version: "9.9.9")
    }

    @Test func xmlReadsBackEveryFigureLookByLook() throws {
        let files = try Self.files()
        defer { files.dir.remove() }
        let test = try Self.test(files, weights: [Arm(name: "control", weight: 0.5), Arm(name: "challenger", weight: 0.5)])
        let bytes = try Self.report(test).xml()
        let xml = try ParsedMarkup(xml: bytes, namespaces: Self.namespaces)
        #expect(try xml.xpathString("/r:liveTest/@alpha") == "0.05")
        #expect(try xml.xpathStrings("/r:liveTest/r:arm/@name") == ["control", "challenger"])
        // 40 days × 120 units, split 60 / 60 each day.
        #expect(try xml.xpathStrings("/r:liveTest/r:arm/@units") == ["2400", "2400"])
        for arm in test.analysis.arms {
            let base = "/r:liveTest/r:arm[@name='\(arm.name)']"
            #expect(try xml.xpathString("\(base)/@conversions") == String(arm.conversions))
            #expect(try Double(xml.xpathString("\(base)/r:rate/r:lower")) == arm.rate.lower)
            #expect(try Double(xml.xpathString("\(base)/@probabilityBest")) == arm.probabilityBest)
        }
        let lift = try #require(test.analysis.comparisons.first)
        #expect(try Double(xml.xpathString("/r:liveTest/r:lift/r:absolute/r:estimate")) == lift.absoluteLift.estimate)
        #expect(try Double(xml.xpathString("/r:liveTest/r:lift/r:relative/r:upper")) == lift.relativeLift.upper)
        #expect(try Double(xml.xpathString("/r:liveTest/r:lift/r:pValue")) == lift.zTest.pValue)
        #expect(try xml.xpathStrings("/r:liveTest/r:sampleRatio/r:arm/@expected") == ["2400", "2400"])
        #expect(try xml.xpathString("/r:liveTest/r:sampleRatio/r:mismatch") == "false")
        let detectable = try #require(test.detectable)
        #expect(try Double(xml.xpathString("/r:liveTest/r:detectableEffect/r:rate")) == detectable.rate)

        let sequential = try #require(test.sequential)
        #expect(sequential.looks.count == 40)
        #expect(try xml.xpathCount("/r:liveTest/r:sequential/r:look") == 40)
        #expect(try xml.xpathString("/r:liveTest/r:sequential/r:look[1]/@day") == "2025-09-01")
        #expect(try xml.xpathString("/r:liveTest/r:sequential/r:look[40]/@day") == "2025-10-10")
        let zs = try xml.xpathStrings("/r:liveTest/r:sequential/r:look/@z").map { Double($0) }
        let boundaries = try xml.xpathStrings("/r:liveTest/r:sequential/r:look/@boundary").map { Double($0) }
        #expect(zs == sequential.looks.map(\.z))
        #expect(boundaries == sequential.boundaries)
        // Cumulative totals: the last look holds every unit.
        #expect(try xml.xpathString("/r:liveTest/r:sequential/r:look[40]/@controlUnits") == "2400")
        if let first = sequential.firstRejection {
            #expect(try xml.xpathString("/r:liveTest/r:sequential/r:firstRejection") == test.lookDays[first])
        } else {
            #expect(try xml.xpathCount("/r:liveTest/r:sequential/r:firstRejection") == 0)
        }
        #expect(try xml.xpathCount("/r:liveTest/r:sequentialNote") == 0)
        #expect(try Self.report(test).xml() == bytes)
    }

    @Test func htmlShowsTheArmsTheLiftAndTheBoundaryChart() throws {
        let files = try Self.files()
        defer { files.dir.remove() }
        let test = try Self.test(files, weights: [Arm(name: "control", weight: 0.5), Arm(name: "challenger", weight: 0.5)])
        let bytes = try Self.report(test).html()
        let html = try ParsedMarkup(html: bytes)
        #expect(try html.xpathCount("//table[@id='live-arms']/tbody/tr") == 2)
        #expect(try html.xpathStrings("//table[@id='live-arms']/tbody/tr/th") == ["control", "challenger"])
        #expect(try html.xpathStrings("//table[@id='live-arms']/tbody/tr[1]/td[2]") == ["2,400"])
        let challenger = try #require(test.analysis.arm("challenger"))
        #expect(try html.xpathString("//table[@id='live-arms']/tbody/tr[2]/td[5]") == ReportNumber.percent(challenger.rate.estimate, 2))
        #expect(try html.xpathString("//table[@id='live-lift']/tbody/tr/td[3]") == ReportNumber.fixed(test.analysis.comparisons[0].zTest.z, 3))
        #expect(try html.xpathString("//p[@class='srm']").hasPrefix("The split is as designed: the units per arm (2,400 / 2,400) match the weights (expected 2,400 / 2,400"))
        let significant = test.analysis.comparisons[0].zTest.pValue < 0.05
        #expect(try html.xpathString("//p[contains(@class, 'verdict')]/@data-significant") == (significant ? "true" : "false"))
        // The boundary chart: the z path and the shaded boundary, inside the sequential section.
        #expect(try html.xpathCount("count(//section[@id='sequential']//figure[@id='boundary']/svg)") == 1)
        #expect(try html.xpathString("//figure[@id='boundary']/svg/title") == "Sequential boundary")
        #expect(try html.xpathCount("count(//figure[@id='cumulative']/svg)") == 1)
        #expect(try html.xpathCount("//script") == 0)
        #expect(try Self.report(test).html() == bytes)
    }

    @Test func aMismatchedSplitIsTheFirstThingSaid() throws {
        // 70 % of the units in the control of a 50 / 50 test: χ² = 2·(0.2·n)²/(0.5·n) = 0.16·n, p ≈ 0.
        let files = try Self.files(controlShare: 7, days: 10)
        defer { files.dir.remove() }
        let test = try Self.test(files, weights: [Arm(name: "control", weight: 0.5), Arm(name: "challenger", weight: 0.5)])
        #expect(test.analysis.sampleRatio.isMismatch)
        let html = try ParsedMarkup(html: try Self.report(test).html())
        #expect(try html.xpathString("//section[@id='summary']/p[1]/@class") == "srm mismatch")
        #expect(try html.xpathString("//section[@id='summary']/p[1]").contains("do not read the results below"))
        let xml = try ParsedMarkup(xml: try Self.report(test).xml(), namespaces: Self.namespaces)
        #expect(try xml.xpathString("/r:liveTest/r:sampleRatio/r:mismatch") == "true")
        #expect(try xml.xpathStrings("/r:liveTest/r:sampleRatio/r:arm/@units") == ["840", "360"])
    }

    @Test func withoutDatesOrWithThreeArmsThereIsNoSequentialTestAndTheReportSaysWhy() throws {
        let undated = try Self.files(days: 5, dated: false)
        defer { undated.dir.remove() }
        let test = try Self.test(undated, weights: [Arm(name: "control", weight: 0.5), Arm(name: "challenger", weight: 0.5)], dated: false)
        #expect(test.sequential == nil)
        let html = try ParsedMarkup(html: try Self.report(test).html())
        #expect(try html.xpathString("//section[@id='sequential']/p[@class='unavailable']").contains("--assigned-at-column"))
        #expect(try html.xpathCount("//figure[@id='boundary']") == 0)
        let xml = try ParsedMarkup(xml: try Self.report(test).xml(), namespaces: Self.namespaces)
        #expect(try xml.xpathCount("/r:liveTest/r:sequential") == 0)
        #expect(try xml.xpathString("/r:liveTest/r:sequentialNote").contains("dates"))

        let three = try Self.files(arms: ["a", "b", "c"], rates: [0.1, 0.1, 0.1], days: 20)
        defer { three.dir.remove() }
        let threeArms = try Self.test(three, weights: [Arm(name: "a", weight: 0.4), Arm(name: "b", weight: 0.3), Arm(name: "c", weight: 0.3)])
        #expect(threeArms.sequential == nil)
        #expect(threeArms.sequentialNote == "The sequential test compares two arms; this test has 3.")
        let threeXML = try ParsedMarkup(xml: try Self.report(threeArms).xml(), namespaces: Self.namespaces)
        #expect(try threeXML.xpathCount("/r:liveTest/r:lift") == 2)
        // 800 units per arm against weights 0.4 / 0.3 / 0.3 (960 / 720 / 720): χ² = 44.4 on 2 degrees of freedom.
        #expect(try threeXML.xpathString("/r:liveTest/r:sampleRatio/r:mismatch") == "true")
    }

    @Test func armNamesAndFileNamesAreEscaped() throws {
        let hostile = "<b>&\"x\""
        let files = try Self.files(arms: ["control", hostile], days: 5)
        defer { files.dir.remove() }
        let test = try Self.test(files, weights: [Arm(name: "control", weight: 0.5), Arm(name: hostile, weight: 0.5)])
        let report = LiveTestReport(test: test, assignments: "a<script>.csv", outcomes: "o&.csv", version: "9.9.9")
        let html = try ParsedMarkup(html: try report.html())
        #expect(try html.xpathCount("//b") == 0 && html.xpathCount("//script") == 0)
        #expect(try html.xpathStrings("//table[@id='live-arms']/tbody/tr/th") == ["control", hostile])
        let xml = try ParsedMarkup(xml: try report.xml(), namespaces: Self.namespaces)
        #expect(try xml.xpathString("/r:liveTest/r:arm[2]/@name") == hostile)
        #expect(try xml.xpathString("/r:liveTest/r:assignments") == "a<script>.csv")
    }
}
