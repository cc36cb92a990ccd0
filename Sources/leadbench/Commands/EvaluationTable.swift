import Foundation
import LeadBenchData
import LeadBenchMetrics
import LeadBenchReplay

/// The terminal rendering of a run's results: the models' ranking figures and figures at the threshold
/// with intervals, lift by decile, the sales cycle, the comparison with the baseline, and warnings.
enum EvaluationTable {
    static func text(_ results: RunResults) -> String {
        var lines: [String] = []
        let models = results.models
        if let resampling = results.resampling {
            let level = Int((resampling.confidence * 100).rounded())
            lines.append("  \(DatasetSummary.grouped(resampling.resamples)) bootstrap resamples (\(resampling.design)), \(level)% intervals")
        }
        lines.append("  " + pad("model", 12) + pad("AUC", 24) + pad("avg precision", 24) + pad("KS", 7) + pad("brier", 7) + pad("log loss", 9) + "top 10% capture")
        for e in models {
            lines.append("  " + pad(e.name, 12) + pad(interval(e.auc), 24) + pad(interval(e.averagePrecision), 24)
                + pad(number(e.ks), 7) + pad(number(e.brier), 7) + pad(number(e.logLoss), 9) + percent(e.ranking?.captureTop10))
        }
        lines.append("")
        lines.append("  " + pad("at threshold", 12) + pad("threshold", 11) + pad("qualified", 10) + pad("per week", 9) + pad("hits", 6) + pad("misses", 7)
            + pad("precision", 24) + pad("recall", 24) + pad("F1", 24) + pad("lift", 24) + "contacts/conversion")
        for e in models {
            lines.append("  " + pad(e.name, 12) + pad(number(e.threshold), 11) + pad(DatasetSummary.grouped(e.counts.qualified), 10)
                + pad(e.perWeek.map { String(format: "%.1f", $0) } ?? "—", 9)
                + pad(DatasetSummary.grouped(e.counts.hits), 6) + pad(DatasetSummary.grouped(e.counts.misses), 7)
                + pad(interval(e.precision), 24) + pad(interval(e.recall), 24) + pad(interval(e.f1), 24) + pad(interval(e.lift), 24)
                + (e.contactsPerConversion.map { String(format: "%.1f", $0) } ?? "—"))
        }
        let recommended = models.filter { $0.thresholdSource != "set" }
        if !recommended.isEmpty {
            lines.append("  recommended thresholds: " + recommended.map { "\($0.name) \(number($0.threshold)) (\($0.thresholdSource))" }.joined(separator: "; "))
        }
        lines.append("")
        lines.append("  " + pad("lift by decile", 16) + (1...10).map { pad("\($0)", 5) }.joined() + "rank order")
        for e in models {
            guard let ranking = e.ranking else {
                lines.append("  " + pad(e.name, 16) + "—")
                continue
            }
            let order = ranking.inversions.isEmpty
                ? "falls decile by decile"
                : "rises at " + ranking.inversions.map { "\($0.decile)→\($0.decile + 1)" }.joined(separator: ", ")
            lines.append("  " + pad(e.name, 16) + ranking.deciles.map { pad(String(format: "%.2f", $0.lift), 5) }.joined() + order)
        }
        if results.data.hasTimes {
            lines.append("")
            lines.append("  " + pad("sales cycle", 12) + pad("days qualified → converted: median", 36) + pad("quartiles", 14) + pad("p90", 7)
                + "days created → qualified: median")
            for e in models {
                let cycle = e.salesCycle?.qualificationToConversion
                lines.append("  " + pad(e.name, 12) + pad(interval(e.salesCycle?.medianInterval, format: "%.1f"), 36)
                    + pad(cycle.map { String(format: "%.1f–%.1f", $0.lowerQuartile, $0.upperQuartile) } ?? "—", 14)
                    + pad(cycle.map { String(format: "%.1f", $0.p90) } ?? "—", 7)
                    + (e.salesCycle?.creationToQualification.map { String(format: "%.1f", $0.median) } ?? "—"))
            }
        } else {
            lines.append("")
            lines.append("  sales cycle, volume per week and head start: not available: the dataset has no timestamps")
        }
        if let baseline = results.experiment.baseline, !results.comparisons.isEmpty {
            lines.append("")
            lines.append("  compared with the baseline \"\(baseline)\" on the same leads")
            lines.append("  " + pad("model", 12) + pad("AUC difference", 26) + pad("DeLong p", 10) + pad("precision difference", 26)
                + pad("McNemar p", 10) + "head start (days, leads both hit)")
            for c in results.comparisons {
                var headStart = "—"
                if let start = c.headStart, let days = start.days {
                    headStart = String(format: "median %+.1f (first on %d, later on %d)", days.median, start.modelFirst, start.baselineFirst)
                }
                lines.append("  " + pad(c.model, 12) + pad(interval(c.aucDifference, signed: true), 26) + pad(pValue(c.delong?.pValue), 10)
                    + pad(interval(c.precisionDifference, signed: true), 26) + pad(pValue(c.mcnemarPValue), 10) + headStart)
            }
        }
        if let ab = results.abReplay {
            lines.append("")
            lines.append("  A/B test replayed (salt \"\(ab.salt)\", by \(ab.unit)): \(ab.note)")
            lines.append("  " + pad("arm", 12) + pad("model", 12) + pad("weight", 7) + pad("units", 7) + pad("qualified", 10) + pad("hits", 6)
                + pad("conversion among qualified", 28) + pad("per week (all traffic)", 23) + "median sales cycle (days)")
            for arm in ab.arms {
                let precision = arm.precision.map { String(format: "%.3f [%.3f, %.3f]", $0.estimate, $0.lower, $0.upper) } ?? "—"
                let volume = arm.perWeek.map { String(format: "%.1f (%.1f)", $0, arm.perWeekAtFullTraffic ?? 0) } ?? "—"
                lines.append("  " + pad(arm.name, 12) + pad(arm.model, 12) + pad(String(format: "%.2f", arm.weight), 7) + pad(DatasetSummary.grouped(arm.units), 7)
                    + pad(DatasetSummary.grouped(arm.qualified), 10) + pad(DatasetSummary.grouped(arm.hits), 6) + pad(precision, 28) + pad(volume, 23)
                    + interval(arm.medianSalesCycle, format: "%.1f"))
            }
            for lift in ab.lifts {
                lines.append(String(format: "  %@ − %@: %+.3f [%+.3f, %+.3f] in conversion among qualified (z-test p %@)", lift.treatment, lift.control,
                    lift.difference.estimate, lift.difference.lower, lift.difference.upper, pValue(lift.pValue)))
            }
            if let ratio = ab.sampleRatio {
                lines.append("  units per arm \(ratio.units.map(DatasetSummary.grouped).joined(separator: " / ")): " + (ratio.mismatch ? "SAMPLE-RATIO MISMATCH" : "match the weights") + " (χ² p \(pValue(ratio.pValue)))")
            }
            if let sequential = ab.sequential {
                lines.append("  sequential test, looked at daily over \(sequential.looks.count) days: "
                    + (sequential.firstRejection.map { "would have called the difference on \($0)" } ?? "would not have called a difference")
                    + " (always-valid p \(pValue(sequential.pValue)))")
            }
        }
        let warnings = results.warnings + models.flatMap { e in e.warnings.map { "\(e.name): \($0)" } }
        if !warnings.isEmpty {
            lines.append("")
            for warning in warnings { lines.append("  warning: \(warning)") }
        }
        return lines.joined(separator: "\n")
    }

    static func interval(_ value: BootstrapInterval?, signed: Bool = false, format: String = "%.3f") -> String {
        guard let value else { return "—" }
        let format = signed ? format.replacingOccurrences(of: "%", with: "%+") : format
        return String(format: "\(format) [\(format), \(format)]", value.estimate, value.lower, value.upper)
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value == value.rounded() && abs(value) < 1e6 ? String(Int(value)) : String(format: "%.3f", value)
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
    }

    static func pValue(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value < 0.001 ? "<0.001" : String(format: "%.3f", value)
    }

    static func pad(_ text: String, _ width: Int) -> String { DatasetSummary.pad(text, width) + " " }
}
