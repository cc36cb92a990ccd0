/// A chart of series over two numeric axes: curves (gains, ROC, precision–recall, threshold
/// sweeps, trends), calibration points, and histograms on a numeric axis.
///
/// ```swift
/// let roc = LineChart(
///     title: "ROC", x: ChartAxis("False positive rate", range: .fixed(0...1), format: .percent),
///     y: ChartAxis("True positive rate", range: .fixed(0...1), format: .percent),
///     series: [ChartSeries("logistic", points: rocPoints)],
///     references: [.diagonal(label: "random")])
/// try body.chart(roc)
/// ```
///
/// Drawing rules:
/// - Layers from bottom to top: bands, diagonal and horizontal references, bar series, line,
///   step and point series (in order), vertical markers with their labels.
/// - Series `i` uses palette slot `paletteSlot ?? i` (colour, dash pattern, marker; see
///   ``ChartPalette``).
/// - Markers: a line or step series with at most 25 points gets a marker on each point; a
///   longer one gets 8 markers spread evenly along its drawn length, shifted per slot so
///   overlapping curves do not hide each other's markers. A `.points` series marks every point.
/// - Bars (``ChartSeries/Style/bars``) are centred on their `x`. The bin width is the smallest
///   gap between distinct `x` values of all bar series (1 when there is no gap); the bars of
///   `k` bar series share 80 % of it side by side, in series order. Bars start at 0 (or the
///   axis edge nearest 0), and a chart with bars always includes 0 on its y axis.
/// - Automatic axis ranges cover every drawable point, band, bar edge and horizontal or
///   vertical reference value.
/// - The `<desc>` is `summary` when given, otherwise generated from the axes and series.
public struct LineChart: Chart, Equatable {
    public var title: String
    /// The accessible description (`<desc>`); `nil` generates one.
    public var summary: String?
    public var xAxis: ChartAxis
    public var yAxis: ChartAxis
    public var series: [ChartSeries]
    public var references: [ChartReference]
    public var bands: [ChartBand]
    public var size: ChartSize
    /// Whether the title is also drawn above the plot (it is always in `<title>`).
    public var showsTitle: Bool

    public init(
        title: String, summary: String? = nil, x: ChartAxis, y: ChartAxis, series: [ChartSeries],
        references: [ChartReference] = [], bands: [ChartBand] = [], size: ChartSize = .standard,
        showsTitle: Bool = true
    ) {
        self.title = title
        self.summary = summary
        self.xAxis = x
        self.yAxis = y
        self.series = series
        self.references = references
        self.bands = bands
        self.size = size
        self.showsTitle = showsTitle
    }
}
