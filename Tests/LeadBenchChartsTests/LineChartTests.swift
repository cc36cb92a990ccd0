import LeadBenchReports
import Testing

@Suite("Line charts")
struct LineChartTests {
    static let unit = ChartAxis.Range.fixed(0...1)

    static func roc(_ series: [ChartSeries], references: [ChartReference] = []) -> LineChart {
        LineChart(
            title: "ROC", x: ChartAxis("False positive rate", range: unit, format: .percent),
            y: ChartAxis("True positive rate", range: unit, format: .percent), series: series, references: references)
    }

    @Test("one svg with viewBox, width 100%, role img, a title and a description")
    func svgElement() throws {
        let chart = try RenderedChart(Self.roc([ChartSeries("logistic", points: [(0, 0), (1, 1)])]))
        #expect(try chart.count("count(//body/svg)") == 1)
        #expect(try chart.strings("/html/body/svg/@viewbox") == ["0 0 640 400"])
        #expect(try chart.strings("/html/body/svg/@width") == ["100%"])
        #expect(try chart.strings("/html/body/svg/@role") == ["img"])
        #expect(try chart.strings("/html/body/svg/title") == ["ROC"])
        #expect(try chart.page.xpathString("/html/body/svg/desc").hasPrefix("X axis: False positive rate, from 0% to 100%."))
        #expect(try chart.count("//svg[@class='plot']") == 1)
        #expect(chart.html.contains("xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 400\" width=\"100%\""))
    }

    @Test("one path per series; (0,0) lands bottom-left, (1,1) top-right, (0.5,0.25) in between")
    func coordinateMapping() throws {
        let chart = try RenderedChart(
            Self.roc([
                ChartSeries("a", points: [(0, 0), (0.5, 0.25), (1, 1)]),
                ChartSeries("b", points: [(0, 0), (0.2, 0.6), (0.4, 0.8), (1, 1)]),
            ]))
        let frame = try chart.frame()
        let paths = try chart.strings("//g[@class='series']/path[@class='line']/@d")
        #expect(paths.count == 2)
        let a = try pathVertices(paths[0])
        #expect(a.count == 3)
        #expect(try pathVertices(paths[1]).count == 4)
        #expect(close(a[0].x, frame.x) && close(a[0].y, frame.y + frame.height))
        #expect(close(a[2].x, frame.x + frame.width) && close(a[2].y, frame.y))
        #expect(close(a[1].x, frame.x + frame.width / 2))
        #expect(close(a[1].y, frame.y + frame.height * 0.75))
    }

    @Test("automatic y range 0…0.87 gives tick labels 0.0 … 1.0")
    func automaticTickLabels() throws {
        let chart = try RenderedChart(
            LineChart(
                title: "Gains", x: ChartAxis("x", range: Self.unit), y: ChartAxis("y"),
                series: [ChartSeries("a", points: [(0, 0), (0.5, 0.6), (1, 0.87)])]))
        #expect(try chart.strings("//g[@class='y-ticks']/text") == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(try chart.strings("//g[@class='x-ticks']/text") == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        // The 1.0 tick sits on the top edge: the range was widened to the outer tick.
        let frame = try chart.frame()
        let topLine = try chart.strings("//g[@class='grid']/line[6]/@y1")
        #expect(topLine.first.flatMap(Double.init).map { close($0, frame.y) } == true)
        #expect(try chart.strings("//g[@class='axis-titles']/text") == ["x", "y"])
    }

    @Test("the legend lists every series name in order; a single series has no legend")
    func legend() throws {
        let two = try RenderedChart(
            Self.roc([ChartSeries("boosted", points: [(0, 0), (1, 1)]), ChartSeries("points", points: [(0, 0), (1, 1)])]))
        #expect(try two.strings("//g[@class='legend']/g[@class='legend-entry']/text") == ["boosted", "points"])
        let one = try RenderedChart(Self.roc([ChartSeries("boosted", points: [(0, 0), (1, 1)])]))
        #expect(try one.count("//g[@class='legend']") == 0)
    }

    @Test("NaN and infinite points are dropped; the line joins the remaining ones")
    func nonFinitePointsDropped() throws {
        let chart = try RenderedChart(
            Self.roc([ChartSeries("a", points: [(0, 0), (0.5, .nan), (.infinity, 0.5), (1, 1), (0.7, -.infinity)])]))
        let d = try #require(try chart.strings("//g[@class='series']/path/@d").first)
        #expect(try pathVertices(d).count == 2)
        #expect(try chart.count("//g[@class='series']/g[@class='markers']/circle") == 2)
        #expect(try chart.page.xpathString("/html/body/svg/desc").contains("Series: a (2 points)."))
    }

    @Test("a step series has 2n − 1 vertices: across, then up")
    func stepSeries() throws {
        let chart = try RenderedChart(
            Self.roc([ChartSeries("a", points: [(0, 0), (0.5, 0.5), (1, 1)], style: .step)]))
        let frame = try chart.frame()
        let d = try #require(try chart.strings("//g[@class='series']/path/@d").first)
        let vertices = try pathVertices(d)
        #expect(vertices.count == 5)
        #expect(close(vertices[1].x, frame.x + frame.width / 2) && close(vertices[1].y, frame.y + frame.height))
    }

    @Test("points series: markers only; short lines: a marker per point; long lines: 8 markers")
    func markers() throws {
        let long = (0...100).map { (Double($0) / 100, Double($0) / 100) }
        let chart = try RenderedChart(
            Self.roc([
                ChartSeries("scatter", points: [(0.1, 0.2), (0.3, 0.4), (0.5, 0.6)], style: .points),
                ChartSeries("short", points: [(0, 0), (0.5, 0.7), (1, 1)]),
                ChartSeries("long", points: long),
            ]))
        #expect(try chart.count("//g[@class='series'][1]/path") == 0)
        #expect(try chart.count("//g[@class='series'][1]/g[@class='markers']/*") == 3)
        #expect(try chart.count("//g[@class='series'][2]/g[@class='markers']/*") == 3)
        #expect(try chart.count("//g[@class='series'][3]/g[@class='markers']/*") == 8)
        #expect(try chart.count("//g[@class='series'][1]/g[@class='markers']/circle") == 3)  // slot 0: circles
        #expect(try chart.count("//g[@class='series'][2]/g[@class='markers']/path") == 3)  // slot 1: squares
    }

    @Test("series take Okabe–Ito colours and dash patterns by slot; paletteSlot overrides the position")
    func palette() throws {
        let chart = try RenderedChart(
            Self.roc([
                ChartSeries("a", points: [(0, 0), (1, 1)]),
                ChartSeries("b", points: [(0, 0), (1, 1)]),
                ChartSeries("c", points: [(0, 0), (1, 1)], paletteSlot: 3),
                ChartSeries("d", points: [(0, 0), (1, 1)], pattern: .solid),
            ]))
        #expect(try chart.strings("//g[@class='series']/path/@stroke") == ["#0072B2", "#E69F00", "#D55E00", "#D55E00"])
        #expect(try chart.strings("//g[@class='series'][1]/path/@stroke-dasharray") == [])
        #expect(try chart.strings("//g[@class='series'][2]/path/@stroke-dasharray") == ["7 4"])
        #expect(try chart.strings("//g[@class='series'][3]/path/@stroke-dasharray") == ["9 3 2 3"])
        #expect(try chart.strings("//g[@class='series'][4]/path/@stroke-dasharray") == [])
        #expect(ChartPalette.colors == ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"])
    }

    @Test("diagonal, horizontal and vertical references map to the plot; ones outside the range are skipped")
    func references() throws {
        let chart = try RenderedChart(
            Self.roc(
                [ChartSeries("a", points: [(0, 0), (0.3, 0.7), (1, 1)])],
                references: [
                    .diagonal(label: "random"), .horizontal(y: 0.25, label: "base rate"),
                    .vertical(x: 0.4, label: "threshold 0.40"), .horizontal(y: 2), .vertical(x: .nan),
                ]))
        let frame = try chart.frame()
        let diagonal = try chart.strings("//g[@class='reference diagonal']/line/@*[name()='x1' or name()='y1' or name()='x2' or name()='y2']")
            .compactMap(Double.init)
        #expect(diagonal.count == 4)
        #expect(close(diagonal[0], frame.x) && close(diagonal[1], frame.y + frame.height))
        #expect(close(diagonal[2], frame.x + frame.width) && close(diagonal[3], frame.y))
        let horizontalY = try chart.strings("//g[@class='reference horizontal']/line/@y1").compactMap(Double.init)
        #expect(horizontalY.count == 1)
        #expect(close(horizontalY[0], frame.y + frame.height * 0.75))
        let verticalX = try chart.strings("//g[@class='reference vertical']/line/@x1").compactMap(Double.init)
        #expect(verticalX.count == 1)
        #expect(close(verticalX[0], frame.x + frame.width * 0.4))
        #expect(try chart.strings("//g[@class='reference vertical']/text[not(@class)]") == ["threshold 0.40"])
        #expect(try chart.strings("//g[starts-with(@class, 'reference')]/text[not(@class)]") == ["random", "base rate", "threshold 0.40"])
    }

    @Test("a band is one closed shape along the lower points and back along the upper ones")
    func band() throws {
        let chart = try RenderedChart(
            LineChart(
                title: "Trend", x: ChartAxis("week", range: .fixed(0...4), format: .count), y: ChartAxis("lift", range: .fixed(0...2)),
                series: [ChartSeries("lift", points: [(0, 1), (2, 1.2), (4, 1.1)])],
                bands: [ChartBand("95% interval", lower: [(0, 0.5), (2, 0.9), (4, .nan)], upper: [(0, 1.5), (2, 1.5), (4, 1.3)])]))
        let d = try #require(try chart.strings("//g[@class='band']/path/@d").first)
        #expect(d.hasSuffix(" Z"))
        let vertices = try pathVertices(d)
        #expect(vertices.count == 5)
        let frame = try chart.frame()
        #expect(close(vertices[0].x, frame.x) && close(vertices[0].y, frame.y + frame.height * 0.75))
        #expect(close(vertices[2].x, frame.x + frame.width) && close(vertices[2].y, frame.y + frame.height * 0.35))
        #expect(try chart.strings("//g[@class='legend-entry']/text") == ["lift", "95% interval"])
    }

    @Test("bar series on a numeric axis: one rect per bar, centred on x, bin width from the x spacing")
    func barsOnNumericAxis() throws {
        let chart = try RenderedChart(
            LineChart(
                title: "Days", x: ChartAxis("days", range: .fixed(0...40), format: .days),
                y: ChartAxis("leads", range: .automaticFromZero, format: .count),
                series: [ChartSeries("converted", points: [(5, 3), (15, 8), (25, .nan), (35, 2)], style: .bars)]))
        let frame = try chart.frame()
        #expect(try chart.count("//g[@class='series']/g[@class='bars']/rect") == 3)
        let widths = try chart.strings("//g[@class='bars']/rect/@width").compactMap(Double.init)
        #expect(widths.allSatisfy { close($0, frame.width * 8 / 40) })
        let xs = try chart.strings("//g[@class='bars']/rect/@x").compactMap(Double.init)
        #expect(close(xs[0], frame.x + frame.width * 1 / 40))
        let bottoms = zip(
            try chart.strings("//g[@class='bars']/rect/@y").compactMap(Double.init),
            try chart.strings("//g[@class='bars']/rect/@height").compactMap(Double.init)
        ).map { $0 + $1 }
        #expect(bottoms.allSatisfy { close($0, frame.y + frame.height, tolerance: 0.02) })
        #expect(try chart.strings("//g[@class='x-ticks']/text").first == "0 d")
    }
}

@Suite("Chart size")
struct ChartSizeTests {
    @Test("a custom size sets the viewBox; text and strokes keep their sizes in its units")
    func customSize() throws {
        let chart = try RenderedChart(
            LineChart(
                title: "wide", x: ChartAxis("x"), y: ChartAxis("y"), series: [ChartSeries("a", points: [(0, 0), (1, 1)])],
                size: ChartSize(width: 900, height: 300)))
        #expect(try chart.strings("/html/body/svg/@viewbox") == ["0 0 900 300"])
        #expect(try chart.strings("/html/body/svg/@font-size") == ["12"])
        let frame = try chart.frame()
        #expect(frame.x + frame.width < 900 && frame.y + frame.height < 300)
        #expect(frame.width > 700)
    }
}
