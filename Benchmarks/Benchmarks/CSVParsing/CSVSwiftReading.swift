import CSV
import Foundation

/// Reads every field of `path` with yaslab/CSV.swift, the reference leadbench's own reader is measured
/// against. In its own file so that `CSVReader` here means CSV.swift's reader.
func readWithCSVSwift(path: String) throws -> (rows: Int, checksum: Int) {
    guard let stream = InputStream(fileAtPath: path) else { return (0, 0) }
    let reader = try CSVReader(stream: stream, hasHeaderRow: true)
    var rows = 0
    var checksum = 0
    while let row = reader.next() {
        for field in row { checksum &+= field.utf8.count }
        rows += 1
    }
    return (rows, checksum)
}
