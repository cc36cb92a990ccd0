import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

/// The report's charts (DESIGN §6), each an inline SVG in a `<figure>` with a caption: cumulative gains,
/// lift by decile, ROC, precision–recall, calibration (probability models), precision against volume
/// (the threshold sweep, each model's threshold marked), the sales cycle of hits, and each model's
/// score distribution by outcome. Every model keeps its colour in every chart.
enum ReportCharts {
    static func render(_ results: RunResults, into main: MarkupNode) throws(MarkupError) {
        let models = results.models.filter { $0.ranking != nil }
        guard !models.isEmpty else { return }
        let section = try main.element("section", attributes: ["id": "charts"])
        try section.element("h2", text: "Charts")
        let grid = try section.element("div", attributes: ["class": "charts"])
        let share = ChartAxis.Range.fixed(0...1)
        let slots = Dictionary(uniqueKeysWithValues: results.models.enumerated().map { ($1.name, $0) })
        func slot(_ model: ModelEvaluation) -> Int { slots[model.name] ?? 0 }

        try figure(grid, id: "gains", caption: "Share of all conversions found in the top share of leads, by score.", LineChart(
            title: "Cumulative gains", x: ChartAxis("Leads contacted, highest scores first", range: share, format: .percent),
            y: ChartAxis("Conversions found", range: share, format: .percent),
            series: models.map { m in
                ChartSeries(m.name, points: [ChartPoint(x: 0, y: 0)] + (m.ranking?.deciles ?? []).map { ChartPoint(x: Double($0.decile) / 10, y: $0.cumulativeGain) },
                            paletteSlot: slot(m))
            },
            references: [.diagonal(label: "random order")]))
        try figure(grid, id: "lift", caption: "Conversion rate of each score decile over the base rate.", BarChart(
            title: "Lift by decile", categories: (1...10).map { "\($0)" }, categoryTitle: "Score decile (1 = highest)",
            value: ChartAxis("Lift", range: .automaticFromZero),
            series: models.map { m in BarSeries(m.name, values: (m.ranking?.deciles ?? []).map(\.lift), paletteSlot: slot(m)) },
            levels: [ChartLevel(y: 1, label: "no lift")]))
        try figure(grid, id: "roc", caption: "True positive rate against false positive rate over every score threshold.", LineChart(
            title: "ROC", x: ChartAxis("False positive rate", range: share, format: .percent),
            y: ChartAxis("True positive rate", range: share, format: .percent),
            series: models.map { m in ChartSeries(m.name, points: (m.ranking?.roc ?? []).map { ChartPoint(x: $0.x, y: $0.y) }, paletteSlot: slot(m)) },
            references: [.diagonal(label: "random")]))
        var prReferences: [ChartReference] = []
        if let base = models.first?.baseRate { prReferences.append(.horizontal(y: base, label: "base rate")) }
        try figure(grid, id: "precision-recall", caption: "Precision against recall over every score threshold.", LineChart(
            title: "Precision–recall", x: ChartAxis("Recall", range: share, format: .percent),
            y: ChartAxis("Precision", range: share, format: .percent),
            series: models.map { m in
                // Steps, as average precision sums them: in scikit-learn's order (recall falling), each
                // point's precision holds back to the next point's recall.
                ChartSeries(m.name, points: (m.ranking?.precisionRecall ?? []).map { ChartPoint(x: $0.x, y: $0.y) }, style: .step, paletteSlot: slot(m))
            },
            references: prReferences))
        let probabilistic = models.filter { $0.ranking?.calibration != nil }
        if !probabilistic.isEmpty {
            try figure(grid, id: "calibration", caption: "Observed conversion rate against the mean predicted probability, in ten equal-width bins.", LineChart(
                title: "Calibration", x: ChartAxis("Predicted probability", range: share, format: .percent),
                y: ChartAxis("Observed conversion rate", range: share, format: .percent),
                series: probabilistic.map { m in
                    ChartSeries(m.name, points: (m.ranking?.calibration ?? []).compactMap { bin in
                        guard let predicted = bin.meanPredicted, let observed = bin.observedRate else { return nil }
                        return ChartPoint(x: predicted, y: observed)
                    }, paletteSlot: slot(m))
                },
                references: [.diagonal(label: "perfectly calibrated")]))
        }
        try sweep(grid, results, models: models, slot: slot)
        if results.data.hasTimes { try salesCycle(grid, models: models, slot: slot) }
        for m in models { try scoreDistribution(grid, m) }
    }

    /// Precision against volume over the sweep's thresholds: per week with times, else the share of
    /// leads qualified; each model's own threshold marked.
    private static func sweep(_ grid: MarkupNode, _ results: RunResults, models: [ModelEvaluation], slot: (ModelEvaluation) -> Int) throws(MarkupError) {
        let perWeek = results.data.hasTimes
        func x(_ point: QualificationSweep.Point, _ m: ModelEvaluation) -> Double? {
            perWeek ? point.perWeek : (m.counts.leads > 0 ? Double(point.qualified) / Double(m.counts.leads) : nil)
        }
        var series = models.map { m in
            ChartSeries(m.name, points: m.sweep.compactMap { p in
                guard let px = x(p, m), let precision = p.precision else { return nil }
                return ChartPoint(x: px, y: precision)
            }, style: .step, paletteSlot: slot(m))
        }
        let chosen: [ChartPoint] = models.compactMap { m in
            guard let t = m.threshold, let p = m.sweep.first(where: { $0.threshold == t }), let px = x(p, m), let precision = p.precision else { return nil }
            return ChartPoint(x: px, y: precision)
        }
        if !chosen.isEmpty { series.append(ChartSeries("thresholds in use", points: chosen, style: .points, paletteSlot: 7)) }
        try figure(grid, id: "sweep", caption: "What each threshold would give on the test leads, counted as the replay counts (peak score within the horizon).", LineChart(
            title: "Threshold sweep: precision against volume",
            x: ChartAxis(perWeek ? "Qualified per week" : "Share of leads qualified", range: perWeek ? .automaticFromZero : .fixed(0...1), format: perWeek ? .number : .percent),
            y: ChartAxis("Precision", range: .fixed(0...1), format: .percent), series: series))
    }

    private static func salesCycle(_ grid: MarkupNode, models: [ModelEvaluation], slot: (ModelEvaluation) -> Int) throws(MarkupError) {
        let weeks = models.map { $0.salesCycle?.weeklyHits.count ?? 0 }.max() ?? 0
        guard weeks > 0 else { return }
        try figure(grid, id: "sales-cycle-chart", caption: "Hits by the weeks from qualification to conversion.", BarChart(
            title: "Sales cycle of hits", categories: (0..<weeks).map { "\($0 * 7)–\($0 * 7 + 7)" }, categoryTitle: "Days from qualification to conversion",
            value: ChartAxis("Hits", range: .automaticFromZero, format: .count),
            series: models.map { m in
                let hits = m.salesCycle?.weeklyHits ?? []
                return BarSeries(m.name, values: (0..<weeks).map { $0 < hits.count ? Double(hits[$0]) : 0 }, paletteSlot: slot(m))
            }))
    }

    /// The share of each outcome's leads in each score bin, so the two outcomes compare at any base rate.
    private static func scoreDistribution(_ grid: MarkupNode, _ m: ModelEvaluation) throws(MarkupError) {
        guard let histogram = m.ranking?.scores else { return }
        let converted = Double(histogram.converted.reduce(0, +))
        let other = Double(histogram.notConverted.reduce(0, +))
        guard converted > 0, other > 0 else { return }
        let width = ((histogram.edges.last ?? 1) - (histogram.edges.first ?? 0)) / Double(max(1, histogram.edges.count - 1))
        let decimals = width >= 1 ? 0 : width >= 0.1 ? 1 : 2
        try figure(grid, id: "scores-\(m.name)", caption: "Ranking scores of \(m.name): the share of converted and of other leads in each score band.", BarChart(
            title: "Score distribution: \(m.name)",
            categories: histogram.edges.dropLast().map { ReportNumber.fixed($0, decimals) }, categoryTitle: "Score (lower edge of the band)",
            value: ChartAxis("Share of the outcome's leads", range: .automaticFromZero, format: .percent),
            series: [
                BarSeries("converted", values: histogram.converted.map { Double($0) / converted }, paletteSlot: 2),
                BarSeries("not converted", values: histogram.notConverted.map { Double($0) / other }, paletteSlot: 1),
            ]))
    }

    static func figure(_ grid: MarkupNode, id: String, caption: String, _ chart: some Chart) throws(MarkupError) {
        try grid.element("figure", attributes: ["id": id, "class": "chart"]) { figure throws(MarkupError) in
            try figure.chart(chart)
            try figure.element("figcaption", text: caption)
        }
    }
}
