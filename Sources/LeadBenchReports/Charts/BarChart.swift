/// Grouped bars over a category axis: lift by decile, or a histogram with one bar per bin and
/// several series side by side (converted vs not converted).
///
/// ```swift
/// let lift = BarChart(
///     title: "Lift by decile", categories: (1...10).map(String.init), categoryTitle: "Score decile",
///     value: ChartAxis("Lift", range: .automaticFromZero),
///     series: [BarSeries("logistic", values: lifts)],
///     levels: [ChartLevel(y: 1, label: "no lift")])
/// try body.chart(lift)
/// ```
///
/// Drawing rules:
/// - Category `i` owns the slot `[i, i + 1)` of the x axis (see ``PlotArea``); the bars of the
///   `k` series share the middle 80 % of the slot, side by side in series order, each
///   `0.8 / k` of a slot wide.
/// - Bars start at 0 (or the axis edge nearest 0); the value axis always includes 0, also when
///   its range is `.automatic`. One `<rect>` per drawable value, in the series' colour.
/// - Intervals are whiskers (a vertical line with short caps) centred on their bar, drawn
///   above all bars in dark grey.
/// - Levels are dashed horizontal reference lines with a label at the plot's right end.
/// - Category labels that would overlap are thinned to every k-th one.
/// - The `<desc>` is `summary` when given, otherwise generated from the axes and series.
public struct BarChart: Chart, Equatable {
    public var title: String
    /// The accessible description (`<desc>`); `nil` generates one.
    public var summary: String?
    public var categories: [String]
    public var categoryTitle: String
    public var valueAxis: ChartAxis
    public var series: [BarSeries]
    public var levels: [ChartLevel]
    public var size: ChartSize
    /// Whether the title is also drawn above the plot (it is always in `<title>`).
    public var showsTitle: Bool

    public init(
        title: String, summary: String? = nil, categories: [String], categoryTitle: String, value: ChartAxis,
        series: [BarSeries], levels: [ChartLevel] = [], size: ChartSize = .standard, showsTitle: Bool = true
    ) {
        self.title = title
        self.summary = summary
        self.categories = categories
        self.categoryTitle = categoryTitle
        self.valueAxis = value
        self.series = series
        self.levels = levels
        self.size = size
        self.showsTitle = showsTitle
    }
}
