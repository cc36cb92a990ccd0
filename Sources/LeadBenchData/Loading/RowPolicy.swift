/// What to do with a bad row: stop the load, or (when the experiment says `bad_rows: skip`) count it
/// and go on.
struct RowPolicy {
    let skip: Bool
    private(set) var skipped = SkippedRows()

    init(_ policy: DataMapping.BadRowPolicy) { skip = policy == .skip }

    /// Throws `issue`, or records it when skipping.
    mutating func reject(_ issue: InputIssue) throws(InputError) {
        guard skip else { throw InputError(issue) }
        skipped.record(issue)
    }
}
