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
        let loaded = try LoadedExperiment(path: experiment)
        print("experiment   \(loaded.file.spec.name)")
        if let split = loaded.file.spec.split { print("split        \(split.label)") }
        print(loaded.summary.text, terminator: "")
    }
}
