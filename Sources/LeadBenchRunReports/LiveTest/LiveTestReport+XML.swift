import LeadBenchAB
import LeadBenchMetrics
import LeadBenchReports

// The XML form: every figure of the analysis, each look of the sequential test included, in the
// schema's order.
extension LiveTestReport {
    /// The serialized XML report, validated against the schema.
    ///
    /// - Throws: ``RunReportError/schemaViolations(_:)`` when it does not validate, or
    ///   ``RunReportError/markup(_:)`` when libxml2 fails.
    public func xml() throws(RunReportError) -> [UInt8] {
        let bytes = try XMLReport.markup { () throws(MarkupError) -> [UInt8] in try document().serialized() }
        try XMLReport.validate(bytes: bytes)
        return bytes
    }

    private func document() throws(MarkupError) -> MarkupDocument {
        let analysis = test.analysis
        let document = try MarkupDocument.xml(
            root: "liveTest", namespace: ReportSchema.namespace,
            attributes: ["version": version, "alpha": ReportNumber.exact(test.alpha)])
        let root = XMLReportElement(node: document.root)
        try root.text("assignments", assignments)
        try root.text("outcomes", outcomes)
        for arm in analysis.arms {
            let element = try root.child("arm", attributes: [
                ("name", arm.name), ("weight", XMLReportElement.exact(arm.weight)), ("units", String(arm.units)),
                ("conversions", String(arm.conversions)), ("share", XMLReportElement.exact(arm.share)),
                ("probabilityBest", XMLReportElement.exact(arm.probabilityBest)),
            ])
            try element.interval("rate", arm.rate)
        }
        for comparison in analysis.comparisons {
            let element = try root.child("lift", attributes: [("treatment", comparison.treatment), ("control", comparison.control)])
            try element.interval("absolute", comparison.absoluteLift)
            try element.interval("relative", comparison.relativeLift)
            try element.number("z", comparison.zTest.z)
            try element.number("pValue", comparison.zTest.pValue)
        }
        let ratio = try root.child("sampleRatio")
        for (units, expected) in zip(analysis.sampleRatio.units, analysis.sampleRatio.expectedUnits) {
            try ratio.child("arm", attributes: [("units", String(units)), ("expected", XMLReportElement.exact(expected))])
        }
        try ratio.number("pValue", analysis.sampleRatio.pValue)
        try ratio.flag("mismatch", analysis.sampleRatio.isMismatch)
        try root.integer("notYetObserved", test.notYetObserved)
        if let detectable = test.detectable {
            let element = try root.child("detectableEffect")
            try element.number("baseRate", detectable.baseRate)
            try element.number("rate", detectable.rate)
            try element.number("relative", detectable.relative)
            try element.number("power", detectable.power)
            try element.integer("controlUnits", detectable.controlUnits)
        }
        if let sequential = test.sequential, let (control, comparison) = headline {
            let element = try root.child("sequential", attributes: [
                ("control", control.name), ("treatment", comparison.treatment),
                ("alpha", XMLReportElement.exact(sequential.alpha)), ("mixingVariance", XMLReportElement.exact(sequential.mixingVariance)),
            ])
            for (look, day) in zip(sequential.looks, test.lookDays) {
                try element.child("look", attributes: [
                    ("day", XMLReport.schemaDate(day)), ("controlUnits", String(look.controlUnits)),
                    ("controlConversions", String(look.controlConversions)), ("treatmentUnits", String(look.treatmentUnits)),
                    ("treatmentConversions", String(look.treatmentConversions)), ("z", XMLReportElement.exact(look.z)),
                    ("boundary", XMLReportElement.exact(look.boundary)), ("pValue", XMLReportElement.exact(look.pValue)),
                    ("rejected", look.rejected ? "true" : "false"),
                ])
            }
            try element.text("firstRejection", sequential.firstRejection.map { XMLReport.schemaDate(test.lookDays[$0]) })
            try element.number("pValue", sequential.pValue)
        }
        try root.text("sequentialNote", test.sequentialNote)
        return document
    }
}
