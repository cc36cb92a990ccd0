import Foundation
import LeadBenchAB
import LeadBenchData
import LeadBenchMetrics

/// The terminal rendering of a live A/B analysis.
enum ABAnalysisTable {
    static func text(_ test: LiveTest) -> String {
        let analysis = test.analysis, alpha = test.alpha
        var lines: [String] = []
        let level = Int(((1 - alpha) * 100).rounded())
        lines.append("  " + pad("arm", 14) + pad("weight", 7) + pad("units", 9) + pad("conversions", 12) + pad("rate [\(level)% Wilson]", 26) + "P(best)")
        for arm in analysis.arms {
            lines.append("  " + pad(arm.name, 14) + pad(String(format: "%.2f", arm.weight), 7) + pad(DatasetSummary.grouped(arm.units), 9)
                + pad(DatasetSummary.grouped(arm.conversions), 12) + pad(interval(arm.rate, percent: true), 26) + String(format: "%.3f", arm.probabilityBest))
        }
        if test.notYetObserved > 0 {
            lines.append("  \(DatasetSummary.grouped(test.notYetObserved)) assigned units have no outcome yet and are left out")
        }
        lines.append("")
        for comparison in analysis.comparisons {
            lines.append("  \(comparison.treatment) against \(comparison.control):")
            lines.append("    absolute lift   \(interval(comparison.absoluteLift, percent: true, signed: true))  (Newcombe)")
            lines.append("    relative lift   \(interval(comparison.relativeLift, percent: true, signed: true))  (log-adjusted ratio − 1)")
            lines.append("    z-test          z = \(String(format: "%.3f", comparison.zTest.z)), p = \(pValue(comparison.zTest.pValue))"
                + (comparison.zTest.pValue < alpha ? "  significant at α = \(alpha)" : "  not significant at α = \(alpha)"))
        }
        let ratio = analysis.sampleRatio
        lines.append("")
        lines.append("  sample ratio    χ² = \(String(format: "%.3f", ratio.statistic)), p = \(pValue(ratio.pValue)): "
            + (ratio.isMismatch ? "MISMATCH — the units per arm do not match the weights; fix the assignment before reading the results" : "the units per arm match the weights"))
        if let detectable = test.detectable {
            lines.append(String(format: "  power           with %@ units per arm, %.0f%% power detects a relative change of %+.1f%% (%.2f%% → %.2f%%)",
                DatasetSummary.grouped(detectable.controlUnits), detectable.power * 100, detectable.relative * 100, detectable.baseRate * 100, detectable.rate * 100))
        }
        if let sequential = test.sequential {
            lines.append("")
            lines.append("  sequential test (mixture SPRT, always valid: looking every day does not inflate false positives)")
            lines.append("    \(sequential.looks.count) daily looks, always-valid p = \(pValue(sequential.pValue))"
                + (sequential.firstRejection.map { ": the difference is significant from look \($0 + 1) (\(test.lookDays[$0]))" } ?? ": no significant difference yet"))
        } else if let note = test.sequentialNote {
            lines.append("  sequential test: \(note)")
        }
        return lines.joined(separator: "\n")
    }

    static func interval(_ value: ConfidenceInterval, percent: Bool, signed: Bool = false) -> String {
        let scale = percent ? 100.0 : 1.0
        let format = (signed ? "%+.2f" : "%.2f") + (percent ? "%%" : "")
        return String(format: "\(format) [\(format), \(format)]", value.estimate * scale, value.lower * scale, value.upper * scale)
    }

    static func pValue(_ value: Double) -> String { value < 0.001 ? "< 0.001" : String(format: "%.3f", value) }

    static func pad(_ text: String, _ width: Int) -> String { DatasetSummary.pad(text, width) + " " }
}
