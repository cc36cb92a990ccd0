/// Reads decimal numbers from raw field bytes.
public enum NumberParser {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The number written in `bytes` (`12`, `-3.5`, `1e3`, `.5`, `+7`), or `nil` when it is not one.
    /// Surrounding spaces are ignored; `nan` and `inf` are not numbers here.
    ///
    /// Decimals with at most 15 significant digits and a small exponent are converted exactly by
    /// Clinger's fast path (an integer mantissa times or divided by an exact power of ten, one rounding);
    /// everything else falls back to the standard library's correctly rounded conversion, so the result
    /// is always the nearest double.
    ///
    /// ## References
    /// W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990. doi:10.1145/93542.93557
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var lower = 0
        var upper = bytes.count
        while lower < upper && bytes[lower] == 0x20 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
        guard lower < upper else { return nil }
        var i = lower
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var sawDigit = false
        while i < upper, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            sawDigit = true
            if mantissa != 0 || bytes[i] != 0x30 { significant += 1 }
            if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(bytes[i] - 0x30) } else { exponent += 1 }
            i += 1
        }
        if i < upper && bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < upper, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                sawDigit = true
                if mantissa != 0 || bytes[i] != 0x30 { significant += 1 }
                if significant <= 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[i] - 0x30)
                    exponent -= 1
                }
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < upper && (bytes[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            var exponentNegative = false
            if i < upper && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var written = 0
            let start = i
            while i < upper, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                if written < 100_000 { written = written * 10 + Int(bytes[i] - 0x30) }
                i += 1
            }
            guard i > start else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard i == upper else { return nil }
        if significant <= 15 && abs(exponent) <= 22 {
            var value = Double(mantissa)
            if exponent >= 0 { value *= powersOfTen[exponent] } else { value /= powersOfTen[-exponent] }
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        return Double(text)
    }

    /// Convenience for text already in a `String`.
    public static func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}
