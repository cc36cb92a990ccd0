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
        let idPosition = try header.require(columns.leadID, mappedBy: "outcome_columns.lead_id")
        let convertedPosition = try columns.converted.map { c throws(InputError) in try header.require(c, mappedBy: "outcome_columns.converted") }
        let convertedAtPosition = try columns.convertedAt.map { c throws(InputError) in try header.require(c, mappedBy: "outcome_columns.converted_at") }
        let dealPosition = try columns.dealValue.map { c throws(InputError) in try header.require(c, mappedBy: "outcome_columns.deal_value") }
        var attributePositions: [Int] = []
        var builders: [AttributeBuilder] = []
        for (i, name) in columns.attributes.enumerated() {
            attributePositions.append(try header.require(name, mappedBy: "outcome_columns.attributes[\(i)]"))
            var builder = AttributeBuilder(name: name, reservingCapacity: leads.count)
            for _ in 0..<leads.count { builder.appendMissing() }
            builders.append(builder)
        }
        let parser = columns.convertedAt.map { rules.timestampParser(for: $0) }
        let idMissing = rules.missingMarkers(for: columns.leadID)
        let timeMissing = columns.convertedAt.map { rules.missingMarkers(for: $0) }
        let dealMissing = columns.dealValue.map { rules.missingMarkers(for: $0) }

        for row in 0..<leads.count { leads.outcome[row] = absent }
        var seen = [Int32](repeating: 0, count: leads.count)
        rows: while try reader.nextRecord() {
            let line = reader.recordLine
            func issue(_ kind: InputIssue.Kind, _ column: String, _ position: Int, _ message: String, hint: String?) -> InputIssue {
                InputIssue(kind, file: path, line: line, field: column, value: reader.string(at: position), message: message, hint: hint)
            }
            let id = reader.field(at: idPosition)
            if idMissing.contains(id) {
                try policy.reject(issue(.unparsableValue, columns.leadID, idPosition, "this outcome has no lead id", hint: nil))
                continue rows
            }
            guard let code = leads.ids.code(of: id) else {
                try policy.reject(issue(.unknownReference, columns.leadID, idPosition, "no lead in the leads file has this id", hint: "outcomes are joined on the lead id; check that both files map the same id column, or set `bad_rows: skip`"))
                continue rows
            }
            let lead = Int(code)
            if seen[lead] != 0 {
                try policy.reject(issue(.duplicateID, columns.leadID, idPosition, "this lead already has an outcome on line \(seen[lead])", hint: "the outcomes file may list each lead once"))
                continue rows
            }
            var outcome = Outcome.converted
            if let position = convertedPosition, let column = columns.converted {
                guard let flag = BooleanParser.parse(reader.field(at: position)) else {
                    try policy.reject(issue(.unparsableValue, column, position, "cannot read this value as converted or not", hint: "use 1/0, yes/no or true/false"))
                    continue rows
                }
                outcome = flag ? .converted : .notConverted
            }
            var convertedAt = EpochSeconds.missing
            if let position = convertedAtPosition, let parser, let markers = timeMissing, let column = columns.convertedAt {
                let bytes = reader.field(at: position)
                if !markers.contains(bytes) {
                    guard let t = parser.parse(bytes) else {
                        try policy.reject(issue(.unparsableValue, column, position, "cannot read this value as a timestamp", hint: rules.timestampHint(for: column)))
                        continue rows
                    }
                    convertedAt = t
                }
            }
            var deal = Double.nan
            if let position = dealPosition, let markers = dealMissing, let column = columns.dealValue {
                let bytes = reader.field(at: position)
                if !markers.contains(bytes) {
                    guard let value = NumberParser.parse(bytes) else {
                        try policy.reject(issue(.unparsableValue, column, position, "cannot read this value as a number", hint: nil))
                        continue rows
                    }
                    deal = value
                }
            }
            seen[lead] = Int32(clamping: line)
            leads.outcome[lead] = outcome
            leads.convertedAt[lead] = outcome == .converted ? convertedAt : EpochSeconds.missing
            if dealPosition != nil { leads.dealValue[lead] = deal }
            for (i, position) in attributePositions.enumerated() { builders[i].set(reader.field(at: position), row: lead) }
        }
        leads.joinedAttributes += builders.map { ($0, path) }
    }
}
