/// One data point of a chart, in data units.
public struct ChartPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A named series of points on a ``LineChart``.
///
/// Points are drawn in the order given (sort them by `x` for curves). Points with a NaN,
/// infinite or huge coordinate are dropped (see ``ChartData``).
///
///     ChartSeries("logistic", points: [(0, 0), (0.1, 0.42), (1, 1)])
///     ChartSeries("converted", points: bins, style: .bars)
public struct ChartSeries: Sendable, Equatable {
    /// How the points are drawn.
    public enum Style: Sendable, Equatable, CaseIterable {
        /// Straight segments between consecutive points, with markers (see ``LineChart``).
        case line
        /// A staircase: from each point horizontally to the next point's `x`, then vertically.
        case step
        /// A marker at each point, no line.
        case points
        /// A vertical bar from 0 to `y` centred on each `x` (histograms on a numeric axis).
        case bars
    }

    /// Series name, shown in the legend (escaped like any text).
    public var name: String
    public var points: [ChartPoint]
    public var style: Style
    /// The stroke pattern of lines and steps; ``ChartLinePattern/automatic`` follows the
    /// palette slot.
    public var pattern: ChartLinePattern
    /// The palette slot (colour, dash pattern and marker); `nil` means the series' position.
    /// Give a model the same slot in every chart so it keeps its colour across a report.
    public var paletteSlot: Int?

    public init(
        _ name: String, points: [ChartPoint], style: Style = .line,
        pattern: ChartLinePattern = .automatic, paletteSlot: Int? = nil
    ) {
        self.name = name
        self.points = points
        self.style = style
        self.pattern = pattern
        self.paletteSlot = paletteSlot
    }

    /// A series from `(x, y)` pairs. (Disfavoured so that `points: []` picks the other
    /// initializer instead of being ambiguous.)
    @_disfavoredOverload
    public init(
        _ name: String, points: [(Double, Double)], style: Style = .line,
        pattern: ChartLinePattern = .automatic, paletteSlot: Int? = nil
    ) {
        self.init(
            name, points: points.map { ChartPoint(x: $0.0, y: $0.1) }, style: style, pattern: pattern,
            paletteSlot: paletteSlot)
    }

    /// The points that will be drawn (drawable coordinates only, in order).
    var drawablePoints: [ChartPoint] { points.filter(ChartData.isDrawable) }
}

/// The stroke pattern of a line, so series differ without colour (and in grey print).
public enum ChartLinePattern: Sendable, Equatable {
    /// The pattern of the series' palette slot: solid for slot 0, a distinct dash pattern for
    /// each following slot (see ``ChartPalette``).
    case automatic
    case solid
    /// Long dashes (`7 4`).
    case dashed
    /// Dots (`2 3`).
    case dotted

    /// The `stroke-dasharray` value, or `nil` for a solid line.
    func dashArray(slot: Int) -> String? {
        switch self {
        case .automatic: ChartPalette.dashArray(slot: slot)
        case .solid: nil
        case .dashed: "7 4"
        case .dotted: "2 3"
        }
    }
}
