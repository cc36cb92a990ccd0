import Foundation
import LeadBenchExperiment
import LeadBenchGate
import LeadBenchReports
import LeadBenchTestSupport
import Testing

/// The gate's JUnit XML: the common shape CI servers read (validated against schemas/junit.xsd), one
/// test case per check, a failure per failed one.
@Suite struct JUnitReportTests {
    static let schemaPath = Paths.repository.appendingPathComponent("schemas/junit.xsd").path

    static func validate(_ bytes: [UInt8]) throws -> [String] {
        try XMLSchema(contentsOfFile: schemaPath).validate(try ParsedMarkup(xml: bytes))
    }

    @Test func theEmbeddedSchemaIsTheFile() throws {
        #expect(try String(contentsOfFile: Self.schemaPath, encoding: .utf8) == JUnitSchema.xsd)
    }

    @Test func aDegradedModelGivesTheExpectedJUnitXML() throws {
        let outcome = try GateReportTests.gate(
            baseline: .quickstart, current: GateReportTests.degraded,
            rules: [GateRule(model: "logistic", metric: .auc, maxDrop: 0.02), GateRule(model: "*", metric: .brier, maxDrop: 0.005)])
        let bytes = try JUnitReport.bytes(outcome, properties: [("experiment file", "experiments/quickstart.yaml")])
        #expect(try Self.validate(bytes) == [])
        #expect(String(decoding: bytes, as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="leadbench gate" tests="6" failures="2" errors="0" skipped="3">
              <testsuite name="quickstart" tests="6" failures="2" errors="0" skipped="3">
                <properties>
                  <property name="baseline" value="baseline.xml"/>
                  <property name="current" value="report.xml"/>
                  <property name="experiment file" value="experiments/quickstart.yaml"/>
                </properties>
                <testcase classname="quickstart.logistic" name="auc max_drop 0.02">
                  <failure type="max_drop" message="auc fell by 0.0548 (0.6348 → 0.5800), more than the allowed 0.02">rule: gate[0] of the experiment file, logistic auc max_drop 0.02
            baseline: 0.6348 [0.5685, 0.7072]
            current: 0.5800 [0.5200, 0.6200]
            change: -0.0548
            </failure>
                </testcase>
                <testcase classname="quickstart.points" name="brier max_drop 0.005">
                  <skipped message="points (static) has no brier in either report"/>
                </testcase>
                <testcase classname="quickstart.engagement" name="brier max_drop 0.005">
                  <skipped message="engagement (decaying) has no brier in either report"/>
                </testcase>
                <testcase classname="quickstart.logistic" name="brier max_drop 0.005">
                  <failure type="max_drop" message="brier rose by 0.0141 (0.0559 → 0.0700), more than the allowed 0.005">rule: gate[1] of the experiment file, logistic brier max_drop 0.005
            baseline: 0.0559
            current: 0.0700
            change: +0.0141
            lower is better for brier
            </failure>
                </testcase>
                <testcase classname="quickstart.boosted" name="brier max_drop 0.005"/>
                <testcase classname="quickstart.hybrid" name="brier max_drop 0.005">
                  <skipped message="hybrid has no brier in either report"/>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func everyRuleIsATestCaseAndEveryFailureAFailureElement() throws {
        let outcome = try GateReportTests.gate(baseline: .quickstart, current: GateReportTests.degraded)
        let bytes = try JUnitReport.bytes(outcome)
        #expect(try Self.validate(bytes) == [])
        let parsed = try ParsedMarkup(xml: bytes)
        #expect(try parsed.xpathCount("/testsuites/testsuite/testcase") == outcome.checks.count)
        #expect(try parsed.xpathCount("//testcase/failure") == outcome.failures)
        #expect(try parsed.xpathCount("//testcase/skipped") == outcome.skips)
        #expect(try parsed.xpathString("string(/testsuites/@failures)") == String(outcome.failures))
        #expect(try parsed.xpathString("string(/testsuites/testsuite/@tests)") == String(outcome.checks.count))
        #expect(try parsed.xpathStrings("//testcase[failure]/@name") == ["auc floor 0.6", "auc max_drop 0.02", "auc not_significantly_worse", "brier max_drop 0.005"])
        // No clock inside: the same gate writes the same bytes.
        #expect(try JUnitReport.bytes(outcome) == bytes)
        #expect(try parsed.xpathCount("//@time | //@timestamp") == 0)
    }

    @Test func aPassingGateHasNoFailures() throws {
        let outcome = try GateReportTests.gate(baseline: .quickstart, current: .quickstart)
        let bytes = try JUnitReport.bytes(outcome)
        #expect(try Self.validate(bytes) == [])
        #expect(try ParsedMarkup(xml: bytes).xpathCount("//failure") == 0)
    }

    @Test func hostileNamesAreEscaped() throws {
        let outcome = GateOutcome(
            experiment: "a<b&\"c\"", baselinePath: "b.xml", currentPath: "c.xml",
            checks: [GateCheck(ruleIndex: 0, model: "m]]>", metric: .auc, criterion: .floor(0.5), baseline: nil, current: nil, verdict: .failed("x < y & \"z\""))],
            notes: [])
        let bytes = try JUnitReport.bytes(outcome)
        #expect(try Self.validate(bytes) == [])
        let parsed = try ParsedMarkup(xml: bytes)
        #expect(try parsed.xpathString("string(//testcase/@classname)") == "a<b&\"c\".m]]>")
        #expect(try parsed.xpathString("string(//failure/@message)") == "x < y & \"z\"")
    }

    @Test func theSchemaRejectsWhatCIServersWouldNotRead() throws {
        let broken = "<testsuites><testsuite name=\"x\" tests=\"1\"><testcase><failure/></testcase></testsuite></testsuites>"
        #expect(try !Self.validate(Array(broken.utf8)).isEmpty)  // a testcase needs a name
        let twoOutcomes = "<testsuites><testsuite name=\"x\" tests=\"1\"><testcase name=\"t\"><failure/><skipped/></testcase></testsuite></testsuites>"
        #expect(try !Self.validate(Array(twoOutcomes.utf8)).isEmpty)
    }

    @Test func writingCreatesTheFolderAndReplacesTheFileAtomically() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let outcome = try GateReportTests.gate(baseline: .quickstart, current: .quickstart)
        let path = dir.file("ci/junit/gate.xml")
        try JUnitReport.write(outcome, to: path)
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == (try JUnitReport.bytes(outcome)))
        #expect(try dir.entries(of: "ci/junit") == ["gate.xml"])
    }
}
