/// A shaded interval between a lower and an upper boundary: a bootstrap interval around a
/// curve, or the continuation region of a sequential test.
///
/// Drawn as one closed shape — along `lower` in order, then back along `upper` in reverse —
/// filled with the palette slot's colour at 20 % opacity, under every series. Points with an
/// undrawable coordinate are dropped; a band with no drawable point is left out. It gets a
/// legend entry with its name.
///
///     ChartBand("95% interval", lower: low, upper: high, paletteSlot: 0)
public struct ChartBand: Sendable, Equatable {
    public var name: String
    public var lower: [ChartPoint]
    public var upper: [ChartPoint]
    /// The palette slot whose colour fills the band (match the series it belongs to).
    public var paletteSlot: Int

    public init(_ name: String, lower: [ChartPoint], upper: [ChartPoint], paletteSlot: Int = 0) {
        self.name = name
        self.lower = lower
        self.upper = upper
        self.paletteSlot = paletteSlot
    }

    /// A band from `(x, y)` pairs (disfavoured, so empty literals pick the other initializer).
    @_disfavoredOverload
    public init(_ name: String, lower: [(Double, Double)], upper: [(Double, Double)], paletteSlot: Int = 0) {
        self.init(
            name, lower: lower.map { ChartPoint(x: $0.0, y: $0.1) }, upper: upper.map { ChartPoint(x: $0.0, y: $0.1) },
            paletteSlot: paletteSlot)
    }

    /// The outline: drawable lower points, then drawable upper points reversed.
    var outline: [ChartPoint] {
        lower.filter(ChartData.isDrawable) + upper.filter(ChartData.isDrawable).reversed()
    }
}
