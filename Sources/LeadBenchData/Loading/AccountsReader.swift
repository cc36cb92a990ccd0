/// Reads the accounts file, joined on the account key the leads carry.
struct AccountsReader {
    let path: String
    let columns: AccountColumns
    let mapping: DataMapping
    let rules: ColumnRules

    /// - Parameter accountKeys: The keys seen in the leads; accounts only in the file are added after them.
    func read(accountKeys: ByteInterner) throws(InputError) -> AccountTable {
        var reader = try CSVReader.open(path: path, delimiter: mapping.delimiter)
        let header = HeaderIndex(file: path, header: reader.header)
        let idPosition = try header.require(columns.accountID, mappedBy: "account_columns.account_id")
        let excluded = Set(mapping.exclude.map(\.column))
        var positions: [Int] = []
        var builders: [AttributeBuilder] = []
        var seenNames: Set<String> = []
        for (position, name) in reader.header.enumerated()
        where position != idPosition && !excluded.contains(name) && !seenNames.contains(name) {
            seenNames.insert(name)
            positions.append(position)
            var builder = AttributeBuilder(name: name)
            for _ in 0..<accountKeys.count { builder.appendMissing() }
            builders.append(builder)
        }
        var ids = accountKeys
        var lineOfAccount = [Int](repeating: 0, count: ids.count)
        let missing = rules.missingMarkers(for: columns.accountID)
        while try reader.nextRecord() {
            let key = reader.field(at: idPosition)
            if missing.contains(key) {
                throw InputError(InputIssue(
                    .unparsableValue, file: path, line: reader.recordLine, field: columns.accountID, value: reader.string(at: idPosition),
                    message: "this account has no key", hint: "every row of the accounts file needs the key the leads refer to"))
            }
            let (code, isNew) = ids.intern(key)
            let account = Int(code)
            if isNew {
                lineOfAccount.append(0)
                for i in builders.indices { builders[i].appendMissing() }
            }
            if lineOfAccount[account] != 0 {
                throw InputError(InputIssue(
                    .duplicateID, file: path, line: reader.recordLine, field: columns.accountID, value: reader.string(at: idPosition),
                    message: "this account already appeared on line \(lineOfAccount[account])", hint: "account keys must be unique in the accounts file"))
            }
            lineOfAccount[account] = reader.recordLine
            for (i, position) in positions.enumerated() { builders[i].set(reader.field(at: position), row: account) }
        }
        var attributes: [AttributeColumn] = []
        for builder in builders {
            attributes.append(try builder.build(rules: rules, file: path) { lineOfAccount[$0] == 0 ? nil : lineOfAccount[$0] })
        }
        return AccountTable(ids: ids, inAccountsFile: lineOfAccount.map { $0 != 0 }, attributes: attributes)
    }
}
