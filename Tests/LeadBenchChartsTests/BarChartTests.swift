import LeadBenchReports
import Testing

@Suite("Bar charts")
struct BarChartTests {
    static func lift(_ series: [BarSeries], levels: [ChartLevel] = []) -> BarChart {
        BarChart(
            title: "Lift by decile", categories: (1...10).map(String.init), categoryTitle: "Decile",
            value: ChartAxis("Lift"), series: series, levels: levels)
    }

    static let values = [3.1, 2.2, 1.6, 1.2, 1.0, 0.8, 0.6, 0.4, 0.2, 0.1]

    @Test("one rect per bar; NaN values leave their bar out")
    func oneRectPerBar() throws {
        var second = Self.values
        second[4] = .nan
        let chart = try RenderedChart(Self.lift([BarSeries("boosted", values: Self.values), BarSeries("points", values: second)]))
        #expect(try chart.count("//g[@class='series']") == 2)
        #expect(try chart.count("//g[@class='series'][1]/g[@class='bars']/rect") == 10)
        #expect(try chart.count("//g[@class='series'][2]/g[@class='bars']/rect") == 9)
        #expect(try chart.strings("//g[@class='series']/g[@class='bars']/@fill") == ["#0072B2", "#E69F00"])
        #expect(try chart.strings("//g[@class='x-ticks']/text") == (1...10).map(String.init))
        #expect(try chart.strings("//g[@class='legend-entry']/text") == ["boosted", "points"])
    }

    @Test("bars start at 0 and reach their value; the groups sit side by side in their slot")
    func barGeometry() throws {
        let chart = try RenderedChart(
            Self.lift([BarSeries("a", values: Self.values), BarSeries("b", values: Self.values)], levels: [ChartLevel(y: 1, label: "no lift")]))
        let frame = try chart.frame()
        #expect(try chart.strings("//g[@class='y-ticks']/text") == ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5"])
        let x = try chart.strings("//g[@class='series'][1]/g[@class='bars']/rect/@x").compactMap(Double.init)
        let y = try chart.strings("//g[@class='series'][1]/g[@class='bars']/rect/@y").compactMap(Double.init)
        let height = try chart.strings("//g[@class='series'][1]/g[@class='bars']/rect/@height").compactMap(Double.init)
        let width = try chart.strings("//g[@class='series'][1]/g[@class='bars']/rect/@width").compactMap(Double.init)
        let slot = frame.width / 10
        #expect(close(x[0], frame.x + slot * 0.1))
        #expect(close(width[0], slot * 0.4, tolerance: 0.02))
        #expect(close(y[0] + height[0], frame.y + frame.height, tolerance: 0.02))
        #expect(close(y[0], frame.y + frame.height * (1 - 3.1 / 3.5)))
        let secondX = try chart.strings("//g[@class='series'][2]/g[@class='bars']/rect/@x").compactMap(Double.init)
        #expect(close(secondX[0], frame.x + slot * 0.5))
        let level = try chart.strings("//g[@class='reference horizontal']/line/@y1").compactMap(Double.init)
        #expect(level.count == 1 && close(level[0], frame.y + frame.height * (1 - 1 / 3.5)))
        #expect(try chart.strings("//g[@class='reference horizontal']/text[not(@class)]") == ["no lift"])
    }

    @Test("intervals become whiskers, one path per series, three strokes per drawable interval")
    func whiskers() throws {
        let intervals = Self.values.map { ChartInterval(lower: $0 * 0.8, upper: $0 * 1.2) }
        var partial = intervals
        partial[0] = ChartInterval(lower: .nan, upper: 1)
        let chart = try RenderedChart(
            Self.lift([BarSeries("a", values: Self.values, intervals: intervals), BarSeries("b", values: Self.values, intervals: partial)]))
        let paths = try chart.strings("//g[@class='intervals']/path/@d")
        #expect(paths.count == 2)
        #expect(try pathVertices(paths[0]).count == 60)
        #expect(try pathVertices(paths[1]).count == 54)
    }

    @Test("an automatic value axis includes 0 even when every value is far from it")
    func includesZero() throws {
        let chart = try RenderedChart(
            BarChart(
                title: "t", categories: ["a", "b"], categoryTitle: "c", value: ChartAxis("v"),
                series: [BarSeries("s", values: [50, 52])]))
        #expect(try chart.strings("//g[@class='y-ticks']/text").first == "0")
    }

    @Test("category labels that would overlap are thinned")
    func thinnedLabels() throws {
        let categories = (0..<30).map { "category number \($0)" }
        let chart = try RenderedChart(
            BarChart(
                title: "t", categories: categories, categoryTitle: "c", value: ChartAxis("v"),
                series: [BarSeries("s", values: categories.indices.map(Double.init))]))
        let labels = try chart.strings("//g[@class='x-ticks']/text")
        #expect(labels.count < 30 && labels.count >= 3)
        #expect(labels.first == "category number 0")
        #expect(try chart.count("//g[@class='bars']/rect") == 30)
    }
}
