import Foundation
import LeadBenchHistory
import LeadBenchReports
import LeadBenchTestSupport
import Testing

/// A metric's trend as text, as a chart, and as a page.
@Suite struct HistoryTrendTests {
    static func points() throws -> [TrendPoint] {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try HistoryStore(path: dir.file("history.sqlite"))
        for n in 1...3 { try store.record(sampleRun(n)) }
        return try store.trend(metric: "auc")
    }

    @Test func theTrendTableShowsEachRunAndTheChange() throws {
        #expect(HistoryTable.trend(try Self.points().filter { $0.model == "logistic" }) == """
              run  kind  started               commit      model     estimate  interval           change
                1  run   2025-10-02T09:00:00Z  aaaaaaaaaa  logistic    0.6310  [0.5700, 0.7000]
                2  run   2025-10-03T09:00:00Z  aaaaaaaaaa  logistic    0.6320  [0.5700, 0.7000]  +0.0010
                3  run   2025-10-04T09:00:00Z  aaaaaaaaaa  logistic    0.6330  [0.5700, 0.7000]  +0.0010

            """)
    }

    @Test func theRunsTableListsTheRecords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try HistoryStore(path: dir.file("history.sqlite"))
        var run = sampleRun(1, kind: .gate)
        run.outcome = "failed"
        run.experimentGitCommit = nil
        try store.record(run)
        #expect(HistoryTable.runs(try store.runs()) == """
              run  kind  started               experiment  commit  data              models            outcome
                1  gate  2025-10-02T09:00:00Z  quickstart  —       0123456789abcdef  points, logistic  failed

            """)
    }

    @Test func theChartHasALineAndABandPerModel() throws {
        let chart = HistoryTrend.chart(try Self.points(), metric: "auc")
        #expect(chart.series.map(\.name) == ["logistic", "points"])
        #expect(chart.series[0].points == [ChartPoint(x: 1, y: 0.631), ChartPoint(x: 2, y: 0.632), ChartPoint(x: 3, y: 0.633)])
        #expect(chart.bands.map(\.name) == ["logistic interval", "points interval"])
        #expect(chart.series.map(\.paletteSlot) == [0, 1])
        #expect(chart.xAxis.title == "Run" && chart.yAxis.title == "auc")
    }

    @Test func thePageIsSelfContainedWithTheChart() throws {
        let bytes = try HistoryPage.bytes(try Self.points(), metric: "auc", experiment: "quickstart")
        let page = try ParsedMarkup(html: bytes)
        #expect(try page.xpathCount("//figure/svg") == 1)
        #expect(try page.xpathString("string(//figure/svg/title)") == "auc across runs")
        #expect(try page.xpathString("string(//title)") == "auc of quickstart across runs — leadbench history")
        #expect(try page.xpathCount("//tbody/tr") == 6)
        #expect(try page.xpathCount("//script | //link | //img") == 0)
        #expect(try HistoryPage.bytes(try Self.points(), metric: "auc", experiment: "quickstart") == bytes)
    }
}
