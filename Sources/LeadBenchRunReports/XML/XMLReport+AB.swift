import LeadBenchReplay
import LeadBenchReports

// The A/B test replayed on history: each arm, each treatment's lift over the control, the sample-ratio
// check, and the note that history measures targeting, not uplift.
extension XMLReport {
    static func abReplay(_ ab: ABReplay, in report: XMLReportElement) throws(MarkupError) {
        let element = try report.child("abReplay", attributes: [("salt", ab.salt), ("unit", ab.unit)])
        try element.text("note", ab.note)
        for arm in ab.arms {
            let child = try element.child("arm", attributes: [
                ("name", arm.name), ("model", arm.model), ("weight", XMLReportElement.exact(arm.weight)), ("leads", String(arm.leads)), ("units", String(arm.units)),
                ("qualified", String(arm.qualified)), ("hits", String(arm.hits)),
            ])
            if let precision = arm.precision { try child.interval("precision", precision) }
            try child.number("perWeek", arm.perWeek)
            try child.number("perWeekAtFullTraffic", arm.perWeekAtFullTraffic)
            try child.interval("medianSalesCycle", arm.medianSalesCycle)
        }
        for lift in ab.lifts {
            let child = try element.child("lift", attributes: [("treatment", lift.treatment), ("control", lift.control)])
            try child.interval("difference", lift.difference)
            try child.interval("ratio", lift.ratio)
            try child.number("z", lift.z)
            try child.number("pValue", lift.pValue)
        }
        if let ratio = ab.sampleRatio {
            let child = try element.child("sampleRatio")
            for (units, expected) in zip(ratio.units, ratio.expected) {
                _ = try child.child("arm", attributes: [("units", String(units)), ("expected", XMLReportElement.exact(expected))])
            }
            try child.number("pValue", ratio.pValue)
            try child.flag("mismatch", ratio.mismatch)
        }
        if let sequential = ab.sequential {
            let child = try element.child("sequential", attributes: [
                ("control", sequential.control), ("treatment", sequential.treatment),
                ("alpha", XMLReportElement.exact(sequential.alpha)), ("mixingVariance", XMLReportElement.exact(sequential.mixingVariance)),
            ])
            for look in sequential.looks {
                try child.child("look", attributes: [
                    ("day", schemaDate(look.day)), ("controlUnits", String(look.controlUnits)),
                    ("controlConversions", String(look.controlConversions)), ("treatmentUnits", String(look.treatmentUnits)),
                    ("treatmentConversions", String(look.treatmentConversions)), ("z", XMLReportElement.exact(look.z)),
                    ("boundary", XMLReportElement.exact(look.boundary ?? .infinity)), ("pValue", XMLReportElement.exact(look.pValue)),
                    ("rejected", look.rejected ? "true" : "false"),
                ])
            }
            try child.text("firstRejection", sequential.firstRejection.map(schemaDate))
            try child.number("pValue", sequential.pValue)
        }
        try element.strings("warnings", item: "warning", ab.warnings)
    }
}
