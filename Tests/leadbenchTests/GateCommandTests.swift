import Dispatch
import Foundation
import LeadBenchGate
import LeadBenchReports
import LeadBenchTestSupport
import Testing

/// `leadbench gate`, `leadbench run --gate` and `leadbench history` from the command line: exit status 0
/// when every rule holds, 1 (and no error trace) when one fails, 2 on bad input; JUnit XML of the common
/// shape; every run landing in the history.
@Suite struct GateCommandTests {
    static let baseline = Paths.repository.appendingPathComponent("reports/baselines/quickstart.xml").path
    static let sample = Paths.repository.appendingPathComponent("reports/samples/quickstart/report.xml").path
    static let quickstart = Paths.experiment("quickstart.yaml")

    /// The logistic model's test AUC in the sample report (and the baseline, its copy): estimate, lower, upper.
    static func sampleLogisticAUC() throws -> [String] {
        let bytes = try #require(FileManager.default.contents(atPath: sample))
        let parsed = try ParsedMarkup(xml: Array(bytes), namespaces: ["r": "https://leadbench.dev/report/1"])
        let auc = "/r:report/r:models/r:model[@name='logistic']/r:auc"
        return try ["estimate", "lower", "upper"].map { try parsed.xpathString("\(auc)/r:\($0)") }
    }

    /// The baseline's logistic AUC as the gate prints it (four decimals).
    static func baselineAUC() throws -> String { String(format: "%.4f", Double(try sampleLogisticAUC()[0]) ?? .nan) }

    /// The sample report with the logistic model's AUC moved to `estimate` and `[lower, upper]`.
    static func quickstartReport(logisticAUC estimate: Double, lower: Double, upper: Double, in dir: TemporaryDirectory) throws -> String {
        var text = try String(contentsOfFile: sample, encoding: .utf8)
        for (old, new) in zip(try sampleLogisticAUC(), [estimate, lower, upper]) {
            text = text.replacingOccurrences(of: ">\(old)<", with: ">\(new)<")
        }
        return dir.write("current.xml", text)
    }

    static func validJUnit(_ path: String) throws -> ParsedMarkup {
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let parsed = try ParsedMarkup(xml: Array(bytes))
        let schema = try XMLSchema(contentsOfFile: Paths.repository.appendingPathComponent("schemas/junit.xsd").path)
        #expect(schema.validate(parsed) == [])
        return parsed
    }

    @Test func aRunAgainstItsBaselinePassesWithExit0() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try runLeadBench([
            "gate", "--baseline", Self.baseline, "--current", Self.sample, "--experiment", Self.quickstart, "--junit", dir.file("ci/junit.xml"),
            "--history", dir.file("history.sqlite"),
        ])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("gate passed: 19 checks, 1 skipped\n"))
        let base = try Self.baselineAUC()
        #expect(result.stdout.contains("  logistic    auc        floor 0.6                  \(base)   \(base)                    +0.0000  pass\n"))
        let junit = try Self.validJUnit(dir.file("ci/junit.xml"))
        #expect(try junit.xpathCount("//testcase") == 19)
        #expect(try junit.xpathCount("//failure") == 0)
        #expect(result.stdout.contains("history: recorded as run 1 in \(dir.file("history.sqlite"))"))
    }

    @Test func aDegradedReportFailsWithExit1AndNoErrorTrace() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let current = try Self.quickstartReport(logisticAUC: 0.58, lower: 0.52, upper: 0.60, in: dir)
        let result = try runLeadBench([
            "gate", "--baseline", Self.baseline, "--current", current, "--experiment", Self.quickstart, "--junit", dir.file("junit.xml"), "--no-history",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let base = try Self.baselineAUC()
        let drop = String(format: "%.4f", (Double(try Self.sampleLogisticAUC()[0]) ?? .nan) - 0.58)
        #expect(result.stdout.contains("    auc fell by \(drop) (\(base) → 0.5800), more than the allowed 0.02\n"))
        #expect(result.stdout.contains("    auc 0.5800 is below the floor 0.6\n"))
        #expect(result.stdout.hasSuffix("gate failed: 3 of 19 checks failed, 1 skipped\nJUnit XML → \(dir.file("junit.xml"))\n"))
        let junit = try Self.validJUnit(dir.file("junit.xml"))
        #expect(try junit.xpathStrings("//testcase[failure]/@name") == ["auc max_drop 0.02", "auc not_significantly_worse", "auc floor 0.6"])
        #expect(try junit.xpathStrings("//testcase[failure]/@classname") == Array(repeating: "quickstart.logistic", count: 3))
        #expect(try dir.entries() == ["current.xml", "junit.xml"])
    }

    @Test func anImprovedReportPasses() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let current = try Self.quickstartReport(logisticAUC: 0.7, lower: 0.64, upper: 0.76, in: dir)
        let result = try runLeadBench(["gate", "--baseline", Self.baseline, "--current", current, "--experiment", Self.quickstart, "--no-history"])
        #expect(result.status == 0)
        let gain = String(format: "%+.4f", 0.7 - (Double(try Self.sampleLogisticAUC()[0]) ?? .nan))
        #expect(result.stdout.contains("  logistic    auc        max_drop 0.02              \(try Self.baselineAUC())   0.7000                    \(gain)  pass\n"))
    }

    @Test func theExperimentIsFoundByNameInTheWorkingFolder() throws {
        let result = try runLeadBench(["gate", "--baseline", Self.baseline, "--current", Self.sample, "--no-history"], in: Paths.repository.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("gate passed"))
    }

    @Test func badInputExitsWith2AndAHint() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let gate = ["gate", "--experiment", Self.quickstart, "--no-history"]

        let missing = try runLeadBench(gate + ["--baseline", dir.file("nope.xml"), "--current", Self.sample])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("\(dir.file("nope.xml")): the baseline report does not exist\n  hint: a baseline is the report.xml of an earlier run"))

        let html = Paths.repository.appendingPathComponent("reports/samples/quickstart/report.html").path
        let notXML = try runLeadBench(gate + ["--baseline", Self.baseline, "--current", html])
        #expect(notXML.status == 2)
        #expect(notXML.stderr.contains("the current report is not well-formed XML"))

        let junit = dir.write("junit.xml", "<?xml version=\"1.0\"?>\n<testsuites/>\n")
        let other = try runLeadBench(gate + ["--baseline", junit, "--current", Self.sample])
        #expect(other.status == 2)
        #expect(other.stderr.contains("the baseline file is not a leadbench report: its root is <testsuites> without a namespace"))

        let noRules = dir.write("exp.yaml", "name: quickstart\ndata:\n  leads: leads.csv\n  columns: { lead_id: id, converted: won }\n")
        let ruleless = try runLeadBench(["gate", "--baseline", Self.baseline, "--current", Self.sample, "--experiment", noRules, "--no-history"])
        #expect(ruleless.status == 2)
        #expect(ruleless.stderr.contains("key \"gate\": the experiment has no gate rules to check"))

        let typo = dir.write("typo.yaml", "name: quickstart\ndata:\n  leads: leads.csv\n  columns: { lead_id: id, converted: won }\nmodels: [ { name: m, kind: logistic } ]\ngate:\n  - { model: m, metric: presicion, floor: 0.1 }\n")
        let badRule = try runLeadBench(["gate", "--baseline", Self.baseline, "--current", Self.sample, "--experiment", typo, "--no-history"])
        #expect(badRule.status == 2)
        #expect(badRule.stderr.contains("\(typo):7: key \"gate[0].metric\": \"presicion\" is not a metric the gate knows (value \"presicion\")\n  hint: did you mean \"precision\"?"))

        let unknown = try runLeadBench(["gate", "--baseline", Self.baseline, "--current", Self.sample, "--no-history"], in: dir.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("hint: pass --experiment FILE"))
        #expect(try runLeadBench(["gate", "--current", Self.sample]).status == 2)
    }

    @Test func concurrentGatesAllLandInTheHistory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let history = dir.file("shared/history.sqlite")
        let processes = 6
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: processes) { _ in
            let result = try? runLeadBench(["gate", "--baseline", Self.baseline, "--current", Self.sample, "--experiment", Self.quickstart, "--history", history])
            statuses.add(result.map { "\($0.status) \($0.stderr)" } ?? "did not start")
        }
        #expect(statuses.all == Array(repeating: "0 ", count: processes))
        let list = try runLeadBench(["history", "--history", history])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").filter { $0.contains(" gate ") && $0.contains("quickstart") && $0.hasSuffix("passed") }.count == processes)
        let trend = try runLeadBench(["history", "--history", history, "--metric", "auc", "--model", "logistic", "--html", dir.file("trend.html")])
        #expect(trend.status == 0)
        #expect(trend.stdout.hasPrefix("auc of logistic across \(processes) runs\n"))
        let base = try Self.baselineAUC()
        #expect(trend.stdout.split(separator: "\n").filter { $0.contains("logistic    \(base)") }.count == processes)
        let page = try ParsedMarkup(html: Array(try #require(FileManager.default.contents(atPath: dir.file("trend.html")))))
        #expect(try page.xpathCount("//figure/svg") == 1)
    }

    @Test func runWithGateChecksTheNewReportAndRecordsTheRun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try runLeadBench(
            ["run", Self.quickstart, "--out", "out", "--gate", Self.baseline, "--junit", "out/junit.xml"], in: dir.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("gate quickstart: out/report.xml against the baseline \(Self.baseline)\n"))
        #expect(result.stdout.contains("gate passed: 19 checks, 1 skipped\n"))
        #expect(result.stdout.hasSuffix("history: recorded as run 1 in .leadbench/history.sqlite\n"))
        _ = try Self.validJUnit(dir.file("out/junit.xml"))
        let history = try runLeadBench(["history"], in: dir.path)
        #expect(history.stdout.contains("quickstart"))
        #expect(history.stdout.contains("gate passed"))
        #expect(history.stdout.contains("points, engagement, logistic, boosted, hybrid"))
    }

    @Test func aDeliberatelyDegradedModelTripsTheGateOfARun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let fixtures = Paths.fixture("quickstart")
        // The quickstart's points model with its rules turned against the outcome: students and
        // unsubscribes score.
        let experiment = dir.write("degraded.yaml", """
            name: quickstart
            data:
              leads: \(fixtures)/leads.csv
              activities: \(fixtures)/activities.csv
              accounts: \(fixtures)/accounts.csv
              columns: { lead_id: Lead ID, account_id: Company ID, created_at: Created Date, converted_at: Closed Won Date, deal_value: Deal Value }
              activity_columns: { lead_id: Lead ID, at: Activity Date, type: Activity Type, value: Value }
              account_columns: { account_id: Company ID }
              missing: [Select, unknown]
              exclude: [ { Company Name: a label } ]
            split: { kind: temporal, cutoff: 2025-07-01 }
            horizon_days: 90
            scoring_delay_days: 7
            objective: { kind: capacity, max_per_week: 15 }
            bootstrap: { resamples: 200 }
            models:
              - name: points
                kind: static
                threshold: 20
                rules:
                  - { attribute: Seniority, equals: Student, points: 20 }
                  - { activity: unsubscribe, points: 20 }
                  - { activity: page_view, points: 1, cap: 10 }
            gate:
              - { model: points, metric: auc, max_drop: 0.02, not_significantly_worse: true }
              - { model: points, metric: precision, floor: 0.1 }
            """)
        let result = try runLeadBench(
            ["run", experiment, "--out", "out", "--gate", Self.baseline, "--junit", "junit.xml", "--no-history"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("gate failed: 3 of 3 checks failed\n"))
        let junit = try Self.validJUnit(dir.file("junit.xml"))
        #expect(try junit.xpathString("string(/testsuites/@failures)") == "3")
        #expect(try junit.xpathStrings("//testcase/@name") == ["auc max_drop 0.02", "auc not_significantly_worse", "precision floor 0.1"])
        #expect(try junit.xpathStrings("//failure/@type") == ["max_drop", "not_significantly_worse", "floor"])
        #expect(try junit.xpathStrings("//failure/@message").allSatisfy { $0.hasPrefix("auc fell by") || $0.hasPrefix("auc is significantly worse") || $0.hasPrefix("precision 0.0") })
        // The run's files are written before the gate; --no-history leaves no database behind.
        #expect(FileManager.default.fileExists(atPath: dir.file("out/report.xml")))
        #expect(try dir.entries() == ["degraded.yaml", "junit.xml", "out"])
    }

    @Test func junitNeedsAGate() throws {
        let result = try runLeadBench(["run", Self.quickstart, "--junit", "x.xml", "--no-history"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--junit needs --gate BASELINE"))
    }

    @Test func historyWithoutADatabaseSaysSoAndCreatesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try runLeadBench(["history"], in: dir.path)
        #expect(result.status == 0)
        #expect(result.stdout == "no history yet at .leadbench/history.sqlite: leadbench run and leadbench gate record each run there\n")
        #expect(try dir.entries().isEmpty)
        let typo = try runLeadBench(["history", "--metric", "acu"], in: dir.path)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("hint: did you mean \"auc\"?"))
        #expect(try runLeadBench(["history", "--model", "points"], in: dir.path).status == 2)
    }

    @Test func aCorruptHistoryFailsTheCommandAndIsLeftAlone() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let history = dir.write("history.sqlite", "not a database")
        let result = try runLeadBench(["gate", "--baseline", Self.baseline, "--current", Self.sample, "--experiment", Self.quickstart, "--history", history])
        #expect(result.status == 2)
        #expect(result.stdout.contains("gate passed"))
        #expect(result.stderr.contains("\(history): the history file is not a readable SQLite database"))
        #expect(try String(contentsOfFile: history, encoding: .utf8) == "not a database")
    }
}

/// Results gathered from concurrent processes.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) { lock.withLock { items.append(item) } }

    var all: [String] { lock.withLock { items } }
}
