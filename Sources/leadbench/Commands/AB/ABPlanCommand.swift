import ArgumentParser
import Foundation
import LeadBenchAB
import LeadBenchData
import LeadBenchExperiment

/// `leadbench ab plan --base-rate 0.05 --mde 0.2 --power 0.8`: the units each arm needs to detect a
/// relative change of `mde` in a base rate (two-sided, Cohen's h with the normal approximation, as
/// statsmodels' NormalIndPower), and, given an experiment, how many weeks of its leads that takes.
struct ABPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Plan an A/B test: units per arm, and weeks of leads given an experiment's data.")

    @Option(name: .customLong("base-rate"), help: "The control's conversion rate, e.g. 0.05.")
    var baseRate: Double

    @Option(help: "The minimum detectable effect, relative: 0.2 means 5% → 6%.")
    var mde: Double

    @Option(help: "The power to detect it.")
    var power: Double = 0.8

    @Option(help: "Two-sided significance level.")
    var alpha: Double = 0.05

    @Option(help: "An experiment file: its data's lead volume gives the weeks the test needs.")
    var experiment: String?

    func run() throws {
        let size: SampleSize
        do {
            size = try PowerAnalysis(alpha: alpha).sampleSize(baseRate: baseRate, relativeEffect: mde, power: power)
        } catch {
            throw InputError(InputIssue(.invalidValue, file: "command line", message: error.message, hint: error.hint))
        }
        let target = baseRate * (1 + mde)
        print("to detect \(Self.percent(baseRate)) → \(Self.percent(target)) (relative \(Self.signed(mde * 100))%) with power \(power) at two-sided α = \(alpha):")
        print("  \(DatasetSummary.grouped(size.requiredControlUnits)) units per arm (\(String(format: "%.1f", size.controlUnits)) before rounding up), \(DatasetSummary.grouped(size.requiredTotalUnits)) in all; Cohen's h = \(String(format: "%.4f", size.effectSize))")
        guard let experiment else { return }
        let loaded = try LoadedExperiment(path: experiment)
        let leads = loaded.dataset.leads
        let created = leads.createdAt.filter { $0 != EpochSeconds.missing }
        guard let first = created.min(), let last = created.max(), last > first else {
            print("  weeks: not available: the dataset has no timestamps")
            return
        }
        let weeks = Double(last - first) / Double(7 * EpochSeconds.day)
        let perWeek = Double(created.count) / weeks
        let needed = Double(size.requiredTotalUnits) / perWeek
        print("  \(loaded.file.spec.name): \(String(format: "%.1f", perWeek)) leads per week (\(DatasetSummary.grouped(created.count)) over \(String(format: "%.1f", weeks)) weeks) → about \(String(format: "%.1f", needed)) weeks of leads, assigning by lead")
    }

    static func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }
    static func signed(_ value: Double) -> String { String(format: "%+.1f", value) }
}
