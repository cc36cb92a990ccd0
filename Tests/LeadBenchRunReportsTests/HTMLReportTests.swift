import Foundation
import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports
import LeadBenchRunReports
import LeadBenchTestSupport
import Testing

/// The HTML report, parsed back with libxml2: every section, table and chart is there and carries the
/// run's figures; hostile text stays text; the page needs nothing from the network; same bytes twice.
@Suite struct HTMLReportTests {
    /// The quickstart run the XML tests also read (points, engagement, logistic; a hostile description).
    static func page() throws -> (RunResults, ParsedMarkup, [UInt8]) {
        let results = try XMLReportTests.quickstart.get()
        let bytes = try HTMLReport.bytes(results)
        return (results, try ParsedMarkup(html: bytes), bytes)
    }

    /// "estimate [lower, upper]" with three decimals, formatted independently of the report's code.
    static func interval(_ value: BootstrapInterval?) -> String {
        guard let value else { return "—" }
        return String(format: "%.3f [%.3f, %.3f]", value.estimate, value.lower, value.upper)
    }

    @Test func everySectionIsThere() throws {
        let (_, page, bytes) = try Self.page()
        for id in ["summary", "models", "comparison", "charts", "method"] {
            #expect(try page.xpathCount("count(//section[@id='\(id)'])") == 1, "\(id)")
        }
        #expect(String(decoding: bytes.prefix(15), as: UTF8.self) == "<!DOCTYPE html>")
        // Self-contained: no script, no stylesheet or image fetched from anywhere.
        #expect(try page.xpathCount("count(//script)") == 0)
        #expect(try page.xpathCount("count(//*[@src] | //link)") == 0)
    }

    @Test func tablesCarryTheFigures() throws {
        let (results, page, _) = try Self.page()
        #expect(try page.xpathCount("count(//table[@id='ranking']/tbody/tr)") == results.models.count)
        for model in results.models {
            let row = "//table[@id='ranking']/tbody/tr[@data-model='\(model.name)']"
            #expect(try page.xpathString("string(\(row)/td[2])") == Self.interval(model.auc), "\(model.name)")
            #expect(try page.xpathString("string(\(row)/td[3])") == Self.interval(model.averagePrecision))
            let threshold = "//table[@id='threshold']/tbody/tr[@data-model='\(model.name)']"
            #expect(try page.xpathNumber("number(translate(\(threshold)/td[2], ',', ''))") == Double(model.counts.qualified))
            #expect(try page.xpathString("string(\(threshold)/td[6])") == Self.interval(model.precision))
            let deciles = try page.xpathStrings("//table[@id='deciles']/tbody/tr[@data-model='\(model.name)']/td").prefix(10)
            #expect(deciles.map { Double($0) ?? -1 } == (model.ranking?.deciles ?? []).map { ($0.lift * 100).rounded() / 100 })
            let cycle = "//table[@id='sales-cycle']/tbody/tr[@data-model='\(model.name)']"
            #expect(try page.xpathNumber("number(\(cycle)/td[1])") == Double(model.salesCycle?.qualificationToConversion?.count ?? 0))
        }
        for comparison in results.comparisons {
            let row = "//table[@id='paired']/tbody/tr[@data-model='\(comparison.model)']"
            let difference = try #require(comparison.aucDifference)
            #expect(try page.xpathString("string(\(row)/td[1])") == String(format: "%+.3f [%+.3f, %+.3f]", difference.estimate, difference.lower, difference.upper))
        }
    }

    @Test func abSectionCarriesTheArmsAndTheTargetingNote() throws {
        let (results, page, _) = try Self.page()
        let ab = try #require(results.abReplay)
        #expect(try page.xpathString("string(//section[@id='ab']/p[@class='note'][1])") == ABReplay.targetingNote)
        for arm in ab.arms {
            let row = "//table[@id='ab-arms']/tbody/tr[@data-model='\(arm.name)']"
            #expect(try page.xpathString("string(\(row)/td[1])") == arm.model)
            #expect(try page.xpathNumber("number(translate(\(row)/td[5], ',', ''))") == Double(arm.qualified))
        }
        #expect(try page.xpathCount("count(//table[@id='ab-lift']/tbody/tr)") == ab.lifts.count)
        #expect(try page.xpathCount("count(//section[@id='ab']/p[contains(@class, 'srm')])") == 1)
        // The sequential replay: its verdict and the boundary chart with one z point per look.
        let sequential = try #require(ab.sequential)
        #expect(try page.xpathString("string(//section[@id='ab']/p[@class='sequential'])").contains("\(sequential.looks.count) daily looks"))
        #expect(try page.xpathString("string(//figure[@id='ab-boundary']/svg/title)") == "Sequential boundary")
    }

    @Test func summaryNamesTheBestRankingModel() throws {
        let (results, page, _) = try Self.page()
        let best = try #require(results.models.max { ($0.auc?.estimate ?? 0) < ($1.auc?.estimate ?? 0) })
        #expect(try page.xpathString("string(//p[@class='verdict']/@data-winner)") == best.name)
        #expect(try page.xpathString("string(//p[@class='verdict'])").contains(Self.interval(best.auc)))
        // The run's warnings are listed.
        let warnings = try page.xpathStrings("//section[@id='summary']//ul[@class='warnings']/li")
        for warning in results.warnings { #expect(warnings.contains(warning), "\(warning)") }
    }

    @Test func everyChartIsDrawn() throws {
        let (results, page, _) = try Self.page()
        var figures = ["gains", "lift", "roc", "precision-recall", "calibration", "sweep", "sales-cycle-chart"]
        figures += results.models.map { "scores-\($0.name)" }
        for id in figures {
            #expect(try page.xpathCount("count(//figure[@id='\(id)']/svg/title)") == 1, "\(id)")
            #expect(try page.xpathCount("count(//figure[@id='\(id)']/figcaption)") == 1, "\(id)")
        }
        // One ROC curve per model, named in the legend.
        let legend = try page.xpathStrings("//figure[@id='roc']//*[contains(@class, 'legend')]//text")
        for model in results.models { #expect(legend.contains(model.name), "\(legend)") }
    }

    @Test func hostileTextStaysText() throws {
        let (results, page, bytes) = try Self.page()
        #expect(results.experiment.description?.contains("<script>") == true)
        #expect(try page.xpathString("string(//p[@class='lede'])") == "<script>alert(1)</script> & \"quotes\" \u{FFFD} end")
        #expect(try page.xpathCount("count(//script)") == 0)
        #expect(!bytes.contains(0x01))
    }

    @Test func sameResultsSameBytes() throws {
        let results = try XMLReportTests.quickstart.get()
        #expect(try HTMLReport.bytes(results) == HTMLReport.bytes(results))
    }
}
