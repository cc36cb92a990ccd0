import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

// One model's figures: the threshold and its counts, the headline figures with their intervals, the
// ranking figures, the sales cycle and the threshold sweep.
extension XMLReport {
    static func model(_ model: ModelEvaluation, in models: XMLReportElement) throws(MarkupError) {
        let element = try models.child(
            "model",
            attributes: [("name", model.name), ("kind", model.kind), ("isProbability", model.isProbability ? "true" : "false")])
        try element.number("threshold", model.threshold)
        try element.text("thresholdSource", model.thresholdSource)
        try counts(model.counts, in: element)
        try element.number("baseRate", model.baseRate)
        try element.number("perWeek", model.perWeek)
        try element.interval("auc", model.auc)
        try element.interval("averagePrecision", model.averagePrecision)
        try element.interval("precision", model.precision)
        try element.interval("recall", model.recall)
        try element.interval("f1", model.f1)
        try element.interval("lift", model.lift)
        try element.number("contactsPerConversion", model.contactsPerConversion)
        try element.number("ks", model.ks)
        try element.number("brier", model.brier)
        try element.number("logLoss", model.logLoss)
        if let ranking = model.ranking { try self.ranking(ranking, in: element) }
        if let salesCycle = model.salesCycle { try self.salesCycle(salesCycle, in: element) }
        try sweep(model.sweep, in: element)
        try element.strings("warnings", item: "warning", model.warnings)
    }

    static func counts(_ counts: QualificationCounts, in model: XMLReportElement) throws(MarkupError) {
        let element = try model.child("counts")
        try element.integer("leads", counts.leads)
        try element.integer("ranked", counts.ranked)
        try element.integer("converted", counts.converted)
        try element.integer("qualified", counts.qualified)
        try element.integer("hits", counts.hits)
        try element.integer("misses", counts.misses)
    }

    static func sweep(_ points: [QualificationSweep.Point], in model: XMLReportElement) throws(MarkupError) {
        let element = try model.child("sweep")
        for point in points {
            try element.child(
                "point",
                attributes: [
                    ("threshold", XMLReportElement.exact(point.threshold)), ("qualified", String(point.qualified)),
                    ("hits", String(point.hits)), ("precision", XMLReportElement.exact(point.precision)),
                    ("recall", XMLReportElement.exact(point.recall)), ("f1", XMLReportElement.exact(point.f1)),
                    ("lift", XMLReportElement.exact(point.lift)), ("perWeek", XMLReportElement.exact(point.perWeek)),
                ])
        }
    }

    static func salesCycle(_ cycle: SalesCycle, in model: XMLReportElement) throws(MarkupError) {
        let element = try model.child("salesCycle")
        try element.summary("qualificationToConversion", cycle.qualificationToConversion)
        try element.summary("creationToQualification", cycle.creationToQualification)
        try element.interval("medianInterval", cycle.medianInterval)
        let weeks = try element.child("weeklyHits")
        for (index, hits) in cycle.weeklyHits.enumerated() {
            try weeks.child("week", attributes: [("index", String(index)), ("hits", String(hits))])
        }
    }
}
