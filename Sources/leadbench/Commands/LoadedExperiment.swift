import LeadBenchData
import LeadBenchExperiment

/// An experiment file validated against its data, and the data loaded: where `run` and `validate` start.
struct LoadedExperiment {
    let file: ExperimentFile
    let dataset: Dataset

    init(path: String) throws(InputError) {
        file = try ExperimentFile.load(path: path)
        dataset = try ExperimentValidator(experiment: file).validateAndLoad()
    }

    /// The dataset summary, with censoring by the experiment's horizon.
    var summary: DatasetSummary { DatasetSummary(dataset, horizonDays: file.spec.horizonDays) }
}
