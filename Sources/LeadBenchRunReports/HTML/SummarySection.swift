import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

/// The summary at the top of the report: which model ranks the test leads best and by how much against
/// the baseline (with intervals), its threshold in leads per week and what those leads convert at, and
/// every warning of the run.
///
/// The winner is the model with the highest test AUC (ties: the earlier model of the experiment).
enum SummarySection {
    static func render(_ results: RunResults, into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["id": "summary"])
        try section.element("h2", text: "Summary")
        guard let winner = winner(results) else {
            try section.element("p", text: "No model could be measured: the test window needs converted and non-converted leads.")
            try warnings(results, into: section)
            return
        }
        try section.element("p", attributes: ["class": "verdict", "data-winner": winner.name]) { p throws(MarkupError) in
            try p.text("The best ranking model is ")
            try p.element("strong", text: winner.name)
            try p.text(", with a test AUC of \(HTMLCells.interval(winner.auc)). ")
            try p.text(againstBaseline(winner, results))
        }
        if let threshold = winner.threshold {
            var text = "At its threshold of \(HTMLCells.threshold(threshold)) (\(winner.thresholdSource == "set" ? "set by the experiment" : winner.thresholdSource)) it qualifies \(ReportNumber.grouped(winner.counts.qualified)) of \(ReportNumber.grouped(winner.counts.leads)) test leads"
            if let perWeek = winner.perWeek { text += ", \(ReportNumber.fixed(perWeek, 1)) per week," }
            text += " and \(HTMLCells.percent(winner.precision?.estimate)) of them convert (precision \(HTMLCells.interval(winner.precision)), \(HTMLCells.number(winner.lift?.estimate, 2))× the base rate of \(HTMLCells.percent(winner.baseRate)))."
            if let contacts = winner.contactsPerConversion { text += " Sales contacts \(ReportNumber.fixed(contacts, 1)) leads per conversion." }
            try section.element("p", attributes: ["class": "threshold"], text: text)
        } else {
            try section.element("p", attributes: ["class": "threshold"], text: "\(winner.name) has no threshold: \(winner.thresholdSource).")
        }
        try warnings(results, into: section)
    }

    static func winner(_ results: RunResults) -> ModelEvaluation? {
        var best: ModelEvaluation?
        for model in results.models {
            guard let auc = model.auc?.estimate else { continue }
            if best == nil || auc > (best?.auc?.estimate ?? -1) { best = model }
        }
        return best
    }

    private static func againstBaseline(_ winner: ModelEvaluation, _ results: RunResults) -> String {
        guard let baseline = results.experiment.baseline else { return "" }
        if winner.name == baseline { return "It is the baseline: no other model ranks the test leads better." }
        guard let comparison = results.comparisons.first(where: { $0.model == winner.name }) else { return "" }
        var text = "Against the baseline \(baseline) the AUC differs by \(HTMLCells.interval(comparison.aucDifference, signed: true))"
        if let p = comparison.delong?.pValue { text += " (DeLong p \(HTMLCells.pValue(p)))" }
        if let difference = comparison.aucDifference, difference.lower <= 0 {
            text += "; the interval includes no difference, so the data do not show it is better."
        } else {
            text += "."
        }
        if let precision = comparison.precisionDifference {
            text += " Precision at the thresholds differs by \(HTMLCells.interval(precision, signed: true))."
        }
        return text
    }

    /// The run's warnings, each model's, leaky columns, and models the baseline beats.
    private static func warnings(_ results: RunResults, into section: MarkupNode) throws(MarkupError) {
        var items = results.warnings
        items += results.leakage.map(\.message)
        for model in results.models { items += model.warnings.map { "\(model.name): \($0)" } }
        for comparison in results.comparisons {
            if let difference = comparison.aucDifference, difference.upper < 0 {
                items.append("\(comparison.model) ranks the test leads worse than the baseline \(comparison.baseline) (AUC difference \(HTMLCells.interval(difference, signed: true)))")
            }
        }
        guard !items.isEmpty else { return }
        try section.element("h3", text: "Warnings")
        try section.element("ul", attributes: ["class": "warnings"]) { ul throws(MarkupError) in
            for item in items { try ul.element("li", text: item) }
        }
    }
}
