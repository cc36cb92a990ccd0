/// The size of a chart's coordinate system (its `viewBox`), in SVG user units.
///
/// The `<svg>` element gets `width="100%"` and no height, so it scales to its container and
/// keeps this aspect ratio on screen and in print; text sizes are in the same units (12 for
/// tick labels), so they scale with it.
public struct ChartSize: Sendable, Equatable {
    public var width: Double
    public var height: Double

    /// 640 × 400, the default for every chart.
    public static let standard = ChartSize(width: 640, height: 400)

    /// - Precondition: `width` in 240...4000 and `height` in 160...4000.
    public init(width: Double, height: Double) {
        precondition(
            (240...4000).contains(width) && (160...4000).contains(height),
            "a chart needs 240...4000 × 160...4000 units, not \(width) × \(height)")
        self.width = width
        self.height = height
    }
}
