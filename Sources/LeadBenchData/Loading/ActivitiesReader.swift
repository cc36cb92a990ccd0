import Foundation

/// Streams the activity log, joins each row to its lead, and groups the rows by lead in time order.
///
/// Rows are read in batches of 64: the batch's lead ids are looked up together (see
/// ``ByteInterner/codes(of:)``), then the rows are checked and stored in file order, so errors are still
/// reported at the first bad row.
///
/// A large log is read as two halves at once, split at a line break in the middle. The first half's
/// reader stops at the first record that starts at or after the split; if that record starts exactly
/// there, the halves meet and are joined (the second half's lines renumbered). If a quoted field spans
/// the split, the second half's work is dropped and the first reader simply reads on to the end, so the
/// result is the same as one sequential pass in every case.
struct ActivitiesReader: Sendable {
    let path: String
    let columns: ActivityColumns
    let rules: ColumnRules
    let delimiter: UInt8?
    /// Logs smaller than this many bytes are read in one pass: a second thread would not pay for itself.
    var parallelThreshold = 32 << 20

    /// The fields a batch copies, in this order.
    private enum Field: Int { case lead = 0, at, type, value }

    func read(leadIDs: ByteInterner, policy: inout RowPolicy) throws(InputError) -> ActivityLog {
        var first = try CSVReader.open(path: path, delimiter: delimiter)
        let header = HeaderIndex(file: path, header: first.header)
        let positions = [
            try header.require(columns.leadID, mappedBy: "activity_columns.lead_id"),
            try header.require(columns.at, mappedBy: "activity_columns.at"),
            try header.require(columns.type, mappedBy: "activity_columns.type"),
            try columns.value.map { c throws(InputError) in try header.require(c, mappedBy: "activity_columns.value") } ?? -1,
        ]
        let size = Self.fileSize(path)
        guard size >= parallelThreshold, ProcessInfo.processInfo.activeProcessorCount > 1,
            let split = Self.lineStart(after: size / 2, in: path)
        else {
            var part = Part(hasValues: columns.value != nil, reservingFor: size / 40, skip: policy.skip)
            try pass(&first, positions: positions, leadIDs: leadIDs, into: &part)
            policy.merge(part.policy, lineOffset: 0)
            return try ActivityRows.log(of: [(part.rows, 0)], leadCount: leadIDs.count, rules: rules, typeColumn: columns.type, file: path)
        }
        first.stopOffset = split
        let (delimiterInUse, headerNames, skip) = (first.delimiter, first.header, policy.skip)
        let second = SecondHalf()
        let worker = Thread { [self] in
            second.finish(Result { () throws(InputError) -> Part in
                var reader = try CSVReader.open(path: path, delimiter: delimiterInUse, header: headerNames, startingAt: split)
                var part = Part(hasValues: columns.value != nil, reservingFor: (size - split) / 40, skip: skip)
                try pass(&reader, positions: positions, leadIDs: leadIDs, into: &part)
                return part
            })
        }
        worker.start()
        var part = Part(hasValues: columns.value != nil, reservingFor: split / 40, skip: policy.skip)
        let firstResult = Result { () throws(InputError) in try pass(&first, positions: positions, leadIDs: leadIDs, into: &part) }
        let secondResult = second.wait()
        try firstResult.get()
        policy.merge(part.policy, lineOffset: 0)
        var parts = [(part.rows, 0)]
        if first.bytesConsumed == split {
            let linesBefore = first.linesRead
            switch secondResult {
            case .success(let secondPart):
                policy.merge(secondPart.policy, lineOffset: linesBefore)
                parts.append((secondPart.rows, linesBefore))
            case .failure(let error):
                throw error.renumbered(by: linesBefore)
            }
        } else {
            // A quoted field spans the split: read on from where the first half stopped.
            first.stopOffset = Int.max
            var rest = Part(hasValues: columns.value != nil, reservingFor: (size - split) / 40, skip: policy.skip)
            try pass(&first, positions: positions, leadIDs: leadIDs, into: &rest)
            policy.merge(rest.policy, lineOffset: 0)
            parts.append((rest.rows, 0))
        }
        return try ActivityRows.log(of: parts, leadCount: leadIDs.count, rules: rules, typeColumn: columns.type, file: path)
    }

    /// What one reader gathers: rows, and the bad rows it skipped.
    struct Part: Sendable {
        var rows: ActivityRows
        var policy: RowPolicy

        init(hasValues: Bool, reservingFor rows: Int, skip: Bool) {
            self.rows = ActivityRows(hasValues: hasValues, reservingFor: min(rows, 200_000_000))
            self.policy = RowPolicy(skip ? .skip : .error)
        }
    }

    /// Reads every record `reader` yields into `part`.
    private func pass(_ reader: inout CSVReader, positions: [Int], leadIDs: ByteInterner, into part: inout Part) throws(InputError) {
        let parser = rules.timestampParser(for: columns.at)
        var batch = RowBatch(fieldsPerRow: positions.count)
        while try reader.nextRecord() {
            batch.append(reader, positions: positions)
            if batch.isFull {
                try store(batch, leadIDs: leadIDs, parser: parser, into: &part)
                batch.removeAll()
            }
        }
        try store(batch, leadIDs: leadIDs, parser: parser, into: &part)
    }

    /// Checks and stores one batch's rows in order.
    private func store(_ batch: RowBatch, leadIDs: ByteInterner, parser: TimestampParser, into part: inout Part) throws(InputError) {
        guard batch.count > 0 else { return }
        let timeMissing = rules.missingMarkers(for: columns.at)
        let valueMissing = rules.missingMarkers(for: columns.value ?? "")
        try batch.withFields { (field) throws(InputError) in
            let leads = leadIDs.codes(of: (0..<batch.count).map { field($0, Field.lead.rawValue) })
            for row in 0..<batch.count {
                let line = batch.lines[row]
                func reject(_ kind: InputIssue.Kind, _ column: String, _ index: Field, _ message: String, hint: String?) throws(InputError) {
                    try part.policy.reject(InputIssue(
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
                part.rows.append(lead: lead, at: t, type: field(row, Field.type.rawValue), value: number, line: line)
            }
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// The offset just after the first line break at or after `offset`, if one is near.
    static func lineStart(after offset: Int, in path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(offset))) != nil,
            let data = try? handle.read(upToCount: 1 << 16), let index = data.firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        return offset + (index - data.startIndex) + 1
    }
}

/// The second half's result, handed from its thread to the reader that waits for it.
private final class SecondHalf: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read once after waiting on it.
    private var result: Result<ActivitiesReader.Part, InputError>?

    func finish(_ result: Result<ActivitiesReader.Part, InputError>) {
        self.result = result
        done.signal()
    }

    func wait() -> Result<ActivitiesReader.Part, InputError> {
        done.wait()
        return result ?? .failure(InputError(InputIssue(.unreadableFile, file: "", message: "the second half of the activity log was not read")))
    }
}

extension InputError {
    /// The same issues with their lines moved down by `offset` (for a part of a file read on its own).
    func renumbered(by offset: Int) -> InputError {
        InputError(issues: issues.map { issue in
            var moved = issue
            moved.line = issue.line.map { $0 + offset }
            return moved
        })
    }
}

/// Activity columns in file order, while the log is being read.
struct ActivityRows: Sendable {
    private(set) var lead: [Int32] = []
    private(set) var at: [Int64] = []
    private(set) var rawType: [UInt32] = []
    private(set) var value: [Double] = []
    private(set) var types = ByteInterner()
    private(set) var firstLineOfType: [Int] = []
    let hasValues: Bool

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

    /// Settles type spellings across the parts (normalised, missing rejected, equal spellings merged) and
    /// groups the parts' rows by lead, the parts in order; `lineOffset` places a part's lines in the file.
    static func log(
        of parts: [(rows: ActivityRows, lineOffset: Int)], leadCount: Int, rules: ColumnRules, typeColumn: String, file: String
    ) throws(InputError) -> ActivityLog {
        var names = ByteInterner()
        var inputs: [ActivityLog.GroupingInput] = []
        for (rows, lineOffset) in parts {
            var remap = [UInt32](repeating: 0, count: rows.types.count)
            for code in 0..<rows.types.count {
                let written = rows.types.string(UInt32(code))
                let spelled = rules.normalized(written, column: typeColumn)
                if rules.isMissing(spelled, column: typeColumn) {
                    throw InputError(InputIssue(
                        .unparsableValue, file: file, line: rows.firstLineOfType[code] + lineOffset, field: typeColumn, value: written,
                        message: "this activity has no type", hint: "every activity needs a type; map spellings with `normalize`"))
                }
                remap[code] = names.intern(spelled)
            }
            inputs.append(.init(lead: rows.lead, at: rows.at, type: rows.rawType, value: rows.hasValues ? rows.value : nil, typeRemap: remap))
        }
        return ActivityLog.grouped(leadCount: leadCount, parts: inputs, typeNames: names.strings)
    }
}
