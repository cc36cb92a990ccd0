import Foundation
import LeadBenchData
import LeadBenchMetrics
import LeadBenchReplay

/// The terminal rendering of a run's evaluation: one row per model with intervals, then the paired
/// comparison with the baseline.
enum EvaluationTable {
    /// - Parameter weeks: The span of the test leads' creation in weeks, for the volume per week
    ///   (`nil` for data without times).
    static func text(_ evaluations: [ModelEvaluation], bootstrap: Bootstrap, design: ResamplingDesign, baseline: String?, weeks: Double?) -> String {
        var lines: [String] = []
        let level = Int((bootstrap.confidence * 100).rounded())
        lines.append("  \(DatasetSummary.grouped(bootstrap.resamples)) bootstrap resamples (\(design.isClustered ? "by account" : "stratified by outcome")), \(level)% intervals")
        lines.append("  " + pad("model", 12) + pad("AUC", 24) + pad("avg precision", 24) + pad("KS", 7) + pad("brier", 7) + "log loss")
        for e in evaluations {
            lines.append("  " + pad(e.name, 12) + pad(interval(e.auc), 24) + pad(interval(e.averagePrecision), 24)
                + pad(number(e.ks), 7) + pad(number(e.brier), 7) + number(e.logLoss))
        }
        lines.append("")
        lines.append("  " + pad("at threshold", 12) + pad("threshold", 11) + pad("qualified", 10) + pad("hits", 6) + pad("misses", 8)
            + pad("precision", 24) + pad("recall", 24) + pad("lift", 24) + "per week")
        for e in evaluations {
            lines.append("  " + pad(e.name, 12) + pad(number(e.threshold), 11) + pad(DatasetSummary.grouped(e.counts.qualified), 10)
                + pad(DatasetSummary.grouped(e.counts.hits), 6) + pad(DatasetSummary.grouped(e.counts.misses), 8)
                + pad(interval(e.precision), 24) + pad(interval(e.recall), 24) + pad(interval(e.lift), 24)
                + (weeks.map { e.threshold == nil ? "—" : String(format: "%.1f", Double(e.counts.qualified) / $0) } ?? "—"))
        }
        let recommended = evaluations.filter { $0.thresholdSource != "set" }
        if !recommended.isEmpty {
            lines.append("  recommended thresholds: " + recommended.map { "\($0.name) \(number($0.threshold)) (\($0.thresholdSource))" }.joined(separator: "; "))
        }
        if let baseline, let base = evaluations.first(where: { $0.name == baseline }) {
            lines.append("")
            lines.append("  compared with the baseline \"\(baseline)\" on the same leads")
            lines.append("  " + pad("model", 12) + pad("AUC difference", 26) + pad("DeLong p", 10) + "McNemar p (qualification)")
            for e in evaluations where e.name != baseline {
                let paired = PairedComparison(e, baseline: base, bootstrap: bootstrap, design: design)
                lines.append("  " + pad(e.name, 12) + pad(interval(paired.aucDifference, signed: true), 26)
                    + pad(pValue(paired.delong?.pValue), 10) + pValue(paired.mcnemar?.pValue))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func interval(_ value: BootstrapInterval?, signed: Bool = false) -> String {
        guard let value else { return "—" }
        let format = signed ? "%+.3f" : "%.3f"
        return String(format: "\(format) [\(format), \(format)]", value.estimate, value.lower, value.upper)
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value == value.rounded() && abs(value) < 1e6 ? String(Int(value)) : String(format: "%.3f", value)
    }

    static func pValue(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value < 0.001 ? "<0.001" : String(format: "%.3f", value)
    }

    static func pad(_ text: String, _ width: Int) -> String { DatasetSummary.pad(text, width) + " " }
}
