import LeadBenchData
import LeadBenchReplay
import LeadBenchReports

// The run-level sections: what was run, on which data and leads, how the intervals were made, and the
// columns that look leaky.
extension XMLReport {
    static func experiment(_ experiment: RunResults.Experiment, in report: XMLReportElement) throws(MarkupError) {
        let element = try report.child("experiment")
        try element.text("name", experiment.name)
        try element.text("description", experiment.description)
        try element.integer("seed", experiment.seed)
        let split = try element.child("split", attributes: [("kind", experiment.split)])
        try split.text("label", experiment.splitLabel)
        try split.text("note", experiment.splitNote)
        try element.integer("horizonDays", experiment.horizonDays)
        try element.integer("scoringDelayDays", experiment.scoringDelayDays)
        try element.text("objective", experiment.objective)
        try element.text("baseline", experiment.baseline)
    }

    static func data(_ data: RunResults.Data, in report: XMLReportElement) throws(MarkupError) {
        let element = try report.child("data")
        try element.integer("leads", data.leads)
        try element.integer("activities", data.activities)
        try element.integer("accounts", data.accounts)
        try element.integer("converted", data.converted)
        try element.integer("open", data.open)
        try element.flag("hasTimes", data.hasTimes)
        try element.text("firstCreated", data.firstCreated.map(schemaDate))
        try element.text("endOfData", data.endOfData.map(schemaDate))
        let excluded = try element.child("excludedColumns")
        for column in data.excluded {
            let entry = try excluded.child("column", attributes: [("name", column.column)])
            try entry.text("reason", column.reason)
        }
        try element.integer("skippedRows", data.skippedRows)
    }

    static func window(_ window: RunResults.Window, in report: XMLReportElement) throws(MarkupError) {
        let element = try report.child("window")
        try element.integer("trainingLeads", window.trainingLeads)
        try element.integer("trainingConverted", window.trainingConverted)
        try element.integer("testLeads", window.testLeads)
        try element.integer("testConverted", window.testConverted)
        try element.integer("censored", window.censored)
        try element.integer("open", window.open)
        try element.number("weeks", window.weeks)
        try element.integer("folds", window.folds)
    }

    static func resampling(_ resampling: RunResults.Resampling?, in report: XMLReportElement) throws(MarkupError) {
        guard let resampling else { return }
        let element = try report.child("resampling")
        try element.integer("resamples", resampling.resamples)
        try element.number("confidence", resampling.confidence)
        try element.text("design", resampling.design)
        try element.integer("seed", resampling.seed)
    }

    static func leakage(_ leaks: [RunResults.Leak], in report: XMLReportElement) throws(MarkupError) {
        let element = try report.child("leakage")
        for leak in leaks {
            let entry = try element.child("leak", attributes: [("column", leak.column)])
            try entry.number("auc", leak.auc)
            try entry.flag("filledOnlyForConverted", leak.filledOnlyForConverted)
            try entry.text("message", leak.message)
        }
    }

    /// An ISO 8601 date as `xs:date` spells it: the year has at least four digits (the run's dates
    /// write a year before 1000 with fewer, e.g. "201-03-04" for a mistyped 0201).
    static func schemaDate(_ date: String) -> String {
        guard let dash = date.firstIndex(of: "-"), dash != date.startIndex else { return date }
        let year = date[..<dash]
        guard year.count < 4, year.allSatisfy(\.isASCII), year.allSatisfy(\.isNumber) else { return date }
        return String(repeating: "0", count: 4 - year.count) + date
    }
}
