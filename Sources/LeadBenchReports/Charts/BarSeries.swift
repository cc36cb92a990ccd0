/// One named series of a ``BarChart``: a value per category, optionally with an interval.
///
///     BarSeries("logistic", values: liftByDecile,
///               intervals: zip(low, high).map { ChartInterval(lower: $0, upper: $1) })
///
/// `values[i]` belongs to category `i`; values past the last category are ignored, and a
/// missing or undrawable value leaves its bar out. `intervals[i]` (when present and drawable)
/// is drawn as a whisker over bar `i`.
public struct BarSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double]
    public var intervals: [ChartInterval]
    /// The palette slot (colour); `nil` means the series' position.
    public var paletteSlot: Int?

    public init(_ name: String, values: [Double], intervals: [ChartInterval] = [], paletteSlot: Int? = nil) {
        self.name = name
        self.values = values
        self.intervals = intervals
        self.paletteSlot = paletteSlot
    }
}

/// A closed interval of values: a bootstrap interval around a bar.
public struct ChartInterval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    var isDrawable: Bool { ChartData.isDrawable(lower) && ChartData.isDrawable(upper) }
}
