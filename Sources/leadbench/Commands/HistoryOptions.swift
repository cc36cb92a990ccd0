import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchGate
import LeadBenchHistory

/// `--history PATH` and `--no-history`, shared by the commands that record themselves in the history
/// (`run`, `gate`).
struct HistoryOptions: ParsableArguments {
    @Option(name: .customLong("history"), help: ArgumentHelp("The history database; a relative path starts from the working folder.", valueName: "file"))
    var path: String = HistoryStore.defaultPath

    @Flag(name: .customLong("no-history"), help: "Do not record this command in the history.")
    var disabled = false

    /// Records the run `make` describes, unless disabled, and says where; a history that cannot be
    /// written is bad input (exit status 2), reported after the command's own output.
    func record(_ make: () -> HistoryRun) throws {
        guard !disabled else { return }
        let run = make()
        do {
            let id = try HistoryStore(path: path).record(run)
            print("history: recorded as run \(id) in \(path)")
        } catch {
            throw error.inputError
        }
    }
}

/// The pieces of a history record that come from the experiment file and the reports.
enum HistoryRecord {
    /// The start of a command as the history records it: ISO 8601 in UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The fingerprint of the experiment's data files (leads, activities, outcomes, accounts), or `nil`
    /// when one cannot be read.
    static func fingerprint(_ file: ExperimentFile) -> String? {
        let mapping = file.spec.data
        let loader = DatasetLoader(mapping: mapping, baseDirectory: file.directory)
        let paths = [mapping.leads, mapping.activities, mapping.outcomes, mapping.accounts].compactMap { $0 }.map(loader.resolve)
        return DataFingerprint.of(files: paths)
    }

    /// Every figure of every model of a report, by the gate's metric names.
    static func figures(_ report: ReportFigures) -> [HistoryFigure] {
        report.models.flatMap { model in
            GateMetric.allCases.compactMap { metric in
                model[metric].map { HistoryFigure(model: model.name, metric: metric.rawValue, estimate: $0.estimate, lower: $0.lower, upper: $0.upper) }
            }
        }
    }
}

extension HistoryError {
    /// The error as bad input (exit status 2).
    var inputError: InputError {
        InputError(InputIssue(kind == .cannotOpen ? .unreadableFile : .invalidValue, file: path, message: message, hint: hint))
    }
}

extension GateError {
    /// The error as bad input (exit status 2), libxml2's details in the message.
    var inputError: InputError {
        var text = message
        for detail in details.prefix(5) { text += "\n  \(detail)" }
        if details.count > 5 { text += "\n  … and \(details.count - 5) more" }
        return InputError(InputIssue(kind == .unreadableFile ? .unreadableFile : .invalidValue, file: path, message: text, hint: hint))
    }
}
