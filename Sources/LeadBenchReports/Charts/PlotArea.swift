/// The plot rectangle of a chart and the mapping from data units to viewBox units.
///
/// The coordinate mapping (viewBox units, y grows downwards):
///
///     px = left + (x − xLower) / (xUpper − xLower) × width
///     py = top + height − (y − yLower) / (yUpper − yLower) × height
///
/// so (xLower, yLower) lands on the plot's bottom-left corner and (xUpper, yUpper) on its
/// top-right corner. Values outside the range map outside the rectangle (and are clipped when
/// drawn). Category axes split the width into equal slots, category `i` centred at
/// `left + (i + 0.5) × width / count`.
struct PlotArea {
    let left: Double
    let top: Double
    let width: Double
    let height: Double
    /// The x range (for category axes: 0…count).
    let xLower: Double
    let xUpper: Double
    let yLower: Double
    let yUpper: Double

    var right: Double { left + width }
    var bottom: Double { top + height }

    func x(_ value: Double) -> Double { left + (value - xLower) / (xUpper - xLower) * width }

    func y(_ value: Double) -> Double { bottom - (value - yLower) / (yUpper - yLower) * height }

    func point(_ point: ChartPoint) -> (Double, Double) { (x(point.x), y(point.y)) }

    func contains(x value: Double) -> Bool { value >= xLower && value <= xUpper }

    func contains(y value: Double) -> Bool { value >= yLower && value <= yUpper }
}
