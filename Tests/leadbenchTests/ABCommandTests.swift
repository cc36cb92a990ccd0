import Foundation
import LeadBenchTestSupport
import Testing

/// `leadbench ab`: assign, analyze and plan through the command line.
@Suite struct ABCommandTests {
    @Test func assignIsStableAndCoversEveryUnit() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let first = try runLeadBench(["ab", "assign", Paths.experiment("quickstart.yaml"), "--out", dir.file("one.csv")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try runLeadBench(["ab", "assign", Paths.experiment("quickstart.yaml"), "--out", dir.file("two.csv")]).status == 0)
        let one = try String(contentsOfFile: dir.file("one.csv"), encoding: .utf8)
        #expect(one == (try String(contentsOfFile: dir.file("two.csv"), encoding: .utf8)))
        let rows = one.split(separator: "\n")
        #expect(rows.first == "unit,arm")
        // The quickstart assigns by account: 1,334 accounts.
        #expect(rows.count == 1 + 1_334)
        #expect(Set(rows.dropFirst().map { $0.split(separator: ",")[1] }) == ["control", "challenger"])
    }

    @Test func planMatchesStatsmodels() throws {
        // statsmodels: NormalIndPower().solve_power(proportion_effectsize(0.06, 0.05), alpha=0.05, power=0.8) = 8142.6…
        let result = try runLeadBench(["ab", "plan", "--base-rate", "0.05", "--mde", "0.2", "--power", "0.8", "--experiment", Paths.experiment("quickstart.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("8,143 units per arm (8142.6 before rounding up), 16,286 in all"))
        #expect(result.stdout.contains("76.8 leads per week"))
    }

    @Test func analyzeReportsAndRefusesBadInput() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var assignments = "unit,arm\n"
        var outcomes = "unit,converted\n"
        for i in 0..<400 {
            assignments += "u\(i),\(i % 2 == 0 ? "control" : "challenger")\n"
            outcomes += "u\(i),\(i % 10 == 0 || i % 7 == 1 ? 1 : 0)\n"
        }
        dir.write("assign.csv", assignments)
        dir.write("outcomes.csv", outcomes)
        let good = try runLeadBench(["ab", "analyze", "--assignments", dir.file("assign.csv"), "--outcomes", dir.file("outcomes.csv"), "--weights", "control=0.5,challenger=0.5"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("challenger against control:"))
        #expect(good.stdout.contains("the units per arm match the weights"))
        let weights = try runLeadBench(["ab", "analyze", "--assignments", dir.file("assign.csv"), "--outcomes", dir.file("outcomes.csv"), "--weights", "control=0.5,challenger=0.6"])
        #expect(weights.status == 2)
        #expect(weights.stderr.contains("--weights"))
        let unknown = try runLeadBench(["ab", "analyze", "--assignments", dir.file("assign.csv"), "--outcomes", dir.file("outcomes.csv"), "--weights", "control=0.5,treatment=0.5"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("assign.csv:3") && unknown.stderr.contains("this arm is not one of the test's arms"))
    }

    @Test func analyzeWritesTheReportOnlyWhenTheInputIsGood() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var assignments = "unit,arm,at\n"
        var outcomes = "unit,converted,at\n"
        for i in 0..<600 {
            let day = String(format: "2025-09-%02d", 1 + i / 30)
            let converted = i % 9 == 0 || (i % 2 == 1 && i % 13 == 0)
            assignments += "u\(i),\(i % 2 == 0 ? "control" : "challenger"),\(day)\n"
            outcomes += "u\(i),\(converted ? 1 : 0),\(converted ? day : "")\n"
        }
        dir.write("assign.csv", assignments)
        dir.write("outcomes.csv", outcomes)
        let arguments = ["ab", "analyze", "--assignments", dir.file("assign.csv"), "--outcomes", dir.file("outcomes.csv"),
                         "--weights", "control=0.5,challenger=0.5", "--assigned-at-column", "at", "--converted-at-column", "at", "--out", dir.file("report")]
        let good = try runLeadBench(arguments)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(try dir.entries(of: "report") == ["ab-report.html", "ab-report.xml"])
        let xml = try String(contentsOfFile: dir.file("report/ab-report.xml"), encoding: .utf8)
        #expect(xml.contains("<liveTest xmlns=\"https://leadbench.dev/report/1\""))
        // 20 days of 30 units: one look a day.
        #expect(xml.components(separatedBy: "<look ").count - 1 == 20)
        let html = try String(contentsOfFile: dir.file("report/ab-report.html"), encoding: .utf8)
        #expect(html.contains("Sequential boundary"))

        // A bad row: exit status 2 and no report folder at all.
        dir.write("outcomes.csv", outcomes + "u9999,1,2025-09-03\n")
        let bad = try runLeadBench(arguments.dropLast() + [dir.file("bad-report")])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("this unit has no assignment"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("bad-report")))
    }
}
