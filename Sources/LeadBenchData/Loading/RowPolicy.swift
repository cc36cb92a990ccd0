/// What to do with a bad row: stop the load, or (when the experiment says `bad_rows: skip`) count it
/// and go on.
struct RowPolicy: Sendable {
    let skip: Bool
    private(set) var skipped = SkippedRows()

    init(_ policy: DataMapping.BadRowPolicy) { skip = policy == .skip }

    /// Adds the rows `other` skipped, their lines moved down by `lineOffset`.
    mutating func merge(_ other: RowPolicy, lineOffset: Int) {
        for (file, count) in other.skipped.countByFile { skipped.countByFile[file, default: 0] += count }
        for issue in other.skipped.examples where skipped.examples.count < SkippedRows.exampleLimit {
            var moved = issue
            moved.line = issue.line.map { $0 + lineOffset }
            skipped.examples.append(moved)
        }
    }

    /// The value of a field read, or `nil` after rejecting the row (when skipping); throws otherwise.
    mutating func accept<T>(_ read: Result<T, InputError>) throws(InputError) -> T? {
        switch read {
        case .success(let value): return value
        case .failure(let error):
            for issue in error.issues { try reject(issue) }
            return nil
        }
    }

    /// Throws `issue`, or records it when skipping.
    mutating func reject(_ issue: InputIssue) throws(InputError) {
        guard skip else { throw InputError(issue) }
        skipped.record(issue)
    }
}
