import LeadBenchAB
import LeadBenchData
import LeadBenchTestSupport
import Testing

/// Reading a live test's assignments and outcomes: counts per arm, daily looks, and every kind of bad
/// input reported with its file, line and column.
@Suite struct ABObservationsTests {
    private static let arms = try! ArmAllocation([Arm(name: "control", weight: 0.5), Arm(name: "challenger", weight: 0.5)])

    private static func columns() -> ABObservations.Columns {
        var columns = ABObservations.Columns()
        columns.assignedAt = "assigned_at"
        columns.convertedAt = "converted_at"
        return columns
    }

    /// a, b control; c, d challenger (d not observed yet). Day 1: a and c enter; day 2: b enters, c
    /// converts; day 3: a converts.
    @Test func countsAndDailyLooks() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let assignments = dir.write("assign.csv", "unit,arm,assigned_at\na,control,2025-09-01\nb,control,2025-09-02\nc,challenger,2025-09-01\nd,challenger,2025-09-02\n")
        let outcomes = dir.write("outcomes.csv", "unit,converted,converted_at\na,yes,2025-09-03\nb,0,\nc,1,2025-09-02\n")
        let observed = try ABObservations.load(assignments: assignments, outcomes: outcomes, allocation: Self.arms, columns: Self.columns())
        #expect(observed.outcomes == [ArmOutcome(name: "control", units: 2, conversions: 1), ArmOutcome(name: "challenger", units: 1, conversions: 1)])
        #expect(observed.notYetObserved == 1)
        #expect(observed.lookDays == ["2025-09-01", "2025-09-02", "2025-09-03"])
        #expect(observed.looks.map { $0.map(\.units) } == [[1, 1], [2, 1], [2, 1]])
        #expect(observed.looks.map { $0.map(\.conversions) } == [[0, 0], [0, 1], [1, 1]])
    }

    @Test func badInputNamesFileLineAndColumn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let assignments = dir.write("assign.csv", "unit,arm\na,control\nb,challengr\nc,challenger\na,challenger\n")
        let outcomes = dir.write("outcomes.csv", "unit,converted\na,1\nz,0\nc,maybe\n")
        // Every mistake of both files at once.
        #expect {
            try ABObservations.load(assignments: assignments, outcomes: outcomes, allocation: Self.arms)
        } throws: { error in
            let issues = (error as? InputError)?.issues ?? []
            let text = issues.map(\.description).joined(separator: "\n")
            return issues.count == 4 && text.contains("assign.csv:3") && text.contains("did you mean \"challenger\"")
                && text.contains("assign.csv:5") && text.contains("assigned twice")
                && text.contains("outcomes.csv:3") && text.contains("no assignment") && text.contains("outcomes.csv:4") && text.contains("not a yes/no value")
        }
    }

    @Test func aScreenfulOfMistakes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let assignments = dir.write("assign.csv", "unit,arm\n" + (0..<50).map { "u\($0),treatment\n" }.joined())
        let outcomes = dir.write("outcomes.csv", "unit,converted\n")
        #expect {
            try ABObservations.load(assignments: assignments, outcomes: outcomes, allocation: Self.arms)
        } throws: { error in
            let issues = (error as? InputError)?.issues ?? []
            return issues.count == 21 && issues.last?.message == "… and 30 more like these"
        }
    }

    @Test func anArmWithoutTrafficIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let assignments = dir.write("assign.csv", "unit,arm\na,control\nb,control\n")
        let outcomes = dir.write("outcomes.csv", "unit,converted\na,1\nb,0\n")
        #expect {
            try ABObservations.load(assignments: assignments, outcomes: outcomes, allocation: Self.arms)
        } throws: { error in
            (error as? InputError)?.description.contains("the arm challenger has no observed unit") == true
        }
    }

    @Test func aMissingColumnGetsAHint() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let assignments = dir.write("assign.csv", "unit,arms\na,control\n")
        let outcomes = dir.write("outcomes.csv", "unit,converted\na,1\n")
        #expect {
            try ABObservations.load(assignments: assignments, outcomes: outcomes, allocation: Self.arms)
        } throws: { error in
            let text = (error as? InputError)?.description ?? ""
            return text.contains("assign.csv:1") && text.contains("did you mean \"arms\"")
        }
    }
}
