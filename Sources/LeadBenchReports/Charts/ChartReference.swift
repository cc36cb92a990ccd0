/// A reference element drawn across a ``LineChart``'s plot, above the bands and below the
/// series: thin, dark grey and dashed, so it never looks like data.
///
///     .diagonal(label: "random")                  // ROC, calibration, gains
///     .horizontal(y: 1, label: "no lift")          // lift = 1, the base rate
///     .vertical(x: 0.42, label: "threshold 0.42")  // the chosen threshold (drawn darker)
///
/// A label is written next to its line, inside the plot. A reference outside the axis range
/// is not drawn; one with a non-finite value is ignored.
public enum ChartReference: Sendable, Equatable {
    /// The line y = x, across the part of the plot where both axes overlap.
    case diagonal(label: String? = nil)
    /// A horizontal line at `y`, labelled at the plot's right end.
    case horizontal(y: Double, label: String? = nil)
    /// A vertical marker line at `x`, labelled at the plot's top.
    case vertical(x: Double, label: String? = nil)
}

/// A horizontal reference line on a ``BarChart``'s value axis (lift = 1, the base rate).
public struct ChartLevel: Sendable, Equatable {
    public var y: Double
    public var label: String?

    public init(y: Double, label: String? = nil) {
        self.y = y
        self.label = label
    }
}
