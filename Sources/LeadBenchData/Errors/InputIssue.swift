/// One problem found in the user's input: an experiment file, a CSV export, or a value inside one.
///
/// Every issue names where it is (file, line, and the column or key), the offending value when there is
/// one, what is wrong, and a hint that says how to fix it. Rendered, it reads like a compiler diagnostic:
///
///     data/leads.csv:118: column "Created Date": cannot read "31/02/2025" as a timestamp
///       hint: set `time_format` for this column in the experiment file, e.g. "dd/MM/yyyy"
public struct InputIssue: Sendable, Equatable, CustomStringConvertible {
    /// A broad classification, so callers and tests can tell kinds apart without parsing messages.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A file that does not exist or cannot be read.
        public static let unreadableFile = Kind("unreadable-file")
        /// A CSV file whose structure is broken: an unterminated quote, a wrong number of fields.
        public static let malformedCSV = Kind("malformed-csv")
        /// A column the experiment maps that the file's header does not have.
        public static let missingColumn = Kind("missing-column")
        /// A value that cannot be read as what its column holds (a timestamp, a number, a boolean).
        public static let unparsableValue = Kind("unparsable-value")
        /// A lead id that appears twice.
        public static let duplicateID = Kind("duplicate-id")
        /// A row that refers to a lead the leads file does not have.
        public static let unknownReference = Kind("unknown-reference")
        /// A key in the experiment file that leadbench does not know.
        public static let unknownKey = Kind("unknown-key")
        /// A required key that is absent from the experiment file.
        public static let missingKey = Kind("missing-key")
        /// A key whose value has the wrong type or is out of range.
        public static let invalidValue = Kind("invalid-value")
        /// YAML that does not parse.
        public static let malformedYAML = Kind("malformed-yaml")
    }

    public var kind: Kind
    /// The file the problem is in, as the user gave it or as resolved from the experiment file.
    public var file: String
    /// The 1-based line in `file`, when known.
    public var line: Int?
    /// The CSV column (header name) or the experiment-file key path, when the problem is in one.
    public var field: String?
    /// The offending value as written in the input, when there is one.
    public var value: String?
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it.
    public var hint: String?

    public init(
        _ kind: Kind, file: String, line: Int? = nil, field: String? = nil, value: String? = nil,
        message: String, hint: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let field { text += "\(kind == .unknownKey || kind == .missingKey || kind == .invalidValue ? "key" : "column") \"\(field)\": " }
        text += message
        if let value { text += " (value \"\(Self.printable(value))\")" }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }

    /// Shows a value on one line: control characters escaped, long values cut at 80 characters.
    static func printable(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars.prefix(80) {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        if value.unicodeScalars.count > 80 { out += "…" }
        return out
    }
}
