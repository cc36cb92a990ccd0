import LeadBenchData

/// What a live A/B test has observed (DESIGN §5), read from two CSV files joined on the unit:
///
/// - assignments: one row per unit with its arm (`leadbench ab assign` writes it), and optionally the
///   date it entered the test;
/// - outcomes: one row per unit observed so far, whether it converted, and optionally when.
///
/// Units assigned but not yet in the outcomes are not observed yet: left out and counted. With dates,
/// ``looks`` holds each day's cumulative counts per arm for the sequential test: a unit counts from its
/// assignment day, a conversion from its conversion day (or the unit's assignment day without one).
public struct ABObservations: Sendable {
    /// Per arm, in the allocation's order: observed units and conversions.
    public let outcomes: [ArmOutcome]
    /// Assigned units without an outcome yet.
    public let notYetObserved: Int
    /// Daily cumulative outcomes per arm (empty without dates), oldest first.
    public let looks: [[ArmOutcome]]
    /// The days of ``looks``, ISO 8601.
    public let lookDays: [String]

    /// Column names of the two files.
    public struct Columns: Sendable {
        public var unit = "unit"
        public var arm = "arm"
        public var assignedAt: String? = nil
        public var converted = "converted"
        public var convertedAt: String? = nil
        public init() {}
    }

    /// Reads and joins the files. Every problem is reported at once, with file, line, column and a hint:
    /// an arm the allocation does not have, a unit assigned twice, an outcome for a unit without an
    /// assignment, an unreadable conversion flag or date, an arm with no observed unit.
    public static func load(
        assignments: String, outcomes: String, allocation: ArmAllocation, columns: Columns = Columns()
    ) throws(InputError) -> ABObservations {
        var issues = IssueCollector()
        let dateParser = TimestampParser(format: .iso8601, zone: .utc)
        func day(_ text: String) -> Int64? {
            var bytes = Array(text.utf8)
            guard let moment = bytes.withUnsafeMutableBytes({ dateParser.parse(UnsafeRawBufferPointer($0)) }) else { return nil }
            return DailyLooks.day(of: moment)
        }

        // Assignments: unit → (arm, day).
        var armOf: [String: (arm: Int, day: Int64?)] = [:]
        var reader = try CSVReader.open(path: assignments)
        let unitIndex = try Self.column(columns.unit, in: reader.header, file: assignments)
        let armIndex = try Self.column(columns.arm, in: reader.header, file: assignments)
        let assignedIndex = try columns.assignedAt.map { name throws(InputError) in try Self.column(name, in: reader.header, file: assignments) }
        while try reader.nextRecord() {
            let unit = reader.string(at: unitIndex)
            let armName = reader.string(at: armIndex)
            let line = reader.recordLine
            guard let arm = allocation.index(of: armName) else {
                issues.add(InputIssue(
                    .unknownReference, file: assignments, line: line, field: columns.arm, value: armName, message: "this arm is not one of the test's arms",
                    hint: NearestMatch.hint(for: armName, among: allocation.names, noun: "arm")))
                continue
            }
            if unit.isEmpty {
                issues.add(InputIssue(.unparsableValue, file: assignments, line: line, field: columns.unit, message: "a row without a unit", hint: "every row names the unit it assigns"))
                continue
            }
            var assignedDay: Int64?
            if let assignedIndex {
                let text = reader.string(at: assignedIndex)
                assignedDay = day(text)
                if assignedDay == nil {
                    issues.add(InputIssue(.unparsableValue, file: assignments, line: line, field: columns.assignedAt, value: text, message: "not a date", hint: "write dates as 2025-09-01"))
                }
            }
            if armOf[unit] != nil {
                issues.add(InputIssue(.duplicateID, file: assignments, line: line, field: columns.unit, value: unit, message: "this unit is assigned twice", hint: "a unit belongs to exactly one arm"))
                continue
            }
            armOf[unit] = (arm, assignedDay)
        }

        // Outcomes, joined on the unit.
        var observed: [String: (converted: Bool, day: Int64?)] = [:]
        var outcomesReader = try CSVReader.open(path: outcomes)
        let outcomeUnit = try Self.column(columns.unit, in: outcomesReader.header, file: outcomes)
        let convertedIndex = try Self.column(columns.converted, in: outcomesReader.header, file: outcomes)
        let convertedAtIndex = try columns.convertedAt.map { name throws(InputError) in try Self.column(name, in: outcomesReader.header, file: outcomes) }
        while try outcomesReader.nextRecord() {
            let unit = outcomesReader.string(at: outcomeUnit)
            let line = outcomesReader.recordLine
            guard armOf[unit] != nil else {
                issues.add(InputIssue(
                    .unknownReference, file: outcomes, line: line, field: columns.unit, value: unit, message: "this unit has no assignment",
                    hint: "every observed unit must appear in \(assignments); an outcome of a unit outside the test cannot be credited to an arm"))
                continue
            }
            let flag = outcomesReader.string(at: convertedIndex)
            guard let converted = BooleanParser.parse(flag) else {
                issues.add(InputIssue(.unparsableValue, file: outcomes, line: line, field: columns.converted, value: flag, message: "not a yes/no value", hint: "write 1 or 0, yes or no, true or false"))
                continue
            }
            var convertedDay: Int64?
            if let convertedAtIndex, converted {
                let text = outcomesReader.string(at: convertedAtIndex)
                convertedDay = day(text)
                if convertedDay == nil && !text.isEmpty {
                    issues.add(InputIssue(.unparsableValue, file: outcomes, line: line, field: columns.convertedAt, value: text, message: "not a date", hint: "write dates as 2025-09-01"))
                }
            }
            if observed[unit] != nil {
                issues.add(InputIssue(.duplicateID, file: outcomes, line: line, field: columns.unit, value: unit, message: "this unit has two outcomes", hint: "one row per unit"))
                continue
            }
            observed[unit] = (converted, convertedDay)
        }
        if !issues.issues.isEmpty { throw Self.error(issues.issues) }

        var units = [Int](repeating: 0, count: allocation.arms.count)
        var conversions = [Int](repeating: 0, count: allocation.arms.count)
        var events: [DailyLooks.Event] = []
        for (unit, outcome) in observed {
            guard let assignment = armOf[unit] else { continue }
            units[assignment.arm] += 1
            if outcome.converted { conversions[assignment.arm] += 1 }
            if let entered = assignment.day {
                events.append(DailyLooks.Event(day: entered, arm: assignment.arm, isConversion: false))
                if outcome.converted { events.append(DailyLooks.Event(day: outcome.day ?? entered, arm: assignment.arm, isConversion: true)) }
            }
        }
        for (index, arm) in allocation.arms.enumerated() where units[index] == 0 {
            issues.add(InputIssue(
                .unknownReference, file: outcomes, field: columns.unit, value: arm.name, message: "the arm \(arm.name) has no observed unit",
                hint: "an arm without traffic cannot be compared; check the assignment and that the arm was switched on"))
        }
        if !issues.issues.isEmpty { throw Self.error(issues.issues) }

        // Daily looks, when both files carry dates.
        let daily = columns.assignedAt != nil && !events.isEmpty ? DailyLooks(events: events, arms: allocation.names) : nil
        return ABObservations(
            outcomes: allocation.arms.indices.map { ArmOutcome(name: allocation.arms[$0].name, units: units[$0], conversions: conversions[$0]) },
            notYetObserved: armOf.count - observed.count, looks: daily?.looks ?? [], lookDays: daily?.days ?? [])
    }

    /// The first 20 issues, and how many more there were: a file with one mistake on every row is
    /// reported in a screenful.
    private static func error(_ issues: [InputIssue]) -> InputError {
        guard issues.count > 20, let last = issues.last else { return InputError(issues: issues) }
        var shown = Array(issues.prefix(20))
        shown.append(InputIssue(last.kind, file: last.file, message: "… and \(issues.count - 20) more like these", hint: "fix the ones above and run again"))
        return InputError(issues: shown)
    }

    private static func column(_ name: String, in header: [String], file: String) throws(InputError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw InputError(InputIssue(
                .missingColumn, file: file, line: 1, field: name, message: "the file has no such column",
                hint: NearestMatch.hint(for: name, among: header, noun: "column")))
        }
        return index
    }
}
