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
        try element.strings("warnings", item: "warning", ab.warnings)
    }
}
