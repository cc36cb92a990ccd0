import Foundation

/// Streams the activity log, joins each row to its lead, and groups the rows by lead in time order.
///
/// Rows are read in batches of 64: the batch's lead ids are looked up together (see
/// ``ByteInterner/codes(of:)``), then the rows are checked and stored in file order, so errors are still
/// reported at the first bad row.
struct ActivitiesReader {
    let path: String
    let columns: ActivityColumns
    let rules: ColumnRules
    let delimiter: UInt8?

    /// The fields a batch copies, in this order.
    private enum Field: Int { case lead = 0, at, type, value }

    func read(leadIDs: ByteInterner, policy: inout RowPolicy) throws(InputError) -> ActivityLog {
        var reader = try CSVReader.open(path: path, delimiter: delimiter)
        let header = HeaderIndex(file: path, header: reader.header)
        let positions = [
            try header.require(columns.leadID, mappedBy: "activity_columns.lead_id"),
            try header.require(columns.at, mappedBy: "activity_columns.at"),
            try header.require(columns.type, mappedBy: "activity_columns.type"),
            try columns.value.map { c throws(InputError) in try header.require(c, mappedBy: "activity_columns.value") } ?? -1,
        ]
        var rows = ActivityRows(hasValues: columns.value != nil, reservingFor: Self.estimatedRows(path))
        var batch = RowBatch(fieldsPerRow: positions.count)
        while try reader.nextRecord() {
            batch.append(reader, positions: positions)
            if batch.isFull {
                try store(batch, leadIDs: leadIDs, into: &rows, policy: &policy)
                batch.removeAll()
            }
        }
        try store(batch, leadIDs: leadIDs, into: &rows, policy: &policy)
        return try rows.log(leadCount: leadIDs.count, rules: rules, typeColumn: columns.type, file: path)
    }

    /// Checks and stores one batch's rows in order.
    private func store(_ batch: RowBatch, leadIDs: ByteInterner, into rows: inout ActivityRows, policy: inout RowPolicy) throws(InputError) {
        guard batch.count > 0 else { return }
        let parser = rules.timestampParser(for: columns.at)
        let timeMissing = rules.missingMarkers(for: columns.at)
        let valueMissing = rules.missingMarkers(for: columns.value ?? "")
        try batch.withFields { (field) throws(InputError) in
            let leads = leadIDs.codes(of: (0..<batch.count).map { field($0, Field.lead.rawValue) })
            for row in 0..<batch.count {
                let line = batch.lines[row]
                func reject(_ kind: InputIssue.Kind, _ column: String, _ index: Field, _ message: String, hint: String?) throws(InputError) {
                    try policy.reject(InputIssue(
                        kind, file: path, line: line, field: column, value: String(decoding: field(row, index.rawValue), as: UTF8.self),
                        message: message, hint: hint))
                }
                guard let lead = leads[row] else {
                    try reject(.unknownReference, columns.leadID, .lead, "no lead in the leads file has this id",
                               hint: "activities are joined on the lead id; set `bad_rows: skip` to count and skip activities of unknown leads")
                    continue
                }
                let timeBytes = field(row, Field.at.rawValue)
                guard !timeMissing.contains(timeBytes), let t = parser.parse(timeBytes) else {
                    try reject(.unparsableValue, columns.at, .at, "cannot read this value as a timestamp", hint: rules.timestampHint(for: columns.at))
                    continue
                }
                var number = Double.nan
                if let column = columns.value {
                    let bytes = field(row, Field.value.rawValue)
                    if !valueMissing.contains(bytes) {
                        guard let parsed = NumberParser.parse(bytes) else {
                            try reject(.unparsableValue, column, .value, "cannot read this value as a number", hint: "activity values are plain numbers")
                            continue
                        }
                        number = parsed
                    }
                }
                rows.append(lead: lead, at: t, type: field(row, Field.type.rawValue), value: number, line: line)
            }
        }
    }

    /// A guess at the row count from the file size, to size the columns once instead of regrowing them.
    static func estimatedRows(_ path: String) -> Int {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return min((size ?? 0) / 40, 200_000_000)
    }
}

/// Activity columns in file order, while the log is being read.
struct ActivityRows {
    private var lead: [Int32] = []
    private var at: [Int64] = []
    private var rawType: [UInt32] = []
    private var value: [Double] = []
    private var types = ByteInterner()
    private var firstLineOfType: [Int] = []
    private let hasValues: Bool

    init(hasValues: Bool, reservingFor rows: Int) {
        self.hasValues = hasValues
        lead.reserveCapacity(rows)
        at.reserveCapacity(rows)
        rawType.reserveCapacity(rows)
        if hasValues { value.reserveCapacity(rows) }
    }

    @inline(__always)
    mutating func append(lead code: UInt32, at t: Int64, type: UnsafeRawBufferPointer, value number: Double, line: Int) {
        let (typeCode, isNew) = types.intern(type)
        if isNew { firstLineOfType.append(line) }
        lead.append(Int32(code))
        at.append(t)
        rawType.append(typeCode)
        if hasValues { value.append(number) }
    }

    /// Settles type spellings (normalised, missing rejected, equal spellings merged) and groups the rows
    /// by lead.
    consuming func log(leadCount: Int, rules: ColumnRules, typeColumn: String, file: String) throws(InputError) -> ActivityLog {
        var names = ByteInterner()
        var remap = [UInt32](repeating: 0, count: types.count)
        for code in 0..<types.count {
            let written = types.string(UInt32(code))
            let spelled = rules.normalized(written, column: typeColumn)
            if rules.isMissing(spelled, column: typeColumn) {
                throw InputError(InputIssue(
                    .unparsableValue, file: file, line: firstLineOfType[code], field: typeColumn, value: written,
                    message: "this activity has no type", hint: "every activity needs a type; map spellings with `normalize`"))
            }
            remap[code] = names.intern(spelled)
        }
        for i in rawType.indices { rawType[i] = remap[Int(rawType[i])] }
        return ActivityLog.grouped(leadCount: leadCount, lead: lead, at: at, type: rawType, value: value, typeNames: names.strings)
    }
}
