/// Streams the leads file into growing columns (``PartialLeads``).
struct LeadsReader {
    let path: String
    let mapping: DataMapping
    let rules: ColumnRules

    func read(policy: inout RowPolicy) throws(InputError) -> PartialLeads {
        var reader = try CSVReader.open(path: path, delimiter: mapping.delimiter)
        let header = HeaderIndex(file: path, header: reader.header)
        let columns = mapping.columns
        let id = try MappedField(columns.leadID, in: header, mappedBy: "columns.lead_id", rules: rules)
        let account = try MappedField.optional(columns.accountID, in: header, mappedBy: "columns.account_id", rules: rules)
        let created = try MappedField.optional(columns.createdAt, in: header, mappedBy: "columns.created_at", rules: rules)
        let converted = try MappedField.optional(columns.converted, in: header, mappedBy: "columns.converted", rules: rules)
        let convertedAt = try MappedField.optional(columns.convertedAt, in: header, mappedBy: "columns.converted_at", rules: rules)
        let deal = try MappedField.optional(columns.dealValue, in: header, mappedBy: "columns.deal_value", rules: rules)
        let createdParser = columns.createdAt.map { rules.timestampParser(for: $0) }
        let convertedAtParser = columns.convertedAt.map { rules.timestampParser(for: $0) }
        let outcomeFromThisFile = converted != nil || convertedAt != nil

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

        while try reader.nextRecord() {
            if id.isMissing(in: reader) {
                try policy.reject(id.issue(in: reader, "this lead has no id", hint: "every lead needs an id; remove the row or set `bad_rows: skip`").issues[0])
                continue
            }
            if let first = leads.ids.code(of: reader.field(at: id.position)) {
                try policy.reject(id.issue(
                    in: reader, "this lead id already appeared on line \(leads.sourceLines[Int(first)])", kind: .duplicateID,
                    hint: "lead ids must be unique; remove the duplicate row or set `bad_rows: skip`").issues[0])
                continue
            }
            var createdAt: Int64? = nil
            if let created, let parser = createdParser {
                guard let read = try policy.accept(created.time(in: reader, parser: parser, rules: rules)) else { continue }
                createdAt = read
            }
            var convertedMoment: Int64? = nil
            if let convertedAt, let parser = convertedAtParser {
                guard let read = try policy.accept(convertedAt.time(in: reader, parser: parser, rules: rules)) else { continue }
                convertedMoment = read
            }
            var outcome = Outcome.notConverted
            if let converted {
                guard let read = try policy.accept(readOutcome(converted, in: reader)) else { continue }
                outcome = read
            } else if convertedAt != nil {
                outcome = convertedMoment == nil ? .notConverted : .converted
            }
            if outcome != .converted { convertedMoment = nil }
            if outcomeFromThisFile, let created, createdAt == nil, outcome != .open {
                try policy.reject(created.issue(
                    in: reader, "this lead has no creation time, but its outcome is known",
                    hint: "every lead with a known outcome needs a creation time; remove the row or set `bad_rows: skip`").issues[0])
                continue
            }
            var dealValue: Double? = nil
            if let deal {
                let hint = "deal values are plain numbers such as 1250.50, without currency signs or thousands separators"
                guard let read = try policy.accept(deal.number(in: reader, hint: hint)) else { continue }
                dealValue = read
            }
            var accountRow: Int32 = -1
            if let account, !account.isMissing(in: reader) {
                accountRow = Int32(leads.accountKeys.intern(reader.field(at: account.position)).code)
            }
            _ = leads.ids.intern(reader.field(at: id.position))
            leads.sourceLines.append(Int32(clamping: reader.recordLine))
            leads.accountIndex.append(accountRow)
            leads.createdAt.append(createdAt ?? EpochSeconds.missing)
            leads.outcome.append(outcome)
            leads.convertedAt.append(convertedMoment ?? EpochSeconds.missing)
            leads.dealValue.append(dealValue ?? .nan)
            for (i, position) in attributePositions.enumerated() { leads.attributes[i].append(reader.field(at: position)) }
        }
        leads.hasCreationColumn = columns.createdAt != nil
        return leads
    }

    /// The outcome in the current record's outcome column: a stage read through `outcome_values`, or a
    /// yes/no value.
    private func readOutcome(_ field: MappedField, in reader: borrowing CSVReader) -> Result<Outcome, InputError> {
        if let values = mapping.outcomeValues {
            let text = rules.normalized(reader.string(at: field.position), column: field.column)
            if let outcome = values.outcome(of: text) { return .success(outcome) }
            let listed = (values.converted + values.notConverted + values.open).map { "\"\($0)\"" }.joined(separator: ", ")
            return .failure(field.issue(
                in: reader, "this outcome value is not listed in `outcome_values`",
                hint: "listed values: \(listed); add this one under converted, not_converted or open"))
        }
        if field.isMissing(in: reader) {
            return .failure(field.issue(
                in: reader, "this lead has no outcome",
                hint: "the outcome column must say yes or no for every lead; map a stage column with `outcome_values` to mark open leads"))
        }
        if let flag = BooleanParser.parse(reader.field(at: field.position)) { return .success(flag ? .converted : .notConverted) }
        return .failure(field.issue(
            in: reader, "cannot read this value as converted or not",
            hint: "yes/no columns may hold 1/0, yes/no or true/false; for stage names such as \"Won\" set `outcome_values`"))
    }
}
