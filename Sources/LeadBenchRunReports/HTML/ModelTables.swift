import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

/// The per-model tables: ranking figures, figures at the threshold, lift by decile with the rank-order
/// check, and the sales cycle. Every headline figure with its bootstrap interval.
enum ModelTables {
    static func render(_ results: RunResults, into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["id": "models"])
        try section.element("h2", text: "Models")
        let models = results.models
        if let resampling = results.resampling {
            try section.element(
                "p", attributes: ["class": "note"],
                text: "On \(ReportNumber.grouped(results.window.testLeads)) test leads. Intervals: \(ReportNumber.fixed(resampling.confidence * 100, 0))% percentile bootstrap, \(ReportNumber.grouped(resampling.resamples)) resamples \(resampling.design), seed \(resampling.seed).")
        }
        try HTMLCells.table(
            section, id: "ranking", caption: "Ranking the test leads (scores as of creation + scoring delay)",
            header: ["model", "kind", "AUC", "average precision", "KS", "Brier", "log loss", "top 10% capture", "top 20% capture"],
            rows: models.map { m in
                [m.name, m.kind, HTMLCells.interval(m.auc), HTMLCells.interval(m.averagePrecision), HTMLCells.number(m.ks), HTMLCells.number(m.brier),
                 HTMLCells.number(m.logLoss), HTMLCells.percent(m.ranking?.captureTop10), HTMLCells.percent(m.ranking?.captureTop20)]
            }, numericFrom: 2)
        try HTMLCells.table(
            section, id: "threshold", caption: "At each model's threshold (qualified within the horizon)",
            header: ["model", "threshold", "qualified", "per week", "hits", "misses", "precision", "recall", "F1", "lift", "contacts per conversion"],
            rows: models.map { m in
                [m.name, HTMLCells.threshold(m.threshold), ReportNumber.grouped(m.counts.qualified), HTMLCells.number(m.perWeek, 1),
                 ReportNumber.grouped(m.counts.hits), ReportNumber.grouped(m.counts.misses), HTMLCells.interval(m.precision), HTMLCells.interval(m.recall),
                 HTMLCells.interval(m.f1), HTMLCells.interval(m.lift), HTMLCells.number(m.contactsPerConversion, 1)]
            })
        let sources = models.filter { $0.thresholdSource != "set" }
        if !sources.isEmpty {
            try section.element("ul", attributes: ["class": "note"]) { ul throws(MarkupError) in
                for m in sources { try ul.element("li", text: "\(m.name): threshold \(HTMLCells.threshold(m.threshold)) — \(m.thresholdSource)") }
            }
        }
        try HTMLCells.table(
            section, id: "deciles", caption: "Lift by decile (decile 1 holds the highest scores; tied scores shared across a cut)",
            header: ["model"] + (1...10).map { "\($0)" } + ["rank order"],
            rows: models.map { m in
                guard let ranking = m.ranking else { return [m.name] + Array(repeating: "—", count: 11) }
                let order = ranking.inversions.isEmpty
                    ? "falls decile by decile"
                    : "rises at " + ranking.inversions.map { "\($0.decile)→\($0.decile + 1)" }.joined(separator: ", ")
                return [m.name] + ranking.deciles.map { ReportNumber.fixed($0.lift, 2) } + [order]
            })
        if results.data.hasTimes {
            try HTMLCells.table(
                section, id: "sales-cycle", caption: "Sales cycle of hits, in days",
                header: ["model", "hits", "qualified → converted: median", "quartiles", "p90", "created → qualified: median"],
                rows: models.map { m in
                    let cycle = m.salesCycle?.qualificationToConversion
                    return [m.name, ReportNumber.grouped(cycle?.count ?? 0), HTMLCells.interval(m.salesCycle?.medianInterval, decimals: 1),
                            cycle.map { "\(ReportNumber.fixed($0.lowerQuartile, 1))–\(ReportNumber.fixed($0.upperQuartile, 1))" } ?? "—",
                            HTMLCells.number(cycle?.p90, 1), HTMLCells.number(m.salesCycle?.creationToQualification?.median, 1)]
                })
        } else {
            try section.element("p", attributes: ["class": "unavailable"], text: "Sales cycle, volume per week and head start: not available: the dataset has no timestamps.")
        }
    }
}
