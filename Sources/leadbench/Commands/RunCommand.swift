import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchReplay
import LeadBenchReports

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

    func run() throws {
        let loaded = try LoadedExperiment(path: experiment)
        let spec = loaded.file.spec
        print("experiment   \(spec.name)")
        if let split = spec.split { print("split        \(split.label)") }
        print(loaded.summary.text, terminator: "")

        let data = ScoringData(loaded.dataset)
        let training = TrainingWindow.select(spec, data: data)
        let models: [any ScoringModel]
        do {
            models = try ExperimentModels.build(spec, data: data, training: training)
        } catch {
            throw error.inputError(file: loaded.file.path)
        }
        let folder = outputFolder(loaded.file) + "/models"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let converted = training.labels.filter { $0 }.count
        print("")
        print("models (training window: \(DatasetSummary.grouped(training.count)) leads, \(DatasetSummary.grouped(converted)) converted)")
        for (model, modelSpec) in zip(models, spec.models) {
            let file = ModelFile(model: model, threshold: modelSpec.threshold, tiers: modelSpec.tiers, mapping: spec.data)
            let path = "\(folder)/\(model.name).json"
            try AtomicFile.write(Array(try file.encoded()), to: path)
            print("  \(DatasetSummary.pad(model.name, 14)) \(DatasetSummary.pad(model.kind.rawValue, 14)) \(Self.fitNote(model))→ \(path)")
        }
        try replay(models, spec: spec, data: data, training: training)
    }

    /// Replays the test leads through every model and prints what each did at its threshold.
    private func replay(_ models: [any ScoringModel], spec: ExperimentSpec, data: ScoringData, training: TrainingSet) throws {
        let window = TestWindow.select(spec, data: data, training: training)
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        print("")
        var heading = "replay (\(DatasetSummary.grouped(window.leads.count)) test leads"
        if data.dataset.hasTimes { heading += ", \(DatasetSummary.grouped(window.censored)) censored by the \(spec.horizonDays)-day horizon" }
        if window.open > 0 { heading += ", \(DatasetSummary.grouped(window.open)) open" }
        print(heading + ")")
        print("  model          threshold   ranked  qualified   hits  misses  precision  recall   lift")
        var audit = CSVWriter()
        audit.writeRow(AuditTrail.header)
        for (model, modelSpec) in zip(models, spec.models) {
            let replayed = replay.run(model, threshold: modelSpec.threshold, leads: window.leads, data: data)
            let counts = QualificationCounts(replayed)
            func cell(_ value: Double?, _ width: Int) -> String {
                DatasetSummary.pad(value.map { String(format: "%.3f", $0) } ?? "—", width, right: true)
            }
            let threshold = modelSpec.threshold.map { "\($0)" } ?? "—"
            guard modelSpec.threshold != nil else {
                print("  \(DatasetSummary.pad(model.name, 14)) \(DatasetSummary.pad(threshold, 9, right: true)) \(DatasetSummary.pad(DatasetSummary.grouped(counts.ranked), 8, right: true))   (no threshold set: ranking only)")
                if scoresOut != nil {
                    for row in AuditTrail.rows(model: model.name, replayed: replayed, leads: data.dataset.leads) { audit.writeRow(row) }
                }
                continue
            }
            print("  \(DatasetSummary.pad(model.name, 14)) \(DatasetSummary.pad(threshold, 9, right: true)) \(DatasetSummary.pad(DatasetSummary.grouped(counts.ranked), 8, right: true)) \(DatasetSummary.pad(DatasetSummary.grouped(counts.qualified), 10, right: true)) \(DatasetSummary.pad(DatasetSummary.grouped(counts.hits), 6, right: true)) \(DatasetSummary.pad(DatasetSummary.grouped(counts.misses), 7, right: true)) \(cell(counts.precision, 10)) \(cell(counts.recall, 7)) \(cell(counts.lift, 6))")
            if scoresOut != nil {
                for row in AuditTrail.rows(model: model.name, replayed: replayed, leads: data.dataset.leads) { audit.writeRow(row) }
            }
        }
        if let scoresOut { try AtomicFile.write(Array(audit.text.utf8), to: scoresOut) }
    }

    /// `--out`, else the experiment's `reports.out` (relative to the experiment file), else `reports/<name>`.
    private func outputFolder(_ file: ExperimentFile) -> String {
        if let out { return out }
        if let written = file.spec.reports.out {
            return written.hasPrefix("/") ? written : URL(fileURLWithPath: file.directory).appendingPathComponent(written).path
        }
        return "reports/\(file.spec.name)"
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
