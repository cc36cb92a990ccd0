import LeadBenchReports
import Testing

@Suite("Chart edge cases")
struct ChartEdgeCaseTests {
    static let hostile = "<script>alert(1)</script> & \"quotes\""

    @Test("hostile text in titles, axis titles, series names and labels comes out escaped")
    func hostileText() throws {
        let line = LineChart(
            title: Self.hostile, x: ChartAxis(Self.hostile), y: ChartAxis("y"),
            series: [ChartSeries(Self.hostile, points: [(0, 0), (1, 1)]), ChartSeries("plain", points: [(0, 1), (1, 0)])],
            references: [.vertical(x: 0.5, label: Self.hostile)])
        let bar = BarChart(
            title: "bars", categories: [Self.hostile, "b"], categoryTitle: Self.hostile, value: ChartAxis(Self.hostile),
            series: [BarSeries(Self.hostile, values: [1, 2]), BarSeries("plain", values: [2, 1])])
        for chart in [RenderedChart.Erased(line), RenderedChart.Erased(bar)] {
            let rendered = try RenderedChart(chart)
            #expect(try rendered.count("count(//script)") == 0)
            #expect(!rendered.html.contains("<script>"))
            #expect(rendered.html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""))
            #expect(try rendered.strings("//g[@class='legend-entry']/text").first == Self.hostile)
            #expect(try rendered.strings("//g[@class='series']/title").first == Self.hostile)
            #expect(try rendered.strings("//g[@class='axis-titles']/text").contains(Self.hostile))
        }
        let rendered = try RenderedChart(line)
        #expect(try rendered.strings("/html/body/svg/title") == [Self.hostile])
        #expect(try rendered.strings("//g[@class='reference vertical']/text[not(@class)]") == [Self.hostile])
    }

    @Test("a chart without drawable data shows the no-data text and draws no series")
    func noData() throws {
        let charts: [RenderedChart.Erased] = [
            .init(LineChart(title: "empty", x: ChartAxis("x"), y: ChartAxis("y"), series: [])),
            .init(
                LineChart(
                    title: "all NaN", x: ChartAxis("x"), y: ChartAxis("y"),
                    series: [ChartSeries("a", points: [(.nan, 1), (0, .infinity)]), ChartSeries("b", points: [])])),
            .init(BarChart(title: "no categories", categories: [], categoryTitle: "c", value: ChartAxis("v"), series: [BarSeries("a", values: [1])])),
            .init(BarChart(title: "NaN bars", categories: ["a"], categoryTitle: "c", value: ChartAxis("v"), series: [BarSeries("a", values: [.nan])])),
        ]
        for chart in charts {
            let rendered = try RenderedChart(chart)
            #expect(try rendered.strings("//g[@class='no-data']/text") == ["No data to show"])
            #expect(try rendered.count("//g[@class='series']") == 0)
            #expect(try rendered.count("//svg/title") == 1)
            #expect(try rendered.count("//rect[@class='plot-frame']") == 1)
        }
    }

    @Test("one empty series among others is drawn as absent and marked in the legend")
    func oneEmptySeries() throws {
        let chart = try RenderedChart(
            LineChart(
                title: "t", x: ChartAxis("x"), y: ChartAxis("y"),
                series: [ChartSeries("a", points: [(0, 0), (1, 1)]), ChartSeries("b", points: [(.nan, .nan)])]))
        #expect(try chart.strings("//g[@class='legend-entry']/text") == ["a", "b (no data)"])
        #expect(try chart.count("//g[@class='series']/path[@class='line']") == 1)
    }

    @Test("a single point (degenerate extent) renders with a widened range")
    func singlePoint() throws {
        let chart = try RenderedChart(
            LineChart(title: "t", x: ChartAxis("x"), y: ChartAxis("y"), series: [ChartSeries("a", points: [(3, 3)])]))
        let frame = try chart.frame()
        #expect(try chart.count("//g[@class='series']/g[@class='markers']/circle") == 1)
        let cx = try #require(Double(try chart.page.xpathString("//g[@class='markers']/circle/@cx")))
        #expect(close(cx, frame.x + frame.width / 2))
    }

    @Test("the same chart renders byte-identical output twice", arguments: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    func deterministic(_ index: Int) throws {
        let first = try RenderedChart(RenderedChart.Erased(ChartGallery.all[index])).html
        let second = try RenderedChart(RenderedChart.Erased(ChartGallery.all[index])).html
        #expect(first == second)
        #expect(first.utf8.count > 1000)
    }

    @Test("long legends wrap into rows and cut very long names, keeping the full name in a title")
    func legendWrapping() throws {
        let long = String(repeating: "very long model name ", count: 5)
        let series = (0..<6).map { ChartSeries("model \($0) \($0 == 5 ? long : "")", points: [(0, Double($0)), (1, 1)]) }
        let chart = try RenderedChart(LineChart(title: "t", x: ChartAxis("x"), y: ChartAxis("y"), series: series))
        let rows = Set(try chart.strings("//g[@class='legend-entry']/text/@y"))
        #expect(rows.count >= 2)
        let texts = try chart.strings("//g[@class='legend-entry']/text")
        #expect(texts.last?.hasSuffix("…") == true)
        #expect(texts.last.map { $0.count <= 48 } == true)
        #expect(try chart.strings("//g[@class='legend-entry']/title") == [series[5].name])
        // The plot starts below the legend.
        let lastRow = try #require(rows.compactMap(Double.init).max())
        #expect(try chart.frame().y > lastRow)
    }

    @Test("the svg is well-formed XML: it renders into an XML document and parses back")
    func wellFormedXML() throws {
        let document = try MarkupDocument.xml(root: "figures")
        for chart in ChartGallery.all { try chart.render(into: document.root) }
        let parsed = try ParsedMarkup(xml: try document.serialized(), namespaces: ["s": MarkupNamespace.svg])
        #expect(parsed.diagnostics.isEmpty)
        #expect(try parsed.xpathCount("count(/figures/s:svg)") == ChartGallery.all.count)
        #expect(try parsed.xpathCount("count(//s:svg/s:title)") == ChartGallery.all.count)
    }
}
