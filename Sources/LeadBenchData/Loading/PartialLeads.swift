/// Lead columns while the files are still being read; ``build(rules:)`` settles them into a
/// ``LeadTable``.
struct PartialLeads {
    let file: String
    var ids = ByteInterner(expectedCount: 1024)
    var sourceLines: [Int32] = []
    var accountKeys = ByteInterner()
    var accountIndex: [Int32] = []
    var createdAt: [Int64] = []
    var outcome: [Outcome] = []
    var convertedAt: [Int64] = []
    var dealValue: [Double] = []
    var attributes: [AttributeBuilder] = []
    /// Columns joined from the outcomes file, with that file's path.
    var joinedAttributes: [(builder: AttributeBuilder, file: String)] = []
    var hasCreationColumn = false

    var count: Int { outcome.count }

    /// A creation time is required for every lead whose outcome is known, once the mapping has a
    /// creation column: without it the lead cannot be replayed. Open leads may lack one. (Leads whose
    /// outcome is in the leads file are checked row by row as they are read; this catches the leads
    /// whose outcome came from the outcomes file.)
    func checkCreationTimes() throws(InputError) {
        guard hasCreationColumn else { return }
        for row in 0..<count where createdAt[row] == EpochSeconds.missing && outcome[row] != .open {
            throw InputError(InputIssue(
                .unparsableValue, file: file, line: Int(sourceLines[row]), field: nil, value: ids.string(UInt32(row)),
                message: "this lead has no creation time, but its outcome is known",
                hint: "every lead with a known outcome needs a creation time; remove the row or set `bad_rows: skip`"))
        }
    }

    func build(rules: ColumnRules) throws(InputError) -> LeadTable {
        var columns: [AttributeColumn] = []
        let lines = sourceLines
        for builder in attributes {
            columns.append(try builder.build(rules: rules, file: file) { Int(lines[$0]) })
        }
        for (builder, joinedFile) in joinedAttributes {
            columns.append(try builder.build(rules: rules, file: joinedFile) { _ in nil })
        }
        return LeadTable(
            ids: ids, sourceLines: sourceLines, accountIndex: accountIndex, createdAt: createdAt, outcome: outcome,
            convertedAt: convertedAt, dealValue: dealValue, attributes: columns)
    }
}
