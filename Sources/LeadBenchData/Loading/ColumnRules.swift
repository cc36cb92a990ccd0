/// The per-column reading rules of a mapping: missing-value markers, value spellings and time formats.
struct ColumnRules: Sendable {
    private let globalMissing: [[UInt8]]
    private let missingByColumn: [String: [[UInt8]]]
    private let mapping: DataMapping

    init(mapping: DataMapping) {
        self.mapping = mapping
        globalMissing = mapping.missing.map { Array($0.utf8) }
        missingByColumn = mapping.missingByColumn.mapValues { $0.map { Array($0.utf8) } }
    }

    /// The missing-value markers of `column` (global ones and its own).
    func missingMarkers(for column: String) -> MissingMarkers {
        MissingMarkers(markers: globalMissing + (missingByColumn[column] ?? []))
    }

    /// Whether a value of `column`, as text, means missing.
    func isMissing(_ value: String, column: String) -> Bool {
        value.isEmpty || mapping.missing.contains(value) || (mapping.missingByColumn[column]?.contains(value) ?? false)
    }

    /// `value` with `column`'s spelling map applied.
    func normalized(_ value: String, column: String) -> String {
        mapping.normalize[column]?[value] ?? value
    }

    /// A parser for the time column `column`.
    func timestampParser(for column: String) -> TimestampParser {
        TimestampParser(format: mapping.timeFormats[column] ?? mapping.timeFormat, zone: mapping.timeZone)
    }

    /// A hint for a timestamp that does not parse in `column`.
    func timestampHint(for column: String) -> String {
        switch mapping.timeFormats[column] ?? mapping.timeFormat {
        case .iso8601:
            "timestamps are read as ISO 8601 (2025-03-01, 2025-03-01 09:30:00, 2025-03-01T09:30:00Z); for another layout set `time_formats: { \(column): \"dd/MM/yyyy HH:mm\" }` in the experiment file"
        case .pattern(let pattern):
            "timestamps in this column are read with the pattern \"\(pattern.text)\"; fix the value or the pattern"
        }
    }

    var numeric: Set<String> { Set(mapping.numeric) }
    var categorical: Set<String> { Set(mapping.categorical) }
}

/// Missing-value markers compared against raw field bytes. An empty field is always missing.
struct MissingMarkers: Sendable {
    let markers: [[UInt8]]

    @inline(__always)
    func contains(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.isEmpty { return true }
        for marker in markers where marker.count == bytes.count {
            if marker.withUnsafeBytes({ $0.elementsEqual(bytes) }) { return true }
        }
        return false
    }
}
