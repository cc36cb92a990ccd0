import Foundation
import LeadBenchExperiment
import LeadBenchGate
import LeadBenchHistory
import LeadBenchReplay
import LeadBenchRunReports

/// What `leadbench run` does after its files are written: gates the new report when `--gate` asks, then
/// records the run in the history (unless `--no-history`).
struct RunRecord {
    let results: RunResults
    let file: ExperimentFile
    /// When the command started.
    let started: Date

    /// Gates and records; returns whether the gate passed (true without a gate).
    func finish(gate: GateStep?, folder: String, history: HistoryOptions) throws -> Bool {
        guard gate != nil || !history.disabled else { return true }
        let path = file.spec.reports.xml ? "\(folder)/report.xml" : "the run's report"
        let report: ReportFigures
        do {
            report = try ReportReader.read(bytes: try XMLReport.bytes(results), path: path, role: .current)
        } catch let error as GateError {
            throw error.inputError
        }
        var outcome: GateOutcome?
        if let gate {
            print("")
            outcome = try gate.check(report, currentPath: path)
        }
        try history.record {
            HistoryRun(
                kind: .run, experiment: results.experiment.name, startedAt: HistoryRecord.timestamp(started),
                experimentGitCommit: GitCommit.lastCommit(touching: file.path), dataFingerprint: HistoryRecord.fingerprint(file),
                models: results.models.map(\.name), outcome: outcome.map { $0.passed ? "gate passed" : "gate failed" },
                leadbenchVersion: results.version, figures: HistoryRecord.figures(report))
        }
        return outcome?.passed ?? true
    }
}
