import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

/// Each model against the baseline on the same test leads: the AUC difference (bootstrap, DeLong), the
/// precision difference (bootstrap), the qualification decisions (McNemar) and the head start.
enum ComparisonTable {
    static func render(_ results: RunResults, into main: MarkupNode) throws(MarkupError) {
        guard let baseline = results.experiment.baseline, !results.comparisons.isEmpty else { return }
        let section = try main.element("section", attributes: ["id": "comparison"])
        try section.element("h2", text: "Against the baseline: \(baseline)")
        try HTMLCells.table(
            section, id: "paired", caption: "Paired on the same leads: differences are model − baseline",
            header: ["model", "AUC difference", "DeLong p", "precision difference", "qualified by both / model only / baseline only", "McNemar p", "head start: median days (first / later)"],
            rows: results.comparisons.map { c in
                let table = c.qualificationTable.map { "\(ReportNumber.grouped($0.both)) / \(ReportNumber.grouped($0.firstOnly)) / \(ReportNumber.grouped($0.secondOnly))" } ?? "—"
                var start = "—"
                if let head = c.headStart, let days = head.days {
                    start = "\(HTMLCells.number(days.median, 1, signed: true)) (\(head.modelFirst) / \(head.baselineFirst))"
                }
                return [c.model, HTMLCells.interval(c.aucDifference, signed: true), HTMLCells.pValue(c.delong?.pValue),
                        HTMLCells.interval(c.precisionDifference, signed: true), table, HTMLCells.pValue(c.mcnemarPValue), start]
            })
    }
}
