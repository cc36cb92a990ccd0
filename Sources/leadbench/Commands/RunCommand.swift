import ArgumentParser
import LeadBenchData
import LeadBenchExperiment

/// `leadbench run EXPERIMENT`: loads the experiment's data and reports on it.
///
/// Replay and metrics grow here as the models land; today the run validates the experiment, loads
/// its data and prints the dataset summary (counts, outcome mix, time span, censoring by the horizon,
/// and each column's fill rate and top values).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an experiment: load its data and report on it.")

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    func run() throws {
        let file = try ExperimentFile.load(path: experiment)
        let dataset = try ExperimentValidator(experiment: file).validateAndLoad()
        let summary = DatasetSummary(dataset, horizonDays: file.spec.horizonDays)
        print("experiment   \(file.spec.name)")
        if let split = file.spec.split { print("split        \(split.label)") }
        print(summary.text, terminator: "")
    }
}
