import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
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
