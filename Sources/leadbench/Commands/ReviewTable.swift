import Foundation
import LeadBenchData
import LeadBenchMetrics
import LeadBenchReplay

/// The terminal rendering of a review: the two periods' leads, then per model each headline figure in
/// both periods with its change, p-value and a "significant" marker, and conversion by tier; then the
/// population stability of the models' scores and of the lead attributes; then the warnings.
enum ReviewTable {
    static func text(_ results: ReviewResults) -> String {
        let before = results.previous.label
        let after = results.current.label
        let labelWidth = max(12, before.count, after.count)
        var lines: [String] = []
        lines.append("  " + pad("period", labelWidth) + pad("created", 9, right: true) + pad("measured", 9, right: true) + pad("converted", 10, right: true)
            + pad("base rate", 10, right: true) + pad("censored", 9, right: true) + pad("open", 6, right: true) + pad("weeks", 6, right: true)
            + "models learned from")
        for period in [results.previous, results.current] {
            let rate = period.testLeads > 0 ? Double(period.conversions) / Double(period.testLeads) : nil
            lines.append("  " + pad(period.label, labelWidth) + pad(grouped(period.created), 9, right: true) + pad(grouped(period.testLeads), 9, right: true)
                + pad(grouped(period.conversions), 10, right: true) + pad(rate.map { String(format: "%.3f", $0) } ?? "—", 10, right: true)
                + pad(grouped(period.censored), 9, right: true) + pad(grouped(period.open), 6, right: true)
                + pad(period.weeks.map { String(format: "%.1f", $0) } ?? "—", 6, right: true)
                + "\(grouped(period.trainingLeads)) leads (\(grouped(period.trainingConverted)) converted) known before \(period.start)")
        }
        let level = Int((results.resampling.confidence * 100).rounded())
        lines.append("  \(grouped(results.resampling.resamples)) bootstrap resamples (\(results.resampling.design)), \(level)% intervals; "
            + "a change is significant when p < \(String(format: "%g", results.significanceLevel))")
        for model in results.models {
            lines.append("")
            lines += modelLines(model, before: before, after: after)
        }
        lines.append("")
        lines += stabilityLines(results)
        if !results.warnings.isEmpty {
            lines.append("")
            for warning in results.warnings { lines.append("  warning: \(warning)") }
        }
        return lines.joined(separator: "\n")
    }

    /// One model's figures in both periods, their changes and tests, and conversion by tier.
    static func modelLines(_ model: ModelReview, before: String, after: String) -> [String] {
        let width = max(24, before.count, after.count)
        var lines = ["\(model.name) (\(model.kind))"]
        lines.append("  threshold: \(before) \(threshold(model.previous)); \(after) \(threshold(model.current))")
        for (label, reason) in model.unavailable.sorted(by: { $0.key < $1.key }) {
            lines.append("  not measured in \(label): \(reason)")
        }
        guard model.previous != nil || model.current != nil else { return lines }
        lines.append("  " + pad("figure", 27) + pad(before, width) + pad(after, width) + pad("change", 26) + "p")
        let changes = Dictionary(uniqueKeysWithValues: model.changes.map { ($0.figure, $0) })
        for figure in FigureChange.Figure.allCases {
            let change = changes[figure]
            var line = "  " + pad(figure.label, 27) + pad(value(figure, model.previous), width) + pad(value(figure, model.current), width)
                + pad(difference(figure, change), 26)
            if let p = change?.pValue {
                line += EvaluationTable.pValue(p) + (change?.significant == true ? "  significant" : "")
            }
            lines.append(trimmed(line))
        }
        if !model.tiers.isEmpty {
            lines.append("  " + pad("conversion by tier", 27) + pad(before, width) + pad(after, width) + "change")
            for tier in model.tiers {
                let name = tier.minimum.map { "\(tier.tier) (≥ \(EvaluationTable.number($0)))" } ?? tier.tier
                lines.append(trimmed("    " + pad(name, 25) + pad(cell(tier.previous), width) + pad(cell(tier.current), width)
                    + (tier.rateChange.map { String(format: "%+.1f pts", $0 * 100) } ?? "—")))
            }
        }
        return lines
    }

    /// The population stability of every model's scores and of the lead attributes.
    static func stabilityLines(_ results: ReviewResults) -> [String] {
        var lines = ["population stability index of \(results.current.label) against \(results.previous.label) (< 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift)"]
        lines.append("  " + pad("scores, previous model", 27) + pad("PSI", 8) + pad("reading", 16) + pad("largest contribution", 40)
            + "as each period's model scored")
        for model in results.models {
            let asScored = model.scoreStabilityAsScored.map { String(format: "%.3f ", $0.index) + $0.reading.rawValue } ?? "—"
            guard let psi = model.scoreStability else {
                lines.append(trimmed("  " + pad(model.name, 27) + pad("—", 8) + pad("", 16) + pad("", 40) + asScored))
                continue
            }
            lines.append(trimmed(pad(stabilityLine(model.name, psi), 96) + asScored))
        }
        if !results.attributes.isEmpty {
            lines.append("  " + pad("attribute", 27) + pad("PSI", 8) + pad("reading", 16) + "largest contribution")
            for attribute in results.attributes { lines.append(trimmed(stabilityLine(attribute.attribute, attribute.stability))) }
        }
        if !results.attributesSkipped.isEmpty {
            lines.append("  not compared (more than \(AttributeStability.maximumCategories) categories): \(results.attributesSkipped.joined(separator: ", "))")
        }
        return lines
    }

    private static func stabilityLine(_ name: String, _ psi: PopulationStability) -> String {
        var line = "  " + pad(name, 27) + pad(String(format: "%.3f", psi.index), 8) + pad(psi.reading.rawValue, 16)
        if let largest = psi.bins.max(by: { $0.contribution < $1.contribution }), largest.contribution > 0 {
            line += largest.label + String(format: ": %.1f%% → %.1f%%", share(largest.expectedCount, psi.expectedTotal), share(largest.actualCount, psi.actualTotal))
        }
        return line
    }

    private static func share(_ count: Int, _ total: Int) -> Double { total > 0 ? 100 * Double(count) / Double(total) : 0 }

    private static func threshold(_ figures: HeadlineFigures?) -> String {
        guard let figures else { return "—" }
        guard let threshold = figures.threshold else { return "none (\(figures.thresholdSource))" }
        return "\(EvaluationTable.number(threshold)) (\(figures.thresholdSource))"
    }

    /// A figure in one period, with its interval where it has one.
    static func value(_ figure: FigureChange.Figure, _ figures: HeadlineFigures?) -> String {
        guard let figures else { return "—" }
        switch figure {
        case .auc: return EvaluationTable.interval(figures.auc)
        case .averagePrecision: return EvaluationTable.interval(figures.averagePrecision)
        case .precision: return EvaluationTable.interval(figures.precision)
        case .recall: return EvaluationTable.interval(figures.recall)
        case .f1: return EvaluationTable.interval(figures.f1)
        case .lift: return EvaluationTable.interval(figures.lift)
        case .baseRate: return figures.baseRate.map { String(format: "%.3f", $0) } ?? "—"
        case .qualified: return figures.threshold == nil ? "—" : grouped(figures.counts.qualified)
        case .perWeek: return figures.perWeek.map { String(format: "%.1f", $0) } ?? "—"
        case .hits: return figures.threshold == nil ? "—" : grouped(figures.counts.hits)
        case .medianSalesCycle: return EvaluationTable.interval(figures.medianSalesCycle, format: "%.1f")
        }
    }

    /// The change, with its interval where a test gives one.
    static func difference(_ figure: FigureChange.Figure, _ change: FigureChange?) -> String {
        guard let change, let value = change.change else { return "—" }
        switch figure {
        case .qualified, .hits:
            let count = Int(value.rounded())
            return (count < 0 ? "-" : "+") + grouped(abs(count))
        case .perWeek, .medianSalesCycle: return String(format: "%+.1f", value)
        default:
            guard let interval = change.changeInterval else { return String(format: "%+.3f", value) }
            return String(format: "%+.3f [%+.3f, %+.3f]", value, interval.lower, interval.upper)
        }
    }

    private static func cell(_ cell: TierConversion.Cell?) -> String {
        guard let cell else { return "—" }
        return "\(grouped(cell.conversions)) of \(grouped(cell.leads))" + (cell.rate.map { String(format: " (%.1f%%)", $0 * 100) } ?? "")
    }

    private static func grouped(_ value: Int) -> String { DatasetSummary.grouped(value) }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String { DatasetSummary.pad(text, width, right: right) + " " }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
