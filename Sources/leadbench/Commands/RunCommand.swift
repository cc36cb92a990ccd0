import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels
import LeadBenchReplay
import LeadBenchReports
import LeadBenchRunReports

/// `leadbench run EXPERIMENT`: loads the experiment's data, reports on it, builds every model (fitting
/// the predictive ones on the training window) and saves each as a model file in the run's folder.
///
/// Replay and metrics grow here with the experiment runner.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an experiment: load its data, report on it, and build and save its models.")

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(help: "The folder for the run's files (default: the experiment's reports.out, else reports/<name>/).")
    var out: String?

    @Option(name: .customLong("scores-out"), help: "Write one row per test lead and model (scores, qualification, outcome, verdict) to this CSV.")
    var scoresOut: String?

    @Option(help: "Bootstrap resamples for the intervals (default: the experiment's bootstrap.resamples, else 1,000).")
    var resamples: Int?

    @Option(help: ArgumentHelp("Gate the new report against this baseline report.xml by the experiment's gate: rules; exit 1 when one fails.", valueName: "baseline.xml"))
    var gate: String?

    @Option(help: ArgumentHelp("With --gate: write the gate as JUnit XML to this file.", valueName: "file.xml"))
    var junit: String?

    @OptionGroup var history: HistoryOptions

    func validate() throws {
        if junit != nil && gate == nil { throw ValidationError("--junit needs --gate BASELINE") }
    }

    func run() throws {
        if let resamples, resamples < 1 {
            throw InputError(InputIssue(.invalidValue, file: "command line", field: "--resamples", value: String(resamples), message: "needs at least one resample", hint: "e.g. --resamples 1000"))
        }
        let started = Date()
        let loaded = try LoadedExperiment(path: experiment)
        let spec = loaded.file.spec
        let gateStep = try gate.map { baseline throws(InputError) in try GateStep(baselinePath: baseline, junit: junit, experiment: loaded.file) }
        print("experiment   \(spec.name)")
        if let split = spec.split { print("split        \(split.label)") }
        print(loaded.summary.text, terminator: "")

        let progress = Progress()
        var run = ExperimentRun(spec: spec, data: ScoringData(loaded.dataset), resamples: resamples)
        run.progress = progress.show
        let outcome: (models: [any ScoringModel], results: RunResults)
        do {
            outcome = try run.run()
        } catch {
            progress.clear()
            throw error.inputError(file: loaded.file.path)
        }
        progress.clear()
        let results = outcome.results
        let folder = loaded.file.outputFolder(out)
        var files = RunFiles(folder: folder)
        print("")
        print("models (training window: \(DatasetSummary.grouped(results.window.trainingLeads)) leads, \(DatasetSummary.grouped(results.window.trainingConverted)) converted)")
        for (model, modelSpec) in zip(outcome.models, spec.models) {
            let file = ModelFile(model: model, threshold: modelSpec.threshold, tiers: modelSpec.tiers, mapping: spec.data)
            let path = files.add("models/\(model.name).json", Array(try file.encoded()))
            print("  \(DatasetSummary.pad(model.name, 14)) \(DatasetSummary.pad(model.kind.rawValue, 14)) \(Self.fitNote(model))→ \(path)")
        }
        print("")
        for leak in results.leakage { print("warning: \(leak.message)") }
        var heading = "replay (\(DatasetSummary.grouped(results.window.testLeads)) test leads"
        if let folds = results.window.folds { heading += " over \(folds) folds" }
        if results.data.hasTimes { heading += ", \(DatasetSummary.grouped(results.window.censored)) censored by the \(spec.horizonDays)-day horizon" }
        if results.window.open > 0 { heading += ", \(DatasetSummary.grouped(results.window.open)) open" }
        print(heading + ")")
        if let note = results.experiment.splitNote { print("  split: \(results.experiment.splitLabel) (\(note))") }
        print(EvaluationTable.text(results))

        let leads = loaded.dataset.leads
        var audit = CSVWriter()
        audit.writeRow(AuditTrail.header)
        for evaluation in results.models {
            for row in AuditTrail.rows(model: evaluation.name, replayed: evaluation.replayed, leads: leads) { audit.writeRow(row) }
        }
        let trail = Array(audit.text.utf8)
        files.add("scores.csv", trail)
        files.add("results.json", try RunResultsFile.encoded(results))
        if spec.reports.html { files.add("report.html", try HTMLReport.bytes(results)) }
        if spec.reports.xml { files.add("report.xml", try XMLReport.bytes(results)) }
        try files.write()
        if let scoresOut { try AtomicFile.write(trail, to: scoresOut) }
        print("")
        print("results → \(folder)/results.json, audit trail → \(folder)/scores.csv" + (spec.reports.html ? ", report → \(folder)/report.html" : "") + (spec.reports.xml ? ", \(folder)/report.xml" : ""))
        let gatePassed = try RunRecord(results: results, file: loaded.file, started: started).finish(gate: gateStep, folder: folder, history: history)
        if !gatePassed { throw ExitCode(1) }
    }

    /// How a fitted model's training ended, for the terminal.
    private static func fitNote(_ model: any ScoringModel) -> String {
        let base = (model as? AccountRollupModel)?.base ?? model
        if let logistic = base as? LogisticScoringModel {
            let fit = logistic.regression.fit
            return "\(fit.solver.rawValue), \(fit.iterations) iterations, \(fit.converged ? "converged" : "NOT converged (\(fit.stopReason.rawValue))") "
        }
        if let trees = base as? BoostedTreesScoringModel {
            return "\(trees.trees.trees.count) trees "
        }
        return ""
    }
}
