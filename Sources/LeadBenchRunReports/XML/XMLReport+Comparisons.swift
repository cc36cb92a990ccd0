import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

// A model against the baseline: the paired bootstrap differences, DeLong's test, the paired decision
// table with McNemar's p-value, and the head start.
extension XMLReport {
    static func comparison(_ comparison: PairedComparison, in comparisons: XMLReportElement) throws(MarkupError) {
        let element = try comparisons.child("comparison", attributes: [("model", comparison.model), ("baseline", comparison.baseline)])
        try element.interval("aucDifference", comparison.aucDifference)
        try element.interval("precisionDifference", comparison.precisionDifference)
        if let delong = comparison.delong { try self.delong(delong, in: element) }
        if let table = comparison.qualificationTable {
            let cells = try element.child("qualificationTable")
            try cells.integer("both", table.both)
            try cells.integer("firstOnly", table.firstOnly)
            try cells.integer("secondOnly", table.secondOnly)
            try cells.integer("neither", table.neither)
        }
        try element.number("mcnemarPValue", comparison.mcnemarPValue)
        if let headStart = comparison.headStart { try self.headStart(headStart, in: element) }
    }

    static func delong(_ test: DeLongTest, in comparison: XMLReportElement) throws(MarkupError) {
        let element = try comparison.child("delong")
        try element.integer("positives", test.positives)
        try element.integer("negatives", test.negatives)
        try element.number("firstAUC", test.firstAUC)
        try element.number("secondAUC", test.secondAUC)
        try element.number("firstVariance", test.firstVariance)
        try element.number("secondVariance", test.secondVariance)
        try element.number("covariance", test.covariance)
        try element.number("difference", test.difference)
        try element.number("standardError", test.standardError)
        try element.number("z", test.z)
        try element.number("pValue", test.pValue)
        try element.interval("differenceInterval", test.differenceInterval)
    }

    static func headStart(_ headStart: HeadStart, in comparison: XMLReportElement) throws(MarkupError) {
        let element = try comparison.child("headStart")
        try element.summary("days", headStart.days)
        try element.integer("modelFirst", headStart.modelFirst)
        try element.integer("baselineFirst", headStart.baselineFirst)
        try element.integer("hitOnlyByModel", headStart.hitOnlyByModel)
        try element.integer("hitOnlyByBaseline", headStart.hitOnlyByBaseline)
    }
}
