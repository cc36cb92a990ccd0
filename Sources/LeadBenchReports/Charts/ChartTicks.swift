/// The "nice" ticks of one axis: round values 1, 2 or 5 × 10^e apart.
///
/// The tick rule:
/// 1. A degenerate extent (`lower == upper`, or a span below 10⁻⁹ of its magnitude) is widened:
///    around 0 to 0…1, otherwise by 10 % of the value on each side (at least 1 for days and
///    counts).
/// 2. The step is the *smallest* of …, 0.1, 0.2, 0.5, 1, 2, 5, 10, … (and at least the format's
///    minimum step) that gives **at most 8 ticks**. Because neighbouring steps differ by at most
///    2.5×, the next smaller step gave at least 9, so this gives at least 4 ticks on an
///    automatic range (at least 3 on a fixed one) — unless the minimum step (1 for days and
///    counts) or the 10⁻⁹ floor decided it: 0…2 counts gives 0, 1, 2.
/// 3. With `extendToTicks` (automatic ranges) the axis runs from the last tick at or below
///    `lower` to the first tick at or above `upper`, so the outermost ticks sit on the plot's
///    edges: 0…0.87 gives 0, 0.2, 0.4, 0.6, 0.8, 1.0 and the range 0…1. Without it (fixed
///    ranges) the range is kept and the ticks are the multiples of the step inside it.
/// 4. A tick is `k × m × 10^e` computed with a single rounding, so 0.6 is the double nearest
///    0.6, never `0.6000000000000001`.
///
/// A value within 10⁻⁹ steps of a multiple of the step counts as that multiple. Steps are never
/// below 10⁻⁹, and extents must lie within ±10¹² (``ChartData`` drops larger values).
public struct ChartTicks: Sendable, Equatable {
    /// The axis range (the plot's edges), `lower < upper`.
    public let lower: Double
    public let upper: Double
    /// The tick values, ascending, all within `lower...upper`.
    public let values: [Double]
    /// The distance between neighbouring ticks.
    public let step: Double
    /// Digits after the point in this axis's labels.
    public let decimals: Int
    public let format: ChartTickFormat

    /// Most ticks an axis gets.
    public static let maximumCount = 8

    /// The tick labels, one per value, in the axis's format (`["0.0", "0.2", …]`).
    public var labels: [String] { values.map { format.label($0, decimals: decimals) } }

    /// The label of `value` (a reference line, a marker) at this axis's precision plus one digit.
    public func label(forValue value: Double) -> String { format.valueLabel(value, decimals: decimals) }

    /// The nice ticks for `extent` (see the type's rule). Bounds must be finite.
    public static func nice(
        _ extent: ClosedRange<Double>, format: ChartTickFormat = .number, extendToTicks: Bool = true
    ) -> ChartTicks {
        precondition(
            extent.lowerBound.isFinite && extent.upperBound.isFinite
                && max(extent.lowerBound.magnitude, extent.upperBound.magnitude) <= ChartData.limit,
            "ChartTicks.nice needs an extent within ±1e12, not \(extent)")
        let (lower, upper) = widened(extent, format: format)
        let span = upper - lower
        let tolerance = 1e-9

        // Start one decade below span / 8, where every step gives more than 8 ticks (but never
        // below 10⁻⁹, so labels need at most 9 decimals).
        var exponent = -9
        while exponent < 14, PowerOfTen.value(exponent + 1) <= span / Double(maximumCount) { exponent += 1 }
        exponent = max(-9, exponent - 1)

        while true {
            for mantissa: Int64 in [1, 2, 5] {
                let step = PowerOfTen.scaled(mantissa, exponent)
                if let minimum = format.minimumStep, step < minimum { continue }
                let first: Double
                let last: Double
                if extendToTicks {
                    first = (lower / step + tolerance).rounded(.down)
                    last = (upper / step - tolerance).rounded(.up)
                } else {
                    first = (lower / step - tolerance).rounded(.up)
                    last = (upper / step + tolerance).rounded(.down)
                }
                guard last - first + 1 <= Double(maximumCount) || exponent >= 14 else { continue }
                let indices = Int64(first)...Int64(max(first, last))
                let values = indices.map { PowerOfTen.scaled($0 * mantissa, exponent) }
                let range = extendToTicks ? (values[0], values[values.count - 1]) : (lower, upper)
                return ChartTicks(
                    lower: range.0, upper: max(range.1, range.0 + step),
                    values: values.filter { $0 >= range.0 - step * tolerance && $0 <= range.1 + step * tolerance },
                    step: step, decimals: format.decimals(stepExponent: exponent), format: format)
            }
            exponent += 1
        }
    }

    /// Rule 1: a degenerate extent made into a usable one.
    private static func widened(_ extent: ClosedRange<Double>, format: ChartTickFormat) -> (Double, Double) {
        let lower = extent.lowerBound
        let upper = extent.upperBound
        let magnitude = max(lower.magnitude, upper.magnitude)
        guard upper - lower <= magnitude * 1e-9 else { return (lower, upper) }
        if magnitude == 0 { return (0, 1) }
        let pad = max(magnitude * 0.1, format.minimumStep ?? 0)
        return (lower - pad, upper + pad)
    }
}
