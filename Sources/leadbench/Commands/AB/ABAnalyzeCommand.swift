import ArgumentParser
import Foundation
import LeadBenchAB
import LeadBenchData
import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchRunReports

/// `leadbench ab analyze`: a live test from its assignments and observed outcomes — conversion per arm,
/// lift with intervals, the z-test, the probability each arm is best, the sample-ratio check, power and
/// the minimum detectable effect, and the always-valid sequential test when the files carry dates.
/// With `--out DIR` it also writes `DIR/ab-report.html` (with the sequential boundary chart) and
/// `DIR/ab-report.xml`, both built before either is written.
struct ABAnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Analyse a live A/B test from its assignments and observed outcomes.")

    @Option(help: "CSV of assignments: a unit column and an arm column (as `leadbench ab assign` writes).")
    var assignments: String

    @Option(help: "CSV of observed outcomes: a unit column and a converted column (1/0, yes/no).")
    var outcomes: String

    @Option(help: "The arms and their weights, control first, e.g. control=0.5,challenger=0.5.")
    var weights: String

    @Option(help: "Two-sided significance level.")
    var alpha: Double = 0.05

    @Option(name: .customLong("unit-column")) var unitColumn = "unit"
    @Option(name: .customLong("arm-column")) var armColumn = "arm"
    @Option(name: .customLong("converted-column")) var convertedColumn = "converted"
    @Option(name: .customLong("assigned-at-column"), help: "The assignments' date column, for the sequential test.")
    var assignedAtColumn: String?
    @Option(name: .customLong("converted-at-column"), help: "The outcomes' conversion-date column, for the sequential test.")
    var convertedAtColumn: String?

    @Option(help: "A folder for the report: ab-report.html and ab-report.xml.")
    var out: String?

    func run() throws {
        let allocation = try Self.allocation(weights)
        guard alpha > 0 && alpha < 0.5 else {
            throw InputError(InputIssue(.invalidValue, file: "command line", field: "--alpha", value: String(alpha), message: "the significance level must lie in (0, 0.5)", hint: "e.g. --alpha 0.05"))
        }
        var columns = ABObservations.Columns()
        columns.unit = unitColumn
        columns.arm = armColumn
        columns.converted = convertedColumn
        columns.assignedAt = assignedAtColumn
        columns.convertedAt = convertedAtColumn
        let observations = try ABObservations.load(assignments: assignments, outcomes: outcomes, allocation: allocation, columns: columns)
        let test: LiveTest
        do throws(ABError) {
            test = try LiveTest(observations: observations, allocation: allocation, alpha: alpha)
        } catch {
            throw InputError(InputIssue(.invalidValue, file: outcomes, message: error.message, hint: error.hint))
        }
        print(ABAnalysisTable.text(test))
        if let out {
            let report = LiveTestReport(test: test, assignments: assignments, outcomes: outcomes, version: RunResults.leadbenchVersion)
            var files = RunFiles(folder: out)
            files.add("ab-report.html", try report.html())
            files.add("ab-report.xml", try report.xml())
            try files.write()
            print("\nreport → \(out)/ab-report.html, \(out)/ab-report.xml")
        }
    }

    /// `name=weight,name=weight`, control first; the weights must add up to 1.
    static func allocation(_ text: String) throws(InputError) -> ArmAllocation {
        var arms: [Arm] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty, let weight = Double(pieces[1]) else {
                throw InputError(InputIssue(.invalidValue, file: "command line", field: "--weights", value: String(part), message: "not an arm=weight pair", hint: "e.g. --weights control=0.5,challenger=0.5"))
            }
            arms.append(Arm(name: pieces[0], weight: weight))
        }
        do {
            return try ArmAllocation(arms)
        } catch {
            throw InputError(InputIssue(.invalidValue, file: "command line", field: "--weights", value: text, message: error.message, hint: error.hint))
        }
    }
}
