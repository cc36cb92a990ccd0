import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport

/// An experiment's models built on its data as the replay builds them for a temporal split at
/// 2025-07-01: trained on the leads created before the cutoff, as of 7 days after creation, labelled
/// converted after that moment and within 90 days of creation.
func trainedModels(experiment name: String = "quickstart.yaml") throws -> (ExperimentFile, ScoringData, [any ScoringModel]) {
    let experiment = try ExperimentFile.load(path: Paths.experiment(name))
    let data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
    let leads = data.dataset.leads
    let cutoff = at("2025-07-01T00:00:00Z")
    var views: [LeadView] = []
    var labels: [Bool] = []
    for lead in 0..<leads.count where leads.createdAt[lead] < cutoff {
        let asOf = leads.createdAt[lead] + 7 * 86_400
        let converted = leads.convertedAt[lead]
        if converted != EpochSeconds.missing && converted <= asOf { continue }
        views.append(data.view(lead, asOf: asOf))
        labels.append(converted != EpochSeconds.missing && converted <= leads.createdAt[lead] + 90 * 86_400)
    }
    let models = try ExperimentModels.build(experiment.spec, data: data, training: TrainingSet(views: views, labels: labels))
    return (experiment, data, models)
}
