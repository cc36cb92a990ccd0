/// A column the mapping names in a file, with what it takes to read its values: its position in the
/// header and its missing-value markers.
struct MappedField {
    let column: String
    let position: Int
    let missing: MissingMarkers

    /// The field for `column`, or an issue naming `key` (the mapping's key) when the header lacks it.
    init(_ column: String, in header: HeaderIndex, mappedBy key: String, rules: ColumnRules) throws(InputError) {
        self.column = column
        position = try header.require(column, mappedBy: key)
        missing = rules.missingMarkers(for: column)
    }

    /// The same, for an optional mapping.
    static func optional(_ column: String?, in header: HeaderIndex, mappedBy key: String, rules: ColumnRules) throws(InputError) -> MappedField? {
        guard let column else { return nil }
        return try MappedField(column, in: header, mappedBy: key, rules: rules)
    }

    /// Whether the current record has no value here.
    func isMissing(in reader: borrowing CSVReader) -> Bool { missing.contains(reader.field(at: position)) }

    /// The current record's moment here: `nil` when missing, an issue when it does not parse.
    func time(in reader: borrowing CSVReader, parser: TimestampParser, rules: ColumnRules) -> Result<Int64?, InputError> {
        let bytes = reader.field(at: position)
        if missing.contains(bytes) { return .success(nil) }
        if let t = parser.parse(bytes) { return .success(t) }
        return .failure(issue(in: reader, "cannot read this value as a timestamp", hint: rules.timestampHint(for: column)))
    }

    /// The current record's number here: `nil` when missing, an issue when it is not a number.
    func number(in reader: borrowing CSVReader, hint: String?) -> Result<Double?, InputError> {
        let bytes = reader.field(at: position)
        if missing.contains(bytes) { return .success(nil) }
        if let value = NumberParser.parse(bytes) { return .success(value) }
        return .failure(issue(in: reader, "cannot read this value as a number", hint: hint))
    }

    /// An issue about this field of the current record.
    func issue(in reader: borrowing CSVReader, _ message: String, kind: InputIssue.Kind = .unparsableValue, hint: String?) -> InputError {
        InputError(InputIssue(
            kind, file: reader.path, line: reader.recordLine, field: column, value: reader.string(at: position),
            message: message, hint: hint))
    }
}
