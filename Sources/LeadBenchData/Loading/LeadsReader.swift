/// Streams the leads file into growing columns (``PartialLeads``).
struct LeadsReader {
    let path: String
    let mapping: DataMapping
    let rules: ColumnRules

    func read(policy: inout RowPolicy) throws(InputError) -> PartialLeads {
        var reader = try CSVReader.open(path: path, delimiter: mapping.delimiter)
        let header = HeaderIndex(file: path, header: reader.header)
        let columns = mapping.columns
        let idPosition = try header.require(columns.leadID, mappedBy: "columns.lead_id")
        let accountPosition = try columns.accountID.map { c throws(InputError) in try header.require(c, mappedBy: "columns.account_id") }
        let createdPosition = try columns.createdAt.map { c throws(InputError) in try header.require(c, mappedBy: "columns.created_at") }
        let convertedPosition = try columns.converted.map { c throws(InputError) in try header.require(c, mappedBy: "columns.converted") }
        let convertedAtPosition = try columns.convertedAt.map { c throws(InputError) in try header.require(c, mappedBy: "columns.converted_at") }
        let dealPosition = try columns.dealValue.map { c throws(InputError) in try header.require(c, mappedBy: "columns.deal_value") }

        let mappedNames = Set(columns.mapped.map(\.column))
        let excluded = Set(mapping.exclude.map(\.column))
        var attributePositions: [Int] = []
        var seenNames: Set<String> = []
        var leads = PartialLeads(file: path)
        for (position, name) in reader.header.enumerated()
        where !mappedNames.contains(name) && !excluded.contains(name) && !seenNames.contains(name) {
            seenNames.insert(name)
            attributePositions.append(position)
            leads.attributes.append(AttributeBuilder(name: name))
        }

        let idMissing = rules.missingMarkers(for: columns.leadID)
        let accountMissing = columns.accountID.map { rules.missingMarkers(for: $0) }
        let createdMissing = columns.createdAt.map { rules.missingMarkers(for: $0) }
        let convertedMissing = columns.converted.map { rules.missingMarkers(for: $0) }
        let convertedAtMissing = columns.convertedAt.map { rules.missingMarkers(for: $0) }
        let dealMissing = columns.dealValue.map { rules.missingMarkers(for: $0) }
        let createdParser = columns.createdAt.map { rules.timestampParser(for: $0) }
        let convertedAtParser = columns.convertedAt.map { rules.timestampParser(for: $0) }
        let outcomeValues = mapping.outcomeValues

        rows: while try reader.nextRecord() {
            let line = reader.recordLine
            func issue(_ kind: InputIssue.Kind, _ column: String, _ position: Int, _ message: String, hint: String?) -> InputIssue {
                InputIssue(kind, file: path, line: line, field: column, value: reader.string(at: position), message: message, hint: hint)
            }
            let id = reader.field(at: idPosition)
            if idMissing.contains(id) {
                try policy.reject(issue(.unparsableValue, columns.leadID, idPosition, "this lead has no id", hint: "every lead needs an id; remove the row or set `bad_rows: skip`"))
                continue rows
            }
            if let first = leads.ids.code(of: id) {
                try policy.reject(issue(.duplicateID, columns.leadID, idPosition, "this lead id already appeared on line \(leads.sourceLines[Int(first)])", hint: "lead ids must be unique; remove the duplicate row or set `bad_rows: skip`"))
                continue rows
            }
            var created = EpochSeconds.missing
            if let position = createdPosition, let parser = createdParser, let markers = createdMissing, let column = columns.createdAt {
                let bytes = reader.field(at: position)
                if !markers.contains(bytes) {
                    guard let t = parser.parse(bytes) else {
                        try policy.reject(issue(.unparsableValue, column, position, "cannot read this value as a timestamp", hint: rules.timestampHint(for: column)))
                        continue rows
                    }
                    created = t
                }
            }
            var convertedAt = EpochSeconds.missing
            if let position = convertedAtPosition, let parser = convertedAtParser, let markers = convertedAtMissing, let column = columns.convertedAt {
                let bytes = reader.field(at: position)
                if !markers.contains(bytes) {
                    guard let t = parser.parse(bytes) else {
                        try policy.reject(issue(.unparsableValue, column, position, "cannot read this value as a timestamp", hint: rules.timestampHint(for: column)))
                        continue rows
                    }
                    convertedAt = t
                }
            }
            var outcome = Outcome.notConverted
            if let position = convertedPosition, let markers = convertedMissing, let column = columns.converted {
                let bytes = reader.field(at: position)
                if let outcomeValues {
                    let text = rules.normalized(reader.string(at: position), column: column)
                    guard let read = outcomeValues.outcome(of: text) else {
                        let listed = (outcomeValues.converted + outcomeValues.notConverted + outcomeValues.open).map { "\"\($0)\"" }.joined(separator: ", ")
                        try policy.reject(issue(.unparsableValue, column, position, "this outcome value is not listed in `outcome_values`", hint: "listed values: \(listed); add this one under converted, not_converted or open"))
                        continue rows
                    }
                    outcome = read
                } else if markers.contains(bytes) {
                    try policy.reject(issue(.unparsableValue, column, position, "this lead has no outcome", hint: "the outcome column must say yes or no for every lead; map a stage column with `outcome_values` to mark open leads"))
                    continue rows
                } else if let flag = BooleanParser.parse(bytes) {
                    outcome = flag ? .converted : .notConverted
                } else {
                    try policy.reject(issue(.unparsableValue, column, position, "cannot read this value as converted or not", hint: "yes/no columns may hold 1/0, yes/no or true/false; for stage names such as \"Won\" set `outcome_values`"))
                    continue rows
                }
            } else if convertedAtPosition != nil {
                outcome = convertedAt == EpochSeconds.missing ? .notConverted : .converted
            }
            if outcome != .converted { convertedAt = EpochSeconds.missing }
            let outcomeFromThisFile = convertedPosition != nil || convertedAtPosition != nil
            if outcomeFromThisFile, let position = createdPosition, let column = columns.createdAt,
                created == EpochSeconds.missing, outcome != .open {
                try policy.reject(issue(.unparsableValue, column, position, "this lead has no creation time, but its outcome is known", hint: "every lead with a known outcome needs a creation time; remove the row or set `bad_rows: skip`"))
                continue rows
            }
            var deal = Double.nan
            if let position = dealPosition, let markers = dealMissing, let column = columns.dealValue {
                let bytes = reader.field(at: position)
                if !markers.contains(bytes) {
                    guard let value = NumberParser.parse(bytes) else {
                        try policy.reject(issue(.unparsableValue, column, position, "cannot read this value as a number", hint: "deal values are plain numbers such as 1250.50, without currency signs or thousands separators"))
                        continue rows
                    }
                    deal = value
                }
            }
            var account: Int32 = -1
            if let position = accountPosition, let markers = accountMissing {
                let bytes = reader.field(at: position)
                if !markers.contains(bytes) { account = Int32(leads.accountKeys.intern(bytes).code) }
            }
            _ = leads.ids.intern(id)
            leads.sourceLines.append(Int32(clamping: line))
            leads.accountIndex.append(account)
            leads.createdAt.append(created)
            leads.outcome.append(outcome)
            leads.convertedAt.append(convertedAt)
            leads.dealValue.append(deal)
            for (i, position) in attributePositions.enumerated() { leads.attributes[i].append(reader.field(at: position)) }
        }
        leads.hasCreationColumn = columns.createdAt != nil
        return leads
    }
}
