import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels

extension ExperimentRun {
    func describeExperiment() -> RunResults.Experiment {
        let split = spec.split ?? .random(testFraction: 0.3)
        let kind = switch split {
        case .temporal: "temporal"
        case .random: "random"
        case .kFold: "kfold"
        }
        var note: String?
        if !data.dataset.hasTimes {
            note = "the dataset has no timestamps, so there is no temporal split: a seeded split, and nothing that needs time is reported"
        } else if spec.split == nil {
            note = "the experiment names no split"
        }
        return RunResults.Experiment(
            name: spec.name, description: spec.description, seed: spec.seed, split: kind, splitLabel: split.label, splitNote: note,
            horizonDays: spec.horizonDays, scoringDelayDays: spec.scoringDelayDays, objective: spec.objective.label, baseline: spec.baseline)
    }

    func describeData() -> RunResults.Data {
        let dataset = data.dataset
        let leads = dataset.leads
        let created = leads.createdAt.filter { $0 != EpochSeconds.missing }
        return RunResults.Data(
            leads: leads.count, activities: dataset.activities?.count ?? 0, accounts: dataset.accounts?.count ?? 0,
            converted: leads.outcome.filter { $0 == .converted }.count, open: leads.outcome.filter { $0 == .open }.count,
            hasTimes: dataset.hasTimes, firstCreated: created.min().map { EpochSeconds.iso8601($0, dateOnly: true) },
            endOfData: dataset.endOfData.map { EpochSeconds.iso8601($0, dateOnly: true) }, excluded: dataset.excludedColumns,
            skippedRows: dataset.skippedRows.total)
    }

    /// Data-sufficiency warnings for the run (DESIGN §4: the platforms ask for about 1,000 leads and 120
    /// conversions before they trust a model).
    /// - Parameter testConverted: The test leads that converted within the horizon.
    func runWarnings(training: TrainingSet, window: TestWindow, testConverted: Int, design: ResamplingDesign?) -> [String] {
        var warnings: [String] = []
        if window.leads.count < 1_000 || testConverted < 120 {
            warnings.append(
                "the test figures rest on \(DatasetSummary.grouped(window.leads.count)) leads and \(DatasetSummary.grouped(testConverted)) conversions (the platforms ask for 1,000 and 120)")
        }
        let predictive = spec.models.contains { $0.kind.learns }
        let trainingConverted = training.labels.filter { $0 }.count
        if predictive && (training.count < 1_000 || trainingConverted < 120) {
            warnings.append(
                "the predictive models learned from \(DatasetSummary.grouped(training.count)) leads and \(DatasetSummary.grouped(trainingConverted)) conversions (the platforms ask for 1,000 and 120)")
        }
        if design == nil {
            warnings.append("no evaluation: the test window needs converted and non-converted leads")
        }
        if window.censored > 0 {
            warnings.append("\(DatasetSummary.grouped(window.censored)) test leads were created less than \(spec.horizonDays) days before the end of the data and are left out (right-censored)")
        }
        if !data.dataset.hasTimes {
            warnings.append("the dataset has no timestamps: volume per week, sales cycle and head start are not available")
        }
        return warnings
    }
}
