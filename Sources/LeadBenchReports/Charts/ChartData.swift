/// Which data values a chart draws.
///
/// Rule: a value is drawable when it is finite and within ±10¹² (no lead metric comes near;
/// the bound keeps tick arithmetic exact). A point with an undrawable coordinate is dropped —
/// a line then joins its drawable neighbours — and a bar with an undrawable value is left out.
enum ChartData {
    /// The largest magnitude a chart draws.
    static let limit: Double = 1e12

    static func isDrawable(_ value: Double) -> Bool { value.isFinite && value.magnitude <= limit }

    static func isDrawable(_ point: ChartPoint) -> Bool { isDrawable(point.x) && isDrawable(point.y) }

    /// The smallest range holding every value, or `nil` for none.
    static func extent(_ values: some Sequence<Double>) -> ClosedRange<Double>? {
        var lower = Double.infinity
        var upper = -Double.infinity
        for value in values {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        return lower <= upper ? lower...upper : nil
    }

    /// `a` and `b` joined (either may be `nil`).
    static func union(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<Double>? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
    }
}
