import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
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

    /// Replays the test leads through every model, measures each with intervals, compares each with the
    /// baseline, and prints it all; `--scores-out` writes the audit trail.
    private func replay(_ models: [any ScoringModel], spec: ExperimentSpec, data: ScoringData, training: TrainingSet) throws {
        let window = TestWindow.select(spec, data: data, training: training)
        let replay = Replay(horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays)
        print("")
        for warning in LeakageCheck.warnings(data.dataset, seed: spec.seed) { print("warning: \(warning)") }
        var heading = "replay (\(DatasetSummary.grouped(window.leads.count)) test leads"
        if data.dataset.hasTimes { heading += ", \(DatasetSummary.grouped(window.censored)) censored by the \(spec.horizonDays)-day horizon" }
        if window.open > 0 { heading += ", \(DatasetSummary.grouped(window.open)) open" }
        print(heading + ")")
        guard !models.isEmpty else { return }
        let bootstrap = try Self.bootstrap(spec)
        guard let design = Self.design(spec, leads: window.leads, data: data) else {
            print("  no evaluation: the test window needs converted and non-converted leads")
            return
        }
        var audit = CSVWriter()
        audit.writeRow(AuditTrail.header)
        var evaluations: [ModelEvaluation] = []
        for (model, modelSpec) in zip(models, spec.models) {
            var threshold = modelSpec.threshold
            var source = "set"
            if threshold == nil {
                let recommended = ThresholdRecommendation.recommend(for: model, spec: spec, training: training, data: data)
                threshold = recommended?.threshold
                source = recommended?.reason ?? "no threshold meets the objective on the training window"
            }
            let replayed = replay.run(model, threshold: threshold, leads: window.leads, data: data)
            let isProbability = [.logistic, .boostedTrees].contains(model.kind) || (model.kind == .hybrid && (model as? HybridScoringModel)?.combination == .stacked)
            evaluations.append(ModelEvaluation(
                name: model.name, threshold: threshold, thresholdSource: source, replayed: replayed, isProbability: isProbability,
                bootstrap: bootstrap, design: design))
            if scoresOut != nil {
                for row in AuditTrail.rows(model: model.name, replayed: replayed, leads: data.dataset.leads) { audit.writeRow(row) }
            }
        }
        // Volume per week over the span in which the test leads were created.
        let created = window.leads.map { data.dataset.leads.createdAt[$0] }.filter { $0 != EpochSeconds.missing }
        let weeks = created.isEmpty ? nil : max(1, Double((created.max() ?? 0) - (created.min() ?? 0)) / Double(7 * EpochSeconds.day))
        print(EvaluationTable.text(evaluations, bootstrap: bootstrap, design: design, baseline: spec.baseline, weeks: weeks))
        if let scoresOut { try AtomicFile.write(Array(audit.text.utf8), to: scoresOut) }
    }

    private static func bootstrap(_ spec: ExperimentSpec) throws -> Bootstrap {
        do {
            return try Bootstrap(seed: spec.seed, resamples: spec.bootstrap.resamples, confidence: spec.bootstrap.confidence, parallelism: 2)
        } catch {
            throw InputError(InputIssue(.invalidValue, file: "experiment", field: "bootstrap", message: error.description))
        }
    }

    /// Leads resampled stratified by outcome, or whole accounts when `bootstrap.by_account` is set (a
    /// lead without an account is an account of its own).
    private static func design(_ spec: ExperimentSpec, leads: [Int], data: ScoringData) -> ResamplingDesign? {
        let outcomes = leads.map { data.dataset.leads.outcome[$0] == .converted }
        guard outcomes.contains(true), outcomes.contains(false) else { return nil }
        if spec.bootstrap.byAccount {
            let clusters = leads.map { lead in data.dataset.leads.accountIndex[lead] >= 0 ? Int(data.dataset.leads.accountIndex[lead]) : -1 - lead }
            return try? ResamplingDesign.clustered(clusters, outcomes: outcomes)
        }
        return try? ResamplingDesign.stratified(outcomes: outcomes)
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
