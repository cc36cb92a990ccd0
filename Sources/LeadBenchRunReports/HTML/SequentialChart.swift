import LeadBenchReports

/// The sequential boundary chart shared by the run report's replayed A/B test and the live test's
/// report: the z statistic of the treatment against the control at each daily look, inside the shaded
/// always-valid boundary ±b, with the fixed-horizon ±1.96 for contrast.
///
/// The boundary starts far out while conversions are few, so the y axis spans
/// `±max(3, max|z| + 1, min(last b + 1, 8))` rounded up, and clips the rest.
enum SequentialChart {
    /// The two-sided 5 % critical value of the standard normal.
    static let fixedHorizon = 1.959963984540054

    static func boundary(control: String, treatment: String, z: [Double], boundary: [Double]) -> LineChart {
        let xs = z.indices.map { Double($0 + 1) }
        let finite = boundary.filter(\.isFinite)
        let reach = max(3, (z.map(\.magnitude).max() ?? 0) + 1, min(finite.last.map { $0 + 1 } ?? 0, 8))
        let limit = reach.rounded(.up)
        return LineChart(
            title: "Sequential boundary",
            x: ChartAxis("Daily look", format: .count),
            y: ChartAxis("z", range: .fixed(-limit...limit)),
            series: [ChartSeries("z, \(treatment) − \(control)", points: zip(xs, z).map { ChartPoint(x: $0, y: $1) }, paletteSlot: 0)],
            references: [
                .horizontal(y: fixedHorizon, label: "fixed-horizon 1.96"), .horizontal(y: -fixedHorizon), .horizontal(y: 0),
            ],
            bands: [ChartBand(
                "keep looking (|z| < b)", lower: zip(xs, boundary).map { ChartPoint(x: $0, y: -$1) },
                upper: zip(xs, boundary).map { ChartPoint(x: $0, y: $1) }, paletteSlot: 2)])
    }

    /// The caption under the chart.
    static func caption(control: String, treatment: String) -> String {
        "The z statistic of \(treatment) against \(control) at each daily look, inside the always-valid boundary ±b: the test rejects \"no difference\" when z leaves the shaded region. The fixed-horizon ±1.96 is valid only at one planned look."
    }
}
