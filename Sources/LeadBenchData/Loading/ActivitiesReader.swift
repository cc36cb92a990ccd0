/// Streams the activity log, joins each row to its lead, and groups the rows by lead in time order.
struct ActivitiesReader {
    let path: String
    let columns: ActivityColumns
    let rules: ColumnRules
    let delimiter: UInt8?

    func read(leadIDs: ByteInterner, policy: inout RowPolicy) throws(InputError) -> ActivityLog {
        var reader = try CSVReader.open(path: path, delimiter: delimiter)
        let header = HeaderIndex(file: path, header: reader.header)
        let idPosition = try header.require(columns.leadID, mappedBy: "activity_columns.lead_id")
        let atPosition = try header.require(columns.at, mappedBy: "activity_columns.at")
        let typePosition = try header.require(columns.type, mappedBy: "activity_columns.type")
        let valuePosition = try columns.value.map { c throws(InputError) in try header.require(c, mappedBy: "activity_columns.value") }
        let parser = rules.timestampParser(for: columns.at)
        let timeMissing = rules.missingMarkers(for: columns.at)
        let valueMissing = columns.value.map { rules.missingMarkers(for: $0) }

        var lead: [Int32] = []
        var at: [Int64] = []
        var rawType: [UInt32] = []
        var value: [Double] = []
        var types = ByteInterner()
        var firstLineOfType: [Int] = []
        while try reader.nextRecord() {
            let idBytes = reader.field(at: idPosition)
            guard let code = leadIDs.code(of: idBytes) else {
                try policy.reject(InputIssue(
                    .unknownReference, file: path, line: reader.recordLine, field: columns.leadID, value: reader.string(at: idPosition),
                    message: "no lead in the leads file has this id",
                    hint: "activities are joined on the lead id; set `bad_rows: skip` to count and skip activities of unknown leads"))
                continue
            }
            let timeBytes = reader.field(at: atPosition)
            guard !timeMissing.contains(timeBytes), let t = parser.parse(timeBytes) else {
                try policy.reject(InputIssue(
                    .unparsableValue, file: path, line: reader.recordLine, field: columns.at, value: reader.string(at: atPosition),
                    message: "cannot read this value as a timestamp", hint: rules.timestampHint(for: columns.at)))
                continue
            }
            var number = Double.nan
            if let position = valuePosition, let markers = valueMissing, let column = columns.value {
                let bytes = reader.field(at: position)
                if !markers.contains(bytes) {
                    guard let parsed = NumberParser.parse(bytes) else {
                        try policy.reject(InputIssue(
                            .unparsableValue, file: path, line: reader.recordLine, field: column, value: reader.string(at: position),
                            message: "cannot read this value as a number", hint: "activity values are plain numbers"))
                        continue
                    }
                    number = parsed
                }
            }
            let (typeCode, isNew) = types.intern(reader.field(at: typePosition))
            if isNew { firstLineOfType.append(reader.recordLine) }
            lead.append(Int32(code))
            at.append(t)
            rawType.append(typeCode)
            if valuePosition != nil { value.append(number) }
        }

        // Settle type spellings: normalise, reject missing types, merge equal spellings.
        var names = ByteInterner()
        var remap = [UInt32](repeating: 0, count: types.count)
        for code in 0..<types.count {
            let spelled = rules.normalized(types.string(UInt32(code)), column: columns.type)
            if rules.isMissing(spelled, column: columns.type) {
                throw InputError(InputIssue(
                    .unparsableValue, file: path, line: firstLineOfType[code], field: columns.type, value: types.string(UInt32(code)),
                    message: "this activity has no type", hint: "every activity needs a type; map spellings with `normalize`"))
            }
            remap[code] = names.intern(spelled)
        }
        return Self.grouped(
            leadCount: leadIDs.count, lead: lead, at: at, type: rawType.map { remap[Int($0)] }, value: value,
            typeNames: names.strings)
    }

    /// Groups rows by lead with a counting sort (stable, O(n)), then orders each lead's rows by time,
    /// keeping file order for equal times.
    static func grouped(leadCount: Int, lead: [Int32], at: [Int64], type: [UInt32], value: [Double], typeNames: [String]) -> ActivityLog {
        var start = [Int](repeating: 0, count: leadCount + 1)
        for l in lead { start[Int(l) + 1] += 1 }
        for i in 0..<leadCount { start[i + 1] += start[i] }
        var order = [Int32](repeating: 0, count: lead.count)
        var next = start
        for (row, l) in lead.enumerated() {
            order[next[Int(l)]] = Int32(row)
            next[Int(l)] += 1
        }
        for l in 0..<leadCount {
            let range = start[l]..<start[l + 1]
            guard range.count > 1 else { continue }
            var sorted = true
            for i in range.dropFirst() where at[Int(order[i - 1])] > at[Int(order[i])] {
                sorted = false
                break
            }
            if !sorted {
                // Row numbers break ties, so the order is the file order among equal times.
                order[range].sort { at[Int($0)] != at[Int($1)] ? at[Int($0)] < at[Int($1)] : $0 < $1 }
            }
        }
        return ActivityLog(
            leadStart: start, at: order.map { at[Int($0)] }, type: order.map { type[Int($0)] },
            value: value.isEmpty ? [] : order.map { value[Int($0)] }, typeNames: typeNames)
    }
}
