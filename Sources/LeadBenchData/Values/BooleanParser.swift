/// Reads yes/no values as CRM exports write them.
public enum BooleanParser {
    /// `true` for `1`, `yes`, `y`, `true`, `t`; `false` for `0`, `no`, `n`, `false`, `f` (any case,
    /// surrounding spaces ignored); `nil` for anything else.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        var lower = 0
        var upper = bytes.count
        while lower < upper && bytes[lower] == 0x20 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
        guard upper - lower <= 5 else { return nil }
        var word = ""
        for i in lower..<upper { word.unicodeScalars.append(Unicode.Scalar(bytes[i] | (bytes[i] >= 0x41 && bytes[i] <= 0x5A ? 0x20 : 0))) }
        switch word {
        case "1", "yes", "y", "true", "t": return true
        case "0", "no", "n", "false", "f": return false
        default: return nil
        }
    }

    public static func parse(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}
