/// How a column's timestamps are written.
public enum TimestampFormat: Sendable, Equatable {
    /// ISO 8601 and its common relatives: `2025-03-01`, `2025-03-01 09:30`, `2025-03-01T09:30:15.250Z`,
    /// `2025-03-01 09:30:15+02:00`. Fractions of a second are dropped.
    case iso8601
    /// A pattern given in the experiment file, such as `dd/MM/yyyy HH:mm` or `M/d/yyyy h:mm a`.
    case pattern(TimestampPattern)

    /// The format as written in an experiment file: `iso8601` or the pattern.
    public var text: String {
        switch self {
        case .iso8601: "iso8601"
        case .pattern(let pattern): pattern.text
        }
    }
}

/// A timestamp pattern in the familiar Unicode letters, compiled once per column.
///
/// | token | meaning |
/// |---|---|
/// | `yyyy` | four-digit year |
/// | `yy` | two-digit year, 2000–2099 |
/// | `M`, `MM` | month number, one or two digits |
/// | `MMM` | month abbreviation in English (`Jan` … `Dec`, any case) |
/// | `d`, `dd` | day of month |
/// | `H`, `HH` | hour 0–23 |
/// | `h`, `hh` | hour 1–12, with `a` |
/// | `a` | `AM` or `PM` (any case) |
/// | `m`, `mm` | minute |
/// | `s`, `ss` | second |
/// | `S…` | fraction of a second, any number of digits (dropped) |
/// | `XXX`, `Z` | zone: `Z`, `±HH:MM`, `±HHMM` or `±HH` |
/// | `'text'` | literal text; any other character is literal too |
public struct TimestampPattern: Sendable, Equatable {
    enum Token: Sendable, Equatable {
        case year4, year2, month, monthName, day, hour24, hour12, amPm, minute, second, fraction, zone
        case literal(UInt8)
    }

    let tokens: [Token]
    /// The pattern as written.
    public let text: String

    /// Compiles `text`; `nil` when it has no date fields or uses a letter that is not a token.
    public init?(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "'") {
                i += 1
                while i < bytes.count && bytes[i] != UInt8(ascii: "'") {
                    tokens.append(.literal(bytes[i]))
                    i += 1
                }
                i += 1
                continue
            }
            var run = 1
            while i + run < bytes.count && bytes[i + run] == c { run += 1 }
            switch (Character(Unicode.Scalar(c)), run) {
            case ("y", 4): tokens.append(.year4)
            case ("y", 2): tokens.append(.year2)
            case ("M", 1), ("M", 2): tokens.append(.month)
            case ("M", 3): tokens.append(.monthName)
            case ("d", 1), ("d", 2): tokens.append(.day)
            case ("H", 1), ("H", 2): tokens.append(.hour24)
            case ("h", 1), ("h", 2): tokens.append(.hour12)
            case ("a", 1): tokens.append(.amPm)
            case ("m", 1), ("m", 2): tokens.append(.minute)
            case ("s", 1), ("s", 2): tokens.append(.second)
            case ("S", _): tokens.append(.fraction)
            case ("X", _), ("Z", 1): tokens.append(.zone)
            default:
                if (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) {
                    return nil
                }
                for _ in 0..<run { tokens.append(.literal(c)) }
            }
            i += run
        }
        let hasYear = tokens.contains(.year4) || tokens.contains(.year2)
        let hasMonth = tokens.contains(.month) || tokens.contains(.monthName)
        guard hasYear, hasMonth, tokens.contains(.day) else { return nil }
        if tokens.contains(.hour12) != tokens.contains(.amPm) { return nil }
        self.tokens = tokens
    }
}
