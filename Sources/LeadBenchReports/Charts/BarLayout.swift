/// Where the bars of ``ChartSeries/Style/bars`` series go on a numeric x axis (see the bar
/// rule on ``LineChart``).
struct BarLayout {
    /// Series position → index among the bar series.
    private let barIndex: [Int: Int]
    private let barCount: Int
    /// The bin width in x units.
    let binWidth: Double
    private let xs: [Double]

    init(series: [PreparedSeries]) {
        var index: [Int: Int] = [:]
        var xs: [Double] = []
        for item in series where item.series.style == .bars {
            index[item.position] = index.count
            xs += item.points.map(\.x)
        }
        self.barIndex = index
        self.barCount = index.count
        self.xs = xs
        self.binWidth = SeriesGeometry.smallestGap(xs) ?? 1
    }

    var isEmpty: Bool { xs.isEmpty }

    /// The x extent of all bars, edges included.
    var xExtent: ClosedRange<Double>? {
        ChartData.extent(xs).map { ($0.lowerBound - binWidth / 2)...($0.upperBound + binWidth / 2) }
    }

    /// One rectangle per drawable point of `item`, in point order (empty for a series that is
    /// not a bar series).
    func rects(for item: PreparedSeries, area: PlotArea) -> [LabelPlacement.Box] {
        guard let position = barIndex[item.position] else { return [] }
        let width = binWidth * 0.8 / Double(barCount)
        let baseline = min(max(0, area.yLower), area.yUpper)
        return item.points.map { point in
            let start = point.x - binWidth * 0.4 + Double(position) * width
            let left = area.x(start)
            let right = area.x(start + width)
            let top = min(area.y(point.y), area.y(baseline))
            let bottom = max(area.y(point.y), area.y(baseline))
            return LabelPlacement.Box(x: left, y: top, width: right - left, height: bottom - top)
        }
    }
}
