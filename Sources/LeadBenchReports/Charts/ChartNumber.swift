/// Deterministic, locale-free decimal formatting for chart coordinates and labels.
///
/// Rules:
/// - A value is rounded to `decimals` places, half away from zero, on the exact binary value
///   (so `0.125` with 2 decimals gives `"0.13"`, `-0.125` gives `"-0.13"`).
/// - The decimal point is always `.`, there is no grouping separator, and a result that rounds
///   to zero never carries a minus sign (`-0.001` with 2 decimals gives `"0.00"`).
/// - ``coordinate(_:)`` rounds to 0.01 and drops trailing zeros (`12.50` → `"12.5"`,
///   `40.00` → `"40"`): the same input always gives the same bytes.
/// - Values whose scaled magnitude does not fit in 15 significant digits (or that are not finite)
///   are clamped to ±999999999999999 scaled units; charts never produce such values for their
///   own coordinates.
public enum ChartNumber {
    /// The largest scaled magnitude that is formatted exactly (15 decimal digits).
    private static let limit: Double = 999_999_999_999_999

    /// `value` with exactly `decimals` digits after the point (`decimals` in `0...9`).
    ///
    ///     ChartNumber.fixed(0.2, decimals: 1)    // "0.2"
    ///     ChartNumber.fixed(1, decimals: 2)      // "1.00"
    ///     ChartNumber.fixed(-0.004, decimals: 2) // "0.00"
    public static func fixed(_ value: Double, decimals: Int) -> String {
        precondition((0...9).contains(decimals), "ChartNumber.fixed supports 0...9 decimals, not \(decimals)")
        let (negative, digits) = scaledDigits(value, decimals: decimals)
        var text = String(digits)
        if decimals > 0 {
            if text.count <= decimals {
                text = String(repeating: "0", count: decimals + 1 - text.count) + text
            }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
        }
        return negative && digits != 0 ? "-" + text : text
    }

    /// `value` rounded to 0.01 with trailing zeros (and a trailing point) removed: the form every
    /// SVG coordinate and length is written in.
    ///
    ///     ChartNumber.coordinate(72.0)     // "72"
    ///     ChartNumber.coordinate(72.456)   // "72.46"
    ///     ChartNumber.coordinate(-0.001)   // "0"
    public static func coordinate(_ value: Double) -> String {
        trimmed(fixed(value, decimals: 2))
    }

    /// `text` (a ``fixed(_:decimals:)`` result) without trailing fractional zeros.
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.last == "0" { result.removeLast() }
        if result.last == "." { result.removeLast() }
        return String(result)
    }

    /// The sign and the magnitude of `value × 10^decimals`, rounded half away from zero.
    private static func scaledDigits(_ value: Double, decimals: Int) -> (negative: Bool, digits: Int64) {
        guard value.isFinite else {
            return (value < 0, value.isNaN ? 0 : Int64(limit))
        }
        let scaled = (value.magnitude * PowerOfTen.value(decimals)).rounded(.toNearestOrAwayFromZero)
        return (value < 0, Int64(min(scaled, limit)))
    }
}

/// Exact powers of ten without `libm`: 10^0 … 10^22 are exact doubles, and a negative
/// exponent is one correctly rounded division, so `PowerOfTen.value(-1)` is the double nearest
/// 0.1 on every platform.
enum PowerOfTen {
    static func value(_ exponent: Int) -> Double {
        precondition((-22...22).contains(exponent), "PowerOfTen supports exponents -22...22, not \(exponent)")
        var result = 1.0
        for _ in 0..<exponent.magnitude { result *= 10 }
        return exponent >= 0 ? result : 1 / result
    }

    /// `mantissa × 10^exponent` with one rounding: the multiplication by an exact power for
    /// non-negative exponents, the division by an exact power for negative ones.
    static func scaled(_ mantissa: Int64, _ exponent: Int) -> Double {
        exponent >= 0 ? Double(mantissa) * value(exponent) : Double(mantissa) / value(-exponent)
    }
}
