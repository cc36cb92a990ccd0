import LeadBenchData
import LeadBenchReplay
import LeadBenchReports

/// How the figures were made: the data, the split, the horizon and censoring, the seed and the
/// resampling, the columns left out and why, leaky columns, and the version.
enum MethodSection {
    static func render(_ results: RunResults, into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["id": "method"])
        try section.element("h2", text: "Method")
        let data = results.data
        let window = results.window
        let experiment = results.experiment
        var rows: [(String, String)] = []
        var dataText = "\(ReportNumber.grouped(data.leads)) leads (\(ReportNumber.grouped(data.converted)) converted, \(ReportNumber.grouped(data.open)) open), \(ReportNumber.grouped(data.activities)) activities, \(ReportNumber.grouped(data.accounts)) accounts"
        if data.skippedRows > 0 { dataText += "; \(ReportNumber.grouped(data.skippedRows)) bad rows skipped" }
        rows.append(("data", dataText))
        if let first = data.firstCreated, let end = data.endOfData {
            rows.append(("time span", "leads created from \(first); data ends \(end)"))
        } else {
            rows.append(("time span", "not available: the dataset has no timestamps"))
        }
        rows.append(("split", experiment.splitLabel + (experiment.splitNote.map { " (\($0))" } ?? "")))
        var windows = "training: \(ReportNumber.grouped(window.trainingLeads)) leads, \(ReportNumber.grouped(window.trainingConverted)) converted; test: \(ReportNumber.grouped(window.testLeads)) leads, \(ReportNumber.grouped(window.testConverted)) converted"
        if let folds = window.folds { windows += " over \(folds) folds" }
        rows.append(("leads", windows))
        if data.hasTimes {
            rows.append(("horizon", "\(experiment.horizonDays) days after creation; \(ReportNumber.grouped(window.censored)) test leads created less than a horizon before the end of the data are left out (right-censored)"))
            rows.append(("scoring moment", "ranking scores as of creation + \(experiment.scoringDelayDays) days; leads converted by then are left out of ranking figures"))
        }
        if window.open > 0 { rows.append(("open leads", "\(ReportNumber.grouped(window.open)) test leads with no outcome yet, left out")) }
        rows.append(("objective", experiment.objective))
        if let resampling = results.resampling {
            rows.append(("intervals", "\(ReportNumber.fixed(resampling.confidence * 100, 0))% percentile bootstrap, \(ReportNumber.grouped(resampling.resamples)) resamples, \(resampling.design), seed \(resampling.seed)"))
        }
        rows.append(("seed", "\(experiment.seed)"))
        rows.append(("version", "leadbench \(results.version)"))
        try section.element("dl", attributes: ["class": "method"]) { dl throws(MarkupError) in
            for (term, text) in rows {
                try dl.element("dt", text: term)
                try dl.element("dd", text: text)
            }
        }
        if !data.excluded.isEmpty {
            try HTMLCells.table(
                section, id: "excluded", caption: "Columns the experiment leaves out",
                header: ["column", "why"], rows: data.excluded.map { [$0.column, $0.reason ?? "—"] }, numericFrom: 2)
        }
        if !results.leakage.isEmpty {
            try section.element("h3", text: "Columns that nearly give the outcome away")
            try section.element("ul", attributes: ["class": "warnings"]) { ul throws(MarkupError) in
                for leak in results.leakage { try ul.element("li", text: leak.message) }
            }
        }
    }
}
