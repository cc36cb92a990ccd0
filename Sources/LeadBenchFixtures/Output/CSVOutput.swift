import LeadBenchData

/// A CSV file written row by row through ``CSVWriter`` (RFC 4180 quoting), its text handed to an
/// ``OutputFile`` about once per megabyte.
final class CSVOutput {
    private let file: OutputFile
    private var writer = CSVWriter()
    /// Data rows written (the header not counted).
    private(set) var rowCount = 0

    /// Creates `path` and writes the header row.
    init(path: String, header: [String]) throws(FixtureError) {
        file = try OutputFile(path: path)
        writer.writeRow(header)
    }

    var path: String { file.path }

    /// Appends one data row.
    func writeRow(_ fields: [String]) throws(FixtureError) {
        writer.writeRow(fields)
        rowCount += 1
        if writer.text.utf8.count >= file.flushThreshold {
            try file.append(writer.text)
            writer.removeAll()
        }
    }

    /// Writes what is left and closes the file; returns its size in bytes.
    func close() throws(FixtureError) -> Int {
        try file.append(writer.text)
        writer.removeAll()
        try file.close()
        return file.byteCount
    }
}
