import Foundation

/// How the gate shows numbers: figures with four decimals (`0.7512`), rule values as written in the
/// experiment file (`0.6`, `2`), changes with a sign (`+0.0120`, `-0.0500`).
enum GateNumber {
    /// A figure with four decimals; `inf`, `-inf` and `nan` for the non-finite.
    static func text(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return String(format: "%.4f", value)
    }

    /// A change with its sign: `+0.0120`, `-0.0500`, `+0.0000`.
    static func signed(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        let text = text(value)
        return value >= 0 || text == "-0.0000" ? "+" + text.replacingOccurrences(of: "-", with: "") : text
    }

    /// A rule's value as the experiment file writes it: the shortest text that reads back as it.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// `[0.6500, 0.7500]`.
    static func interval(_ range: ClosedRange<Double>) -> String {
        "[\(text(range.lowerBound)), \(text(range.upperBound))]"
    }
}
