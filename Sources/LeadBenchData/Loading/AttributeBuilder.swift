/// Collects one attribute column while a file streams past, then settles its type and values.
///
/// Cells are interned as raw bytes, so spelling maps, missing-value markers and number parsing run once
/// per distinct value, not once per row.
struct AttributeBuilder {
    let name: String
    private var interner = ByteInterner()
    /// Raw code per row; `AttributeColumn.missingCode` for rows not yet filled (joined columns).
    private(set) var codes: [UInt32] = []
    /// The first row at which each raw code appeared, for error messages.
    private var firstRow: [Int] = []

    init(name: String, reservingCapacity capacity: Int = 0) {
        self.name = name
        codes.reserveCapacity(capacity)
    }

    /// Appends a row's value.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        codes.append(intern(bytes, row: codes.count))
    }

    /// Appends a row with no value (a lead absent from a joined file).
    mutating func appendMissing() { codes.append(AttributeColumn.missingCode) }

    /// Sets row `row`'s value (for columns joined from another file).
    mutating func set(_ bytes: UnsafeRawBufferPointer, row: Int) {
        codes[row] = intern(bytes, row: row)
    }

    @inline(__always)
    private mutating func intern(_ bytes: UnsafeRawBufferPointer, row: Int) -> UInt32 {
        let (code, isNew) = interner.intern(bytes)
        if isNew { firstRow.append(row) }
        return code
    }

    /// The finished column: spellings normalised, missing markers applied, and numeric when forced or
    /// when every present value reads as a number (and categorical when forced or otherwise).
    ///
    /// - Parameter lineOfRow: The source line of a row, for the error about a forced-numeric value.
    func build(rules: ColumnRules, file: String, lineOfRow: (Int) -> Int?) throws(InputError) -> AttributeColumn {
        let raw = interner.strings
        var present: [String?] = raw.map { value in
            let spelled = rules.normalized(value, column: name)
            return rules.isMissing(spelled, column: name) ? nil : spelled
        }
        let forcedNumeric = rules.numeric.contains(name)
        let forcedCategorical = rules.categorical.contains(name)
        if !forcedCategorical {
            var numbers = [Double](repeating: .nan, count: raw.count)
            var allNumeric = present.contains { $0 != nil }
            for (code, value) in present.enumerated() {
                guard let value else { continue }
                if let number = NumberParser.parse(value), number.isFinite {
                    numbers[code] = number
                } else {
                    allNumeric = false
                    if forcedNumeric {
                        throw InputError(InputIssue(
                            .unparsableValue, file: file, line: lineOfRow(firstRow[code]), field: name, value: value,
                            message: "this column is listed as numeric, but this value is not a number",
                            hint: "add the value to `missing_by_column` if it means missing, or drop the column from `numeric`"))
                    }
                    break
                }
            }
            if allNumeric || forcedNumeric {
                let column = codes.map { $0 == AttributeColumn.missingCode ? Double.nan : numbers[Int($0)] }
                return AttributeColumn(name: name, values: .numeric(column))
            }
        }
        // Categories in order of first appearance after normalisation; equal spellings share a code.
        var categories = ByteInterner()
        var remap = [UInt32](repeating: AttributeColumn.missingCode, count: raw.count)
        for code in 0..<present.count {
            guard let value = present[code] else { continue }
            remap[code] = categories.intern(value)
        }
        present.removeAll()
        let column = codes.map { $0 == AttributeColumn.missingCode ? AttributeColumn.missingCode : remap[Int($0)] }
        return AttributeColumn(name: name, values: .categorical(codes: column, categories: categories.strings))
    }
}
