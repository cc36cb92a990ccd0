/// How an axis writes its tick labels.
///
/// Every format derives its number of decimals from the tick step `m × 10^e` (`m` in 1, 2, 5),
/// so all labels of one axis have the same number of decimals:
///
/// | format     | value | step  | label    |
/// |------------|-------|-------|----------|
/// | `.number`  | 0.4   | 0.2   | `0.4`    |
/// | `.number`  | 1     | 0.2   | `1.0`    |
/// | `.percent` | 0.25  | 0.05  | `25%`    |
/// | `.percent` | 0.025 | 0.005 | `2.5%`   |
/// | `.days`    | 30    | 10    | `30 d`   |
/// | `.count`   | 1200  | 200   | `1200`   |
///
/// `.days` and `.count` never use a step below 1, so their labels are whole numbers.
public enum ChartTickFormat: Sendable, Equatable, CaseIterable {
    /// A plain decimal number: `0.2`, `15`, `-1.5`.
    case number
    /// A share shown in percent: the value 0.25 is written `25%`.
    case percent
    /// A whole number of days: `30 d`.
    case days
    /// A whole count: `1200`.
    case count

    /// The smallest tick step the format allows (1 for days and counts, no limit otherwise).
    var minimumStep: Double? {
        switch self {
        case .number, .percent: nil
        case .days, .count: 1
        }
    }

    /// Decimals of a label when the tick step is `m × 10^exponent`.
    func decimals(stepExponent exponent: Int) -> Int {
        switch self {
        case .number: max(0, -exponent)
        case .percent: max(0, -(exponent + 2))
        case .days, .count: 0
        }
    }

    /// The label of `value` with `decimals` digits after the point.
    func label(_ value: Double, decimals: Int) -> String {
        switch self {
        case .number, .count: ChartNumber.fixed(value, decimals: decimals)
        case .percent: ChartNumber.fixed(value * 100, decimals: decimals) + "%"
        case .days: ChartNumber.fixed(value, decimals: decimals) + " d"
        }
    }

    /// The label of a value that is not on a tick (reference lines, descriptions): up to
    /// `decimals + 1` decimals, trailing zeros dropped.
    func valueLabel(_ value: Double, decimals: Int) -> String {
        let digits = min(9, decimals + 1)
        switch self {
        case .number, .count: return ChartNumber.trimmed(ChartNumber.fixed(value, decimals: digits))
        case .percent: return ChartNumber.trimmed(ChartNumber.fixed(value * 100, decimals: digits)) + "%"
        case .days: return ChartNumber.trimmed(ChartNumber.fixed(value, decimals: digits)) + " d"
        }
    }
}
