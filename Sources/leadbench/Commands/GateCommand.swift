import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchGate
import LeadBenchHistory

/// `leadbench gate --baseline B --current C`: checks a run's XML report against a baseline report by the
/// experiment's `gate:` rules; prints the diff, writes JUnit XML when asked, and records itself in the
/// history. Exit status 0 when every rule holds, 1 when one fails, 2 on bad input.
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Check a run's report against a baseline report by the experiment's gate rules.",
        discussion: """
            The rules are the experiment file's gate: list, e.g.
              gate:
                - { model: logistic, metric: auc, floor: 0.60 }
                - { model: logistic, metric: auc, max_drop: 0.02 }
                - { model: "*", metric: precision, not_significantly_worse: true }
            floor: the current figure is no worse than this. max_drop: it is worse than the baseline's by at \
            most this much. not_significantly_worse: the current run's bootstrap interval does not lie wholly \
            on the worse side of the baseline's estimate. Lower is better for brier, log_loss and \
            median_sales_cycle_days.

            Exit status: 0 when every rule holds, 1 when one fails, 2 on bad input.
            """)

    @Option(help: ArgumentHelp("The baseline: the report.xml of an earlier run (e.g. committed under reports/baselines/).", valueName: "report.xml"))
    var baseline: String

    @Option(help: ArgumentHelp("The report.xml of the run to check.", valueName: "report.xml"))
    var current: String

    @Option(help: ArgumentHelp("The experiment file whose gate: rules to check (default: experiments/<name>.yaml, <name> being the current report's experiment).", valueName: "file.yaml"))
    var experiment: String?

    @Option(help: ArgumentHelp("Write the gate as JUnit XML to this file, one test case per rule and model.", valueName: "file.xml"))
    var junit: String?

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let started = Date()
        let report: ReportFigures
        do {
            report = try ReportReader.read(path: current, role: .current)
        } catch {
            throw error.inputError
        }
        let file = try ExperimentFile.load(path: try experimentPath(for: report))
        let step = try GateStep(baselinePath: baseline, junit: junit, experiment: file)
        let outcome = try step.check(report, currentPath: current)
        try history.record {
            HistoryRun(
                kind: .gate, experiment: report.experiment, startedAt: HistoryRecord.timestamp(started),
                experimentGitCommit: GitCommit.lastCommit(touching: file.path), dataFingerprint: HistoryRecord.fingerprint(file),
                models: report.models.map(\.name), outcome: outcome.passed ? "passed" : "failed", leadbenchVersion: report.version,
                figures: HistoryRecord.figures(report))
        }
        if !outcome.passed { throw ExitCode(1) }
    }

    /// `--experiment`, else `experiments/<name>.yaml` in the working folder when it exists.
    private func experimentPath(for report: ReportFigures) throws(InputError) -> String {
        if let experiment { return experiment }
        let guess = "experiments/\(report.experiment).yaml"
        guard FileManager.default.fileExists(atPath: guess) else {
            throw InputError(InputIssue(
                .unreadableFile, file: guess,
                message: "no --experiment was given, and the current report's experiment \"\(report.experiment)\" has no file here",
                hint: "pass --experiment FILE: the experiment file whose gate: rules to check"))
        }
        return guess
    }
}
