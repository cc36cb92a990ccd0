/// Column positions of a CSV header, with the "did you mean" error for a column that is not there.
struct HeaderIndex {
    let file: String
    let names: [String]
    private let positions: [String: Int]

    init(file: String, header: [String]) {
        self.file = file
        self.names = header
        var positions: [String: Int] = [:]
        for (i, name) in header.enumerated() where positions[name] == nil { positions[name] = i }
        self.positions = positions
    }

    func position(of column: String) -> Int? { positions[column] }

    /// The position of `column`, or an issue naming the key that maps it.
    func require(_ column: String, mappedBy key: String) throws(InputError) -> Int {
        if let position = positions[column] { return position }
        throw InputError(missingColumnIssue(column, mappedBy: key))
    }

    func missingColumnIssue(_ column: String, mappedBy key: String) -> InputIssue {
        InputIssue(
            .missingColumn, file: file, line: 1, field: column,
            message: "the header has no such column (mapped by `\(key)`)",
            hint: NearestMatch.hint(for: column, among: names, noun: "column"))
    }
}
