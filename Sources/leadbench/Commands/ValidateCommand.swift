import ArgumentParser
import LeadBenchData
import LeadBenchExperiment

/// `leadbench validate FILE`: checks an experiment file and its data without running any model.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an experiment file and its data without running it.",
        discussion: "Every mistake in the file is reported at once, with its line and key; exit status 2 when any is found.")

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    func run() throws {
        let loaded = try LoadedExperiment(path: experiment)
        let (file, summary) = (loaded.file, loaded.summary)
        var line = "\(file.path): valid — \(DatasetSummary.grouped(summary.leads)) leads"
        if summary.activities > 0 { line += ", \(DatasetSummary.grouped(summary.activities)) activities" }
        line += ", \(file.spec.models.count) model\(file.spec.models.count == 1 ? "" : "s")"
        print(line)
    }
}
