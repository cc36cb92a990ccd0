import LeadBenchReports

/// Why a run's report could not be made. Nothing is written when one is thrown.
public enum RunReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libxml2 could not build, serialize or read back the report, or compile its schema.
    case markup(MarkupError)
    /// The report does not conform to its schema (`schemas/leadbench-report.xsd`): one message per
    /// violation, as libxml2 reports it, e.g. `line 12: Element '…': This element is not expected.`
    case schemaViolations([String])

    /// How many violations ``message`` lists before it says how many more there are.
    public static let listedViolations = 20

    /// What went wrong.
    public var message: String {
        switch self {
        case .markup(let error):
            return "cannot build the report: \(error.description)"
        case .schemaViolations(let messages):
            let count = messages.count
            var text = "the XML report does not conform to its schema \(ReportSchema.fileName) "
                + "(\(count) \(count == 1 ? "violation" : "violations"))"
            for violation in messages.prefix(Self.listedViolations) { text += "\n  " + violation }
            if count > Self.listedViolations { text += "\n  … and \(count - Self.listedViolations) more" }
            return text
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .markup(let error) where error.kind == .schemaFailed:
            return "the schema built into leadbench does not compile; this is a bug in leadbench, please report it"
        case .markup:
            return "this is a bug in leadbench (or the machine ran out of memory); please report it with the experiment file"
        case .schemaViolations:
            return "no report was written; the figures do not fit the report's schema, which is a bug in leadbench: "
                + "please report it with the experiment file"
        }
    }

    public var description: String { "\(message)\n  hint: \(hint)" }
}
