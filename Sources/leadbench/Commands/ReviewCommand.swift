import ArgumentParser
import Foundation
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels
import LeadBenchMetrics
import LeadBenchHistory
import LeadBenchReplay
import LeadBenchRunReports

/// `leadbench review EXPERIMENT --period 2025-Q3`: the quarterly review of an experiment's models — one
/// period beside the one before it, each measured by models built from the data known before it starts —
/// printed as a period-over-period table and written to `DIR/review.json`.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review an experiment's models over a period against the period before it.",
        discussion: """
            The period is a quarter (--period 2025-Q3), a month (--period 2025-07) or days \
            (--from 2025-07-01 --to 2025-09-30, both included); it is compared with the quarter, month or \
            as many days immediately before. Each period's models learn from the data known before it \
            starts; its leads are those created in it, less open and right-censored ones. Changes in \
            precision, recall and base rate are tested with the two-proportion z-test, AUC with DeLong's \
            test for independent samples; scores and lead attributes get a population stability index.
            """)

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(help: "The period to review: a quarter (2025-Q3) or a month (2025-07).")
    var period: String?

    @Option(help: "The first day of the period to review (with --to), e.g. 2025-07-01.")
    var from: String?

    @Option(help: "The last day of the period to review (with --from), included, e.g. 2025-09-30.")
    var to: String?

    @Option(help: "The folder for review.json and review.html (default: the experiment's reports.out, else reports/<name>/).")
    var out: String?

    @Option(help: "Bootstrap resamples for the intervals (default: the experiment's bootstrap.resamples, else 1,000).")
    var resamples: Int?

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let started = Date()
        if let resamples, resamples < 1 {
            throw InputError(InputIssue(.invalidValue, file: "command line", field: "--resamples", value: String(resamples), message: "needs at least one resample", hint: "e.g. --resamples 1000"))
        }
        let reviewed: ReviewPeriod
        do {
            reviewed = try ReviewPeriod.resolve(period: period, from: from, to: to)
        } catch {
            throw error.inputError(file: "command line")
        }
        let loaded = try LoadedExperiment(path: experiment)
        let spec = loaded.file.spec
        print("experiment   \(spec.name)")
        func named(_ period: ReviewPeriod) -> String {
            period.kind == .days ? period.label : "\(period.label) (\(period.firstDay) to \(period.lastDay))"
        }
        print("review       \(named(reviewed)) against \(named(reviewed.previous))")

        let progress = Progress()
        var review = PeriodReview(spec: spec, data: ScoringData(loaded.dataset), period: reviewed, resamples: resamples)
        review.progress = progress.show
        let results: ReviewResults
        do {
            results = try review.run()
        } catch {
            progress.clear()
            throw error.inputError(file: loaded.file.path)
        }
        progress.clear()
        print("")
        print(ReviewTable.text(results))

        let folder = loaded.file.outputFolder(out)
        var files = RunFiles(folder: folder)
        let path = files.add("review.json", try ReviewResultsFile.encoded(results))
        let html = files.add("review.html", try ReviewReport.bytes(results))
        try files.write()
        print("")
        print("review → \(path), \(html)")
        try history.record {
            HistoryRun(
                kind: .review, experiment: results.experiment.name, startedAt: HistoryRecord.timestamp(started),
                experimentGitCommit: GitCommit.lastCommit(touching: loaded.file.path), dataFingerprint: HistoryRecord.fingerprint(loaded.file),
                models: results.models.map(\.name), outcome: "\(results.current.label) against \(results.previous.label)",
                leadbenchVersion: results.version, figures: Self.figures(results))
        }
    }

    /// The current period's headline figures, for the history.
    static func figures(_ results: ReviewResults) -> [HistoryFigure] {
        results.models.flatMap { model -> [HistoryFigure] in
            guard let current = model.current else { return [] }
            let named: [(String, BootstrapInterval?)] = [
                ("auc", current.auc), ("average_precision", current.averagePrecision), ("precision", current.precision),
                ("recall", current.recall), ("f1", current.f1), ("lift", current.lift), ("median_sales_cycle_days", current.medianSalesCycle),
            ]
            return named.compactMap { metric, interval in
                interval.map { HistoryFigure(model: model.name, metric: metric, estimate: $0.estimate, lower: $0.lower, upper: $0.upper) }
            }
        }
    }
}
