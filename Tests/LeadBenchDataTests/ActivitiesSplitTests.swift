@testable import LeadBenchData
import LeadBenchTestSupport
import Testing

/// Reading a log as two halves at once gives exactly what one pass gives.
@Suite struct ActivitiesSplitTests {
    private static let leads: ByteInterner = {
        var ids = ByteInterner()
        for i in 0..<50 { ids.intern("L\(i)") }
        return ids
    }()

    private static func read(_ path: String, threshold: Int, skip: Bool = false) throws(InputError) -> (ActivityLog, SkippedRows) {
        var mapping = DataMapping(leads: "unused", columns: LeadColumns(leadID: "id"))
        mapping.normalize = ["Type": ["Demo": "demo_request"]]
        let reader = ActivitiesReader(
            path: path, columns: ActivityColumns(leadID: "Lead", at: "At", type: "Type", value: "Value"),
            rules: ColumnRules(mapping: mapping), delimiter: nil, parallelThreshold: threshold)
        var policy = RowPolicy(skip ? .skip : .error)
        let log = try reader.read(leadIDs: leads, policy: &policy)
        return (log, policy.skipped)
    }

    private static func rows(_ log: ActivityLog) -> [String] {
        (0..<50).flatMap { lead in
            log.rows(ofLead: lead).map { "\(lead) \(log.at[$0]) \(log.typeNames[Int(log.type[$0])]) \(log.value[$0])" }
        }
    }

    /// A log of `count` rows; `quoted` puts a multi-line quoted field on every row.
    private static func log(count: Int, quoted: Bool, badLine: Int? = nil) -> String {
        var text = "Lead,At,Type,Value,Note\n"
        for i in 0..<count {
            let lead = badLine == i + 2 ? "L999" : "L\((i * 7) % 50)"
            let note = quoted ? "\"\(i % 10)\n\"" : "\(i % 10)"
            text += "\(lead),2025-01-\(String(format2: 1 + i % 28))T00:00:\(String(format2: i % 60))Z,\(i % 3 == 0 ? "Demo" : "page_view"),\(i % 10),\(note)\n"
        }
        return text
    }

    @Test(arguments: [false, true])
    func halvesJoinToTheOnePassResult(quoted: Bool) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write("a.csv", Self.log(count: 400, quoted: quoted))
        let (whole, _) = try Self.read(path, threshold: .max)
        let (split, _) = try Self.read(path, threshold: 0)
        #expect(Self.rows(split) == Self.rows(whole))
        #expect(split.leadStart == whole.leadStart)
        #expect(split.typeNames.sorted() == ["demo_request", "page_view"])
        #expect(whole.count == 400)
    }

    @Test func splitInsideAQuotedFieldFallsBackToOnePass() throws {
        // Every line of the second half of this file starts inside a quoted field, so the line break
        // after the middle is not a record boundary.
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = "Lead,At,Type,Value,Note\n"
        text += "L1,2025-01-01T00:00:00Z,page_view,3,\"" + String(repeating: "x\n", count: 400) + "\"\n"
        text += "L2,2025-01-02T00:00:00Z,page_view,1,\n"
        let path = dir.write("b.csv", text)
        let (split, _) = try Self.read(path, threshold: 0)
        let (whole, _) = try Self.read(path, threshold: .max)
        #expect(Self.rows(split) == Self.rows(whole))
        #expect(split.count == 2)
    }

    @Test func errorsInTheSecondHalfKeepTheirLineNumbers() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write("c.csv", Self.log(count: 400, quoted: false, badLine: 350))
        let whole = #expect(throws: InputError.self) { try Self.read(path, threshold: .max) }
        let split = #expect(throws: InputError.self) { try Self.read(path, threshold: 0) }
        #expect(whole?.issues.first?.line == 350)
        #expect(split?.issues.first?.line == 350)
        #expect(split?.issues.first?.value == "L999")
        let (_, skipped) = try Self.read(path, threshold: 0, skip: true)
        #expect(skipped.total == 1)
        #expect(skipped.examples.first?.line == 350)
    }
}

extension String {
    fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
