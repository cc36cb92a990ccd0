import LeadBenchAB
import LeadBenchReports

/// The report of a live A/B test (`leadbench ab analyze --out DIR`, DESIGN §5, §6): what was analysed
/// and the analysis, as one self-contained HTML page and as XML valid against
/// ``ReportSchema/xsd`` (root `liveTest`).
///
///     let report = LiveTestReport(test: test, assignments: "assign.csv", outcomes: "outcomes.csv", version: "0.4.0")
///     let html = try report.html()      // arm table, lift, sample-ratio verdict, sequential boundary chart
///     let xml = try report.xml()        // validated against the schema before it is returned
///
/// Same analysis, same bytes: nothing in either depends on the clock or the machine.
public struct LiveTestReport: Sendable {
    public let test: LiveTest
    /// The files analysed, as named on the command line.
    public let assignments: String
    public let outcomes: String
    /// The version of leadbench that writes the report.
    public let version: String

    public init(test: LiveTest, assignments: String, outcomes: String, version: String) {
        self.test = test
        self.assignments = assignments
        self.outcomes = outcomes
        self.version = version
    }

    /// The control arm and the first treatment: the pair the headline and the sequential test are about.
    var headline: (control: ArmSummary, comparison: ArmComparison)? {
        guard let comparison = test.analysis.comparisons.first, let control = test.analysis.arm(comparison.control) else { return nil }
        return (control, comparison)
    }
}
