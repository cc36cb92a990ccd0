import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchHistory
import LeadBenchReports

/// `leadbench history`: the recorded runs, or one metric's trend across them (a text table, and with
/// `--html FILE` a page with the trend chart).
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the recorded runs, or show one metric's trend across them.",
        discussion: """
            Every run, review and gate is recorded in the history database (\(HistoryStore.defaultPath) by \
            default): the experiment, the git commit of its file, a fingerprint of its data, the models and \
            every headline figure. Metrics: \(GateMetric.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @Option(name: .customLong("history"), help: ArgumentHelp("The history database; a relative path starts from the working folder.", valueName: "file"))
    var path: String = HistoryStore.defaultPath

    @Option(help: "Only the runs of this experiment.")
    var experiment: String?

    @Option(help: "Show this metric's trend across runs instead of the list of runs.")
    var metric: String?

    @Option(help: "With --metric: only this model.")
    var model: String?

    @Option(help: "Only records of this kind: run, review or gate.")
    var kind: String?

    @Option(help: "List only the last N runs.")
    var limit: Int?

    @Option(help: ArgumentHelp("With --metric: also write an HTML page with the trend chart to this file.", valueName: "file.html"))
    var html: String?

    func validate() throws {
        if metric == nil && model != nil { throw ValidationError("--model needs --metric: the trend of which metric?") }
        if metric == nil && html != nil { throw ValidationError("--html needs --metric: the trend of which metric?") }
        if let limit, limit < 1 { throw ValidationError("--limit needs at least 1") }
    }

    func run() throws {
        let recordKind = try parsedKind()
        if let metric, GateMetric(rawValue: metric) == nil {
            throw InputError(InputIssue(
                .invalidValue, file: "command line", field: "--metric", value: metric, message: "not a metric the history records",
                hint: NearestMatch.hint(for: metric, among: GateMetric.allCases.map(\.rawValue), noun: "metric")))
        }
        guard FileManager.default.fileExists(atPath: path) else {
            print("no history yet at \(path): leadbench run and leadbench gate record each run there")
            return
        }
        let store: HistoryStore
        do {
            store = try HistoryStore(path: path)
        } catch {
            throw error.inputError
        }
        do {
            if let metric {
                try trend(store, metric: metric, kind: recordKind)
            } else {
                let runs = try store.runs(experiment: experiment, limit: limit).filter { recordKind == nil || $0.kind == recordKind }
                guard !runs.isEmpty else {
                    print("no runs recorded\(experiment.map { " for the experiment \"\($0)\"" } ?? "") in \(path)")
                    return
                }
                print(HistoryTable.runs(runs), terminator: "")
            }
        } catch let error as HistoryError {
            throw error.inputError
        }
    }

    private func trend(_ store: HistoryStore, metric: String, kind: HistoryRun.Kind?) throws {
        var points = try store.trend(metric: metric, model: model, experiment: experiment, kind: kind)
        if let limit {
            let runs = Array(Set(points.map(\.runID))).sorted().suffix(limit)
            points = points.filter { runs.contains($0.runID) }
        }
        guard !points.isEmpty else {
            print("no \(metric) recorded\(model.map { " for the model \"\($0)\"" } ?? "")\(experiment.map { " in the experiment \"\($0)\"" } ?? "") in \(path)")
            return
        }
        let runs = Set(points.map(\.runID)).count
        print("\(metric)\(model.map { " of \($0)" } ?? "") across \(runs) run\(runs == 1 ? "" : "s")\(experiment.map { " of \($0)" } ?? "")")
        print(HistoryTable.trend(points), terminator: "")
        if let html {
            let bytes: [UInt8]
            do {
                bytes = try HistoryPage.bytes(points, metric: metric, experiment: experiment)
            } catch {
                throw InputError(InputIssue(.invalidValue, file: html, message: "cannot build the trend page: \(error.message)"))
            }
            do {
                try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: html).deletingLastPathComponent().path, withIntermediateDirectories: true)
                try AtomicFile.write(bytes, to: html)
            } catch {
                throw InputError(InputIssue(.unreadableFile, file: html, message: "cannot write the trend page: \(error)"))
            }
            print("trend chart → \(html)")
        }
    }

    private func parsedKind() throws(InputError) -> HistoryRun.Kind? {
        guard let kind else { return nil }
        guard let parsed = HistoryRun.Kind(rawValue: kind) else {
            throw InputError(InputIssue(
                .invalidValue, file: "command line", field: "--kind", value: kind, message: "not a kind of record",
                hint: "write run, review or gate"))
        }
        return parsed
    }
}
