import ArgumentParser
import Foundation
import LeadBenchAB
import LeadBenchData
import LeadBenchExperiment
import LeadBenchReplay
import LeadBenchReports

/// `leadbench ab assign EXPERIMENT`: every unit of the experiment's leads (lead or account, as `ab:`
/// says) with its arm, as CSV. The arm depends only on the salt and the unit's id, so adding leads never
/// moves a unit, and the same assignment can be computed in SQL or Python (see ``ArmAssignment``).
struct ABAssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Write each unit's arm (CSV: unit,arm) from the experiment's ab: section.")

    @Argument(help: "The experiment file (YAML) with an ab: section.")
    var experiment: String

    @Option(help: "Write the CSV here instead of standard output.")
    var out: String?

    func run() throws {
        let loaded = try LoadedExperiment(path: experiment)
        guard let ab = loaded.file.spec.ab else {
            throw InputError(InputIssue(
                .missingKey, file: loaded.file.path, field: "ab", message: "the experiment has no A/B test",
                hint: "add ab: { salt: …, unit: lead, arms: [ { name: control, model: …, weight: 0.5 }, … ] }"))
        }
        let assignment: ArmAssignment
        do {
            assignment = try ArmAssignment(salt: ab.salt, arms: ab.arms.map { Arm(name: $0.name, weight: $0.weight) })
        } catch {
            throw InputError(InputIssue(.invalidValue, file: loaded.file.path, field: "ab", message: error.message, hint: error.hint))
        }
        var writer = CSVWriter()
        writer.writeRow(["unit", "arm"])
        var seen = Set<String>()
        for lead in 0..<loaded.dataset.leads.count {
            let unit = ABReplay.unit(of: lead, ab.unit, data: loaded.dataset)
            guard seen.insert(unit).inserted else { continue }
            writer.writeRow([unit, assignment.arm(for: unit)])
        }
        if let out {
            try AtomicFile.write(Array(writer.text.utf8), to: out)
        } else {
            FileHandle.standardOutput.write(Data(writer.text.utf8))
        }
    }
}
