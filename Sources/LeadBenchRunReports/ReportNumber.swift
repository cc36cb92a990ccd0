/// How the reports write numbers: fixed decimals, no locale, no exponent, and never "-0", so the same
/// figures give the same bytes on every machine.
public enum ReportNumber {
    /// `value` with `decimals` digits after the point (half away from zero), e.g. `fixed(0.12345, 3)` is
    /// "0.123". Non-finite values are "—" (they should never reach a report).
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && scaled != 0
        let whole = scaled / scale
        let integerPart = whole.rounded(.towardZero)
        var digits = String(Int64(integerPart))
        if decimals > 0 {
            let fraction = String(Int64((scaled - integerPart * scale).rounded()))
            digits += "." + String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        }
        return negative ? "-" + digits : digits
    }

    /// A share as a percentage with `decimals` digits, e.g. `percent(0.1234, 1)` is "12.3%".
    public static func percent(_ value: Double, _ decimals: Int = 1) -> String {
        value.isFinite ? fixed(value * 100, decimals) + "%" : "—"
    }

    /// A whole number with thousands separated by commas, e.g. "12,345".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// The shortest text that reads back as exactly `value` (for the XML report, where figures are
    /// data, not display), e.g. "0.1", "3", "1e-07". Non-finite values are "NaN", "INF" or "-INF", as
    /// XML Schema spells them.
    public static func exact(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "INF" : "-INF" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
