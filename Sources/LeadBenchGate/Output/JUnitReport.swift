import Foundation
import LeadBenchExperiment
import LeadBenchReports

/// The gate as JUnit XML (DESIGN §6), the shape CI servers display: one test case per check, a
/// `failure` for each failed one, `skipped` for each skipped one.
///
///     <testsuites name="leadbench gate" tests="3" failures="1" errors="0" skipped="0">
///       <testsuite name="quickstart" tests="3" failures="1" errors="0" skipped="0">
///         <properties>
///           <property name="baseline" value="reports/baselines/quickstart.xml"/>
///           <property name="current" value="out/report.xml"/>
///         </properties>
///         <testcase classname="quickstart.logistic" name="auc max_drop 0.02">
///           <failure type="max_drop" message="auc fell by 0.0500 (0.7512 → 0.7012), more than the allowed 0.02">…</failure>
///         </testcase>
///
/// Rules:
/// - Built with libxml2's tree API (escaping by construction) and validated against ``JUnitSchema``
///   (`schemas/junit.xsd`) before the bytes are handed out.
/// - A test case's `classname` is `<experiment>.<model>`, its `name` the check's (``GateCheck/name``); a
///   failure's `type` is the criterion's key (`floor`, `max_drop`, `not_significantly_worse`), its
///   `message` the reason, its text the figures behind it.
/// - No times or timestamps: the same gate writes the same bytes.
public enum JUnitReport {
    /// The JUnit XML of `outcome`, validated against ``JUnitSchema/xsd``. `properties` are added to the
    /// suite after the baseline and current paths (the experiment file, say).
    ///
    /// - Throws: ``GateError`` (`junitFailed`) when libxml2 fails or the document does not validate.
    public static func bytes(_ outcome: GateOutcome, properties: [(String, String)] = []) throws(GateError) -> [UInt8] {
        do {
            let bytes = try build(outcome, properties: properties).serialized()
            let violations = try XMLSchema(xsd: JUnitSchema.xsd).validate(try ParsedMarkup(xml: bytes))
            guard violations.isEmpty else {
                throw GateError(.junitFailed, path: "JUnit XML", message: "the JUnit XML does not validate against schemas/\(JUnitSchema.fileName)", details: violations)
            }
            return bytes
        } catch let error as GateError {
            throw error
        } catch let error as MarkupError {
            throw GateError(.junitFailed, path: "JUnit XML", message: "cannot build the JUnit XML: \(error.message)", details: error.details)
        } catch {
            throw GateError(.junitFailed, path: "JUnit XML", message: "cannot build the JUnit XML: \(error)")
        }
    }

    /// Writes the JUnit XML of `outcome` to `path` atomically, creating its folder.
    ///
    /// - Throws: ``GateError`` (`junitFailed`) when it cannot be built or written.
    public static func write(_ outcome: GateOutcome, to path: String, properties: [(String, String)] = []) throws(GateError) {
        let bytes = try self.bytes(outcome, properties: properties)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw GateError(.junitFailed, path: path, message: "cannot create the folder for the JUnit XML: \(error.localizedDescription)")
        }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw GateError(.junitFailed, path: path, message: "cannot write the JUnit XML: \(error.message)")
        }
    }

    static func build(_ outcome: GateOutcome, properties: [(String, String)]) throws(MarkupError) -> MarkupDocument {
        let counts: [(String, String)] = [
            ("tests", String(outcome.checks.count)), ("failures", String(outcome.failures)), ("errors", "0"),
            ("skipped", String(outcome.skips)),
        ]
        let document = try MarkupDocument.xml(root: "testsuites")
        try document.root.attribute("name", "leadbench gate")
        for (name, value) in counts { try document.root.attribute(name, value) }
        let suite = try document.root.element("testsuite", attributes: [("name", outcome.experiment)] + counts)
        let listed = [("baseline", outcome.baselinePath), ("current", outcome.currentPath)] + properties + outcome.notes.map { ("note", $0) }
        let list = try suite.element("properties")
        for (name, value) in listed { try list.element("property", attributes: [("name", name), ("value", value)]) }
        for check in outcome.checks {
            let testcase = try suite.element("testcase", attributes: [("classname", "\(outcome.experiment).\(check.model)"), ("name", check.name)])
            switch check.verdict {
            case .passed: break
            case .failed(let reason):
                try testcase.element("failure", attributes: [("type", check.criterion.key), ("message", reason)], text: details(check))
            case .skipped(let reason):
                try testcase.element("skipped", attributes: [("message", reason)])
            }
        }
        return document
    }

    /// The figures behind a failure, one per line.
    static func details(_ check: GateCheck) -> String {
        var lines = ["rule: gate[\(check.ruleIndex)] of the experiment file, \(check.model) \(check.name)"]
        lines.append("baseline: " + (check.baseline.map { figure($0) } ?? "absent"))
        lines.append("current: " + (check.current.map { figure($0) } ?? "absent"))
        if let change = check.change { lines.append("change: \(GateNumber.signed(change))") }
        if check.metric.lowerIsBetter { lines.append("lower is better for \(check.metric.rawValue)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func figure(_ figure: ReportFigure) -> String {
        var text = GateNumber.text(figure.estimate)
        if let interval = figure.interval { text += " \(GateNumber.interval(interval))" }
        return text
    }
}
