import LeadBenchReports

/// One metric's trend across recorded runs as a chart (DESIGN §6): a line per model over the run
/// numbers, with its bootstrap interval as a shaded band where the runs recorded one.
///
///     let points = try store.trend(metric: "auc", experiment: "quickstart")
///     try figure.chart(HistoryTrend.chart(points, metric: "auc"))
///
/// Rules: x is the run's number in the history (runs are recorded in order), y the figure; models keep
/// the palette slot of their first appearance, so a model has the same colour in every trend; a model's
/// band joins its runs that have both interval ends. Same points, same chart.
public enum HistoryTrend {
    /// The trend chart of `points` (of one metric).
    public static func chart(_ points: [TrendPoint], metric: String, title: String? = nil) -> LineChart {
        var models: [String] = []
        for point in points where !models.contains(point.model) { models.append(point.model) }
        var series: [ChartSeries] = []
        var bands: [ChartBand] = []
        for (slot, model) in models.enumerated() {
            let own = points.filter { $0.model == model }
            series.append(ChartSeries(model, points: own.map { ChartPoint(x: Double($0.runID), y: $0.estimate) }, paletteSlot: slot))
            let bounded = own.filter { $0.lower != nil && $0.upper != nil }
            if !bounded.isEmpty {
                bands.append(ChartBand(
                    "\(model) interval", lower: bounded.map { ChartPoint(x: Double($0.runID), y: $0.lower ?? $0.estimate) },
                    upper: bounded.map { ChartPoint(x: Double($0.runID), y: $0.upper ?? $0.estimate) }, paletteSlot: slot))
            }
        }
        return LineChart(
            title: title ?? "\(metric) across runs", x: ChartAxis("Run", format: .count), y: ChartAxis(metric),
            series: series, bands: bands)
    }
}
