import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchTestSupport

/// A one-lead-at-a-time test world: an export written to a temporary folder, an experiment over it,
/// and the models compiled against its data.
struct ModelWorld {
    let directory: TemporaryDirectory
    let experiment: ExperimentFile
    let data: ScoringData

    /// Writes `leads` and `activities` (CSV text) and an experiment whose `models:` section is `models`.
    init(leads: String, activities: String, models: String, accountColumn: String? = nil) throws {
        directory = try TemporaryDirectory()
        directory.write("leads.csv", leads)
        directory.write("activities.csv", activities)
        let text = """
            name: world
            data:
              leads: leads.csv
              activities: activities.csv
              columns: { lead_id: id, created_at: created, converted_at: won\(accountColumn.map { ", account_id: \($0)" } ?? "") }
              activity_columns: { lead_id: id, at: at, type: type }
            models:
            \(models)
            """
        experiment = try ExperimentFile.parse(text, path: directory.file("exp.yaml"))
        data = ScoringData(try ExperimentValidator(experiment: experiment).validateAndLoad())
    }

    func spec(_ name: String) -> ModelSpec? { experiment.spec.models.first { $0.name == name } }

    func points(_ name: String) throws -> PointsModel {
        guard let spec = spec(name) else { throw ModelError(model: name, message: "not in the experiment") }
        return try PointsModel(spec, data: data)
    }

    func remove() { directory.remove() }
}

/// Seconds since the epoch of an ISO 8601 moment, for readable tests.
func at(_ text: String) -> Int64 {
    let parser = TimestampParser(format: .iso8601, zone: .utc)
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBytes { parser.parse(UnsafeRawBufferPointer($0)) } ?? EpochSeconds.missing
}
