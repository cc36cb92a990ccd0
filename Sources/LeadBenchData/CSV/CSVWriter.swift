/// Writes RFC 4180 CSV: fields holding the delimiter, a quote, or a line break are quoted, and quotes
/// inside them doubled. Rows end with `\n` (or `\r\n` when asked), so output is byte-identical across
/// platforms.
///
///     var writer = CSVWriter()
///     writer.writeRow(["Lead ID", "Title"])
///     writer.writeRow(["L1", "VP, Sales"])   // L1,"VP, Sales"
///     try writer.text.write(...)
public struct CSVWriter: Sendable {
    public let delimiter: Character
    public let lineEnding: String
    /// The CSV text written so far.
    public private(set) var text = ""

    public init(delimiter: Character = ",", lineEnding: String = "\n") {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
    }

    /// Appends one row.
    public mutating func writeRow(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { text.append(delimiter) }
            text += Self.escape(field, delimiter: delimiter)
        }
        text += lineEnding
    }

    /// Empties the text written so far (for writers that flush to a file in chunks).
    public mutating func removeAll() { text.removeAll(keepingCapacity: true) }

    /// `field`, quoted when it must be.
    public static func escape(_ field: String, delimiter: Character = ",") -> String {
        let needsQuotes: Bool
        if let byte = delimiter.asciiValue {
            // An ASCII delimiter: the field's bytes are checked without decoding them.
            needsQuotes = field.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == byte }
        } else {
            let delimiterScalars = delimiter.unicodeScalars
            needsQuotes = field.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" || delimiterScalars.contains($0) }
        }
        guard needsQuotes else { return field }
        var quoted = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
