/// Joins a separate outcomes file (one row per converted lead, such as Olist's closed deals) onto the
/// leads by lead id.
struct OutcomesReader {
    let path: String
    let columns: OutcomeColumns
    let rules: ColumnRules
    let absent: Outcome
    let delimiter: UInt8?

    func read(into leads: inout PartialLeads, policy: inout RowPolicy) throws(InputError) {
        var reader = try CSVReader.open(path: path, delimiter: delimiter)
        let header = HeaderIndex(file: path, header: reader.header)
        let id = try MappedField(columns.leadID, in: header, mappedBy: "outcome_columns.lead_id", rules: rules)
        let converted = try MappedField.optional(columns.converted, in: header, mappedBy: "outcome_columns.converted", rules: rules)
        let convertedAt = try MappedField.optional(columns.convertedAt, in: header, mappedBy: "outcome_columns.converted_at", rules: rules)
        let deal = try MappedField.optional(columns.dealValue, in: header, mappedBy: "outcome_columns.deal_value", rules: rules)
        let parser = columns.convertedAt.map { rules.timestampParser(for: $0) }
        var attributePositions: [Int] = []
        var builders: [AttributeBuilder] = []
        for (i, name) in columns.attributes.enumerated() {
            attributePositions.append(try header.require(name, mappedBy: "outcome_columns.attributes[\(i)]"))
            var builder = AttributeBuilder(name: name, reservingCapacity: leads.count)
            for _ in 0..<leads.count { builder.appendMissing() }
            builders.append(builder)
        }

        for row in 0..<leads.count { leads.outcome[row] = absent }
        var seen = [Int32](repeating: 0, count: leads.count)
        while try reader.nextRecord() {
            if id.isMissing(in: reader) {
                try policy.reject(id.issue(in: reader, "this outcome has no lead id", hint: nil).issues[0])
                continue
            }
            guard let code = leads.ids.code(of: reader.field(at: id.position)) else {
                try policy.reject(id.issue(
                    in: reader, "no lead in the leads file has this id", kind: .unknownReference,
                    hint: "outcomes are joined on the lead id; check that both files map the same id column, or set `bad_rows: skip`").issues[0])
                continue
            }
            let lead = Int(code)
            if seen[lead] != 0 {
                try policy.reject(id.issue(
                    in: reader, "this lead already has an outcome on line \(seen[lead])", kind: .duplicateID,
                    hint: "the outcomes file may list each lead once").issues[0])
                continue
            }
            var outcome = Outcome.converted
            if let converted {
                guard let flag = BooleanParser.parse(reader.field(at: converted.position)) else {
                    try policy.reject(converted.issue(in: reader, "cannot read this value as converted or not", hint: "use 1/0, yes/no or true/false").issues[0])
                    continue
                }
                outcome = flag ? .converted : .notConverted
            }
            var moment: Int64? = nil
            if let convertedAt, let parser {
                guard let read = try policy.accept(convertedAt.time(in: reader, parser: parser, rules: rules)) else { continue }
                moment = read
            }
            var dealValue: Double? = nil
            if let deal {
                guard let read = try policy.accept(deal.number(in: reader, hint: nil)) else { continue }
                dealValue = read
            }
            seen[lead] = Int32(clamping: reader.recordLine)
            leads.outcome[lead] = outcome
            leads.convertedAt[lead] = outcome == .converted ? moment ?? EpochSeconds.missing : EpochSeconds.missing
            if deal != nil { leads.dealValue[lead] = dealValue ?? .nan }
            for (i, position) in attributePositions.enumerated() { builders[i].set(reader.field(at: position), row: lead) }
        }
        leads.joinedAttributes += builders.map { ($0, path) }
    }
}
