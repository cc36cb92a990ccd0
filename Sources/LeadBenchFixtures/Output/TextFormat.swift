import LeadBenchData

/// The export's text forms of identifiers, moments and amounts, written byte by byte for the hot path.
enum TextFormat {
    private static let digitZero = UInt8(ascii: "0")

    /// `2025-01-01`, `2025-01-02`, … for every day of the span, as bytes.
    static let dates: [[UInt8]] = (0..<Timeline.days).map { day in
        Array(EpochSeconds.iso8601(Timeline.start + Int64(day) * EpochSeconds.day, dateOnly: true).utf8)
    }

    /// Appends a non-negative `value` in decimal, zero-padded to at least `width` digits.
    @inline(__always)
    static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        var digits = 1
        while digits < width || value / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        var rest = value
        while divisor > 0 {
            bytes.append(digitZero &+ UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `L0000001` for lead index 0: `L` and the 1-based number in seven digits.
    static func leadID(_ index: Int) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "L")]
        appendDigits(index + 1, width: 7, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `C000001` for account index 0: `C` and the 1-based number in at least six digits.
    static func companyID(_ index: Int) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "C")]
        appendDigits(index + 1, width: 6, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `hh:mm:ss` for the time of day of offset `seconds`.
    @inline(__always)
    static func appendClock(_ seconds: Int, to bytes: inout [UInt8]) {
        let inDay = seconds % 86_400
        appendDigits(inDay / 3_600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(inDay % 3_600 / 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(inDay % 60, width: 2, to: &bytes)
    }

    /// Appends `2025-03-01T09:30:00Z` for offset `seconds` (inside the span).
    @inline(__always)
    static func appendISO8601(_ seconds: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: dates[seconds / 86_400])
        bytes.append(UInt8(ascii: "T"))
        appendClock(seconds, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// `2025-03-01T09:30:00Z` for offset `seconds` (inside the span).
    static func iso8601(_ seconds: Int) -> String {
        var bytes: [UInt8] = []
        appendISO8601(seconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `2025-03-01 09:30:00`, the CRM's local-time form without a zone, for offset `seconds`.
    static func localDateTime(_ seconds: Int) -> String {
        var bytes = dates[seconds / 86_400]
        bytes.append(UInt8(ascii: " "))
        appendClock(seconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `1234.50` for 123,450 cents.
    static func decimal(cents: Int) -> String {
        var bytes: [UInt8] = []
        appendDigits(cents / 100, width: 1, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        appendDigits(cents % 100, width: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `1,234,567`: a non-negative count with thousands separators, independent of locale.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
