import Foundation
import LeadBenchReports

/// One chart of every kind a leadbench report draws, on smooth synthetic data, for looking at
/// the charts in a browser and for the tests that check every kind renders.
enum ChartGallery {
    static let percentAxis = ChartAxis.Range.fixed(0...1)

    /// Points of `f` at `count + 1` evenly spaced x in 0…1.
    static func curve(_ count: Int, _ f: (Double) -> Double) -> [(Double, Double)] {
        (0...count).map { i in
            let x = Double(i) / Double(count)
            return (x, f(x))
        }
    }

    static var gains: LineChart {
        LineChart(
            title: "Cumulative gains",
            x: ChartAxis("Share of leads contacted (highest scores first)", range: percentAxis, format: .percent),
            y: ChartAxis("Share of conversions found", range: percentAxis, format: .percent),
            series: [
                ChartSeries("boosted", points: curve(100) { 1 - pow(1 - $0, 3.4) }),
                ChartSeries("logistic", points: curve(100) { 1 - pow(1 - $0, 2.6) }),
                ChartSeries("points (baseline)", points: curve(10) { 1 - pow(1 - $0, 1.7) }, style: .step),
            ],
            references: [.diagonal(label: "random order")])
    }

    static var liftByDecile: BarChart {
        let boosted = [3.9, 2.6, 1.7, 1.2, 0.9, 0.6, 0.45, 0.3, 0.2, 0.15]
        let points = [2.4, 1.9, 1.5, 1.2, 1.0, 0.8, 0.6, 0.4, 0.3, 0.2]
        return BarChart(
            title: "Lift by score decile", categories: (1...10).map(String.init), categoryTitle: "Score decile (1 = highest scores)",
            value: ChartAxis("Lift over the base rate", range: .automaticFromZero),
            series: [
                BarSeries(
                    "boosted", values: boosted,
                    intervals: boosted.map { ChartInterval(lower: $0 * 0.85, upper: $0 * 1.15) }),
                BarSeries("points (baseline)", values: points, paletteSlot: 2),
            ],
            levels: [ChartLevel(y: 1, label: "no lift")])
    }

    static var roc: LineChart {
        LineChart(
            title: "ROC curve",
            x: ChartAxis("False positive rate", range: percentAxis, format: .percent),
            y: ChartAxis("True positive rate (recall)", range: percentAxis, format: .percent),
            series: [
                ChartSeries("boosted (AUC 0.84)", points: curve(400) { pow($0, 0.19) }),
                ChartSeries("logistic (AUC 0.79)", points: curve(400) { pow($0, 0.27) }),
                ChartSeries("points (AUC 0.68)", points: curve(40) { pow($0, 0.47) }),
            ],
            references: [.diagonal(label: "random (AUC 0.5)")])
    }

    static var precisionRecall: LineChart {
        LineChart(
            title: "Precision–recall",
            x: ChartAxis("Recall", range: percentAxis, format: .percent),
            y: ChartAxis("Precision", range: percentAxis, format: .percent),
            series: [
                ChartSeries("boosted", points: curve(200) { 0.12 + 0.7 * pow(1 - $0, 0.7) }),
                ChartSeries("logistic", points: curve(200) { 0.12 + 0.55 * pow(1 - $0, 0.9) }),
            ],
            references: [.horizontal(y: 0.12, label: "base rate 12%")])
    }

    static var calibration: LineChart {
        let bins = (0..<10).map { (Double($0) + 0.5) / 10 }
        return LineChart(
            title: "Calibration (10 bins)",
            x: ChartAxis("Mean predicted probability", range: percentAxis, format: .percent),
            y: ChartAxis("Observed conversion rate", range: percentAxis, format: .percent),
            series: [
                ChartSeries("logistic", points: bins.map { ($0, 0.5 + ($0 - 0.5) * 0.82 + 0.02 * sin($0 * 9)) }),
                ChartSeries("boosted", points: bins.map { ($0, pow($0, 1.25)) }, style: .points),
            ],
            references: [.diagonal(label: "perfectly calibrated")])
    }

    static var scoreHistogram: BarChart {
        let bins = (0..<10).map { i in
            ChartNumber.fixed(Double(i) / 10, decimals: 1) + "–" + ChartNumber.fixed(Double(i + 1) / 10, decimals: 1)
        }
        let converted = normalised((0..<10).map { exp(-pow((Double($0) - 6.5) / 2, 2)) })
        let notConverted = normalised((0..<10).map { exp(-pow((Double($0) - 2.5) / 2.2, 2)) })
        return BarChart(
            title: "Score distribution by outcome", categories: bins, categoryTitle: "Score (model: boosted)",
            value: ChartAxis("Share of leads in the group", range: .automaticFromZero, format: .percent),
            series: [BarSeries("converted", values: converted), BarSeries("not converted", values: notConverted)])
    }

    static func normalised(_ values: [Double]) -> [Double] {
        let total = values.reduce(0, +)
        return values.map { $0 / total }
    }

    static var salesCycle: LineChart {
        let weeks = (0..<18).map { Double($0 * 7) + 3.5 }
        return LineChart(
            title: "Sales cycle: days from lead creation to conversion",
            x: ChartAxis("Days to conversion (weekly bins)", range: .fixed(0...126), format: .days),
            y: ChartAxis("Converted leads", range: .automaticFromZero, format: .count),
            series: [ChartSeries("converted leads", points: weeks.map { ($0, (22 * pow($0 / 7, 1.6) * exp(-$0 / 21)).rounded()) }, style: .bars)],
            references: [.vertical(x: 90, label: "90-day horizon")])
    }

    static var thresholdSweep: LineChart {
        let precision: (Double) -> Double = { 0.12 + 0.7 * pow($0, 1.4) }
        let recall: (Double) -> Double = { 1 - pow($0, 2.2) }
        return LineChart(
            title: "Threshold sweep (boosted)",
            x: ChartAxis("Score threshold", range: .fixed(0...1)),
            y: ChartAxis("Rate", range: percentAxis, format: .percent),
            series: [
                ChartSeries("precision", points: curve(100, precision)),
                ChartSeries("recall", points: curve(100, recall)),
                ChartSeries("F1", points: curve(100) { 2 * precision($0) * recall($0) / (precision($0) + recall($0)) }),
            ],
            references: [.vertical(x: 0.42, label: "chosen threshold 0.42")])
    }

    static var liftTrend: LineChart {
        let weeks = (1...20).map(Double.init)
        let lift: (Double) -> Double = { 1.35 + 0.25 * sin($0 / 3) }
        let halfWidth: (Double) -> Double = { 0.9 / $0.squareRoot() }
        return LineChart(
            title: "Candidate vs incumbent: lift in conversion rate by week",
            x: ChartAxis("Weeks since the test started", range: .fixed(1...20), format: .count),
            y: ChartAxis("Lift (candidate ÷ incumbent)", range: .automatic),
            series: [ChartSeries("candidate lift", points: weeks.map { ($0, lift($0)) })],
            references: [.horizontal(y: 1, label: "no difference")],
            bands: [
                ChartBand(
                    "95% bootstrap interval", lower: weeks.map { ($0, lift($0) - halfWidth($0)) },
                    upper: weeks.map { ($0, lift($0) + halfWidth($0)) })
            ])
    }

    static var empty: LineChart {
        LineChart(
            title: "Recall at capacity (no converted leads in the test window)",
            x: ChartAxis("Week", format: .count), y: ChartAxis("Recall", format: .percent),
            series: [ChartSeries("boosted", points: [(1, .nan)])])
    }

    /// Every chart, in report order.
    static var all: [any Chart] {
        [gains, liftByDecile, roc, precisionRecall, calibration, scoreHistogram, salesCycle, thresholdSweep, liftTrend, empty]
    }

    /// A page with every chart, two per row on wide screens.
    static func page() throws(MarkupError) -> MarkupDocument {
        let document = try MarkupDocument.html()
        let head = try document.root.element("head")
        try head.element("meta", attributes: ["charset": "utf-8"])
        try head.element("title", text: "leadbench charts")
        try head.element(
            "style",
            text: """
                body { font-family: system-ui, sans-serif; margin: 24px; color: #222; }
                .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr)); gap: 24px; }
                figure { margin: 0; }
                """)
        let body = try document.root.element("body")
        try body.element("h1", text: "leadbench charts")
        let grid = try body.element("div", attributes: ["class": "charts"])
        for chart in all {
            let figure = try grid.element("figure")
            try chart.render(into: figure)
        }
        return document
    }
}
