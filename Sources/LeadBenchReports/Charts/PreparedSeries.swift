/// A series with its palette slot and drawable points resolved.
struct PreparedSeries {
    let series: ChartSeries
    /// The series' index in the chart.
    let position: Int
    /// `paletteSlot ?? position`.
    let slot: Int
    /// The drawable points, in order.
    let points: [ChartPoint]

    init(series: ChartSeries, position: Int) {
        self.series = series
        self.position = position
        self.slot = series.paletteSlot ?? position
        self.points = series.drawablePoints
    }

    var dashArray: String? { series.pattern.dashArray(slot: slot) }
}
