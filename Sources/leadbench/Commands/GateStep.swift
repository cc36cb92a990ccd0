import LeadBenchData
import LeadBenchExperiment
import LeadBenchGate

/// The gate as `gate` and `run --gate` use it: the experiment's rules and the baseline, read up front so
/// that bad input stops the command before any work; then the check of a current report, its diff on
/// standard output and its JUnit XML.
struct GateStep {
    let rules: [GateRule]
    let baseline: ReportFigures
    let baselinePath: String
    let junit: String?
    let experimentPath: String

    /// Reads the baseline report and takes the rules of `experiment`.
    ///
    /// - Throws: ``InputError`` when the experiment has no `gate:` rules or the baseline is not a report.
    init(baselinePath: String, junit: String?, experiment: ExperimentFile) throws(InputError) {
        guard !experiment.spec.gate.rules.isEmpty else {
            throw InputError(InputIssue(
                .missingKey, file: experiment.path, field: "gate", message: "the experiment has no gate rules to check",
                hint: "add e.g. gate: [ { model: \"*\", metric: auc, max_drop: 0.02 } ]"))
        }
        rules = experiment.spec.gate.rules
        do {
            baseline = try ReportReader.read(path: baselinePath, role: .baseline)
        } catch {
            throw error.inputError
        }
        self.baselinePath = baselinePath
        self.junit = junit
        experimentPath = experiment.path
    }

    /// Checks `current` against the baseline, prints the diff and writes the JUnit XML when asked.
    ///
    /// - Throws: ``InputError`` when the JUnit XML cannot be written.
    func check(_ current: ReportFigures, currentPath: String) throws(InputError) -> GateOutcome {
        let outcome = Gate.evaluate(rules: rules, baseline: baseline, current: current, baselinePath: baselinePath, currentPath: currentPath)
        print(GateDiff.text(outcome), terminator: "")
        if let junit {
            do {
                try JUnitReport.write(outcome, to: junit, properties: [("experiment file", experimentPath)])
            } catch {
                throw error.inputError
            }
            print("JUnit XML → \(junit)")
        }
        return outcome
    }
}
