import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

/// The A/B test replayed on history: the note that this measures targeting and not uplift, the arms
/// (each qualified by its own model), each treatment's lift over the control with its interval, and the
/// sample-ratio verdict, and the sequential test over the replayed history with its boundary chart.
enum ABSection {
    static func render(_ results: RunResults, into main: MarkupNode) throws(MarkupError) {
        guard let ab = results.abReplay else { return }
        let section = try main.element("section", attributes: ["id": "ab"])
        try section.element("h2", text: "A/B test replayed on history")
        try section.element("p", attributes: ["class": "note"], text: ab.note)
        try section.element(
            "p", attributes: ["class": "note"],
            text: "Assigned by \(ab.unit) with the salt \"\(ab.salt)\": the first arm whose cumulative weight exceeds the first 8 bytes of MD5(salt:unit) ÷ 2⁶⁴.")
        func interval(_ value: ConfidenceInterval?) -> String {
            guard let value else { return "—" }
            return "\(ReportNumber.fixed(value.estimate, 3)) [\(ReportNumber.fixed(value.lower, 3)), \(ReportNumber.fixed(value.upper, 3))]"
        }
        try HTMLCells.table(
            section, id: "ab-arms", caption: "Arms, each qualified by its own model at its own threshold",
            header: ["arm", "model", "weight", "units", "leads", "qualified", "hits", "conversion among qualified", "per week", "per week at full traffic", "median sales cycle (days)"],
            rows: ab.arms.map { arm in
                [arm.name, arm.model, ReportNumber.fixed(arm.weight, 2), ReportNumber.grouped(arm.units), ReportNumber.grouped(arm.leads),
                 ReportNumber.grouped(arm.qualified), ReportNumber.grouped(arm.hits), interval(arm.precision), HTMLCells.number(arm.perWeek, 1),
                 HTMLCells.number(arm.perWeekAtFullTraffic, 1), HTMLCells.interval(arm.medianSalesCycle, decimals: 1)]
            }, numericFrom: 2)
        if !ab.lifts.isEmpty {
            try HTMLCells.table(
                section, id: "ab-lift", caption: "Conversion among qualified: treatment against control",
                header: ["treatment", "control", "difference", "ratio", "z", "p"],
                rows: ab.lifts.map { lift in
                    [lift.treatment, lift.control, interval(lift.difference), interval(lift.ratio), ReportNumber.fixed(lift.z, 2), HTMLCells.pValue(lift.pValue)]
                }, numericFrom: 2)
        }
        if let ratio = ab.sampleRatio {
            let verdict = ratio.mismatch
                ? "Sample-ratio mismatch: the units per arm (\(ratio.units.map(ReportNumber.grouped).joined(separator: " / "))) do not match the weights (χ² p \(HTMLCells.pValue(ratio.pValue))). Check the assignment before trusting the comparison."
                : "The units per arm (\(ratio.units.map(ReportNumber.grouped).joined(separator: " / "))) match the weights (χ² p \(HTMLCells.pValue(ratio.pValue)))."
            try section.element("p", attributes: ["class": ratio.mismatch ? "srm mismatch" : "srm"], text: verdict)
        }
        if let sequential = ab.sequential {
            let verdict = sequential.firstRejection.map {
                "Looked at every day, the always-valid sequential test would have called the difference between \(sequential.treatment) and \(sequential.control) on \($0), after \(sequential.looks.firstIndex { $0.rejected }.map { $0 + 1 } ?? 0) of \(sequential.looks.count) daily looks (always-valid p \(HTMLCells.pValue(sequential.pValue)) at the end)."
            } ?? "Looked at every day, the always-valid sequential test would not have called a difference between \(sequential.treatment) and \(sequential.control) in \(sequential.looks.count) daily looks (always-valid p \(HTMLCells.pValue(sequential.pValue)))."
            try section.element("p", attributes: ["class": "sequential"], text: verdict + " Units are each arm's qualified leads, entering on the day they qualified; a hit converts on the day it converted.")
            let grid = try section.element("div", attributes: ["class": "charts"])
            try ReportCharts.figure(
                grid, id: "ab-boundary", caption: SequentialChart.caption(control: sequential.control, treatment: sequential.treatment),
                SequentialChart.boundary(
                    control: sequential.control, treatment: sequential.treatment, z: sequential.looks.map(\.z),
                    boundary: sequential.looks.map { $0.boundary ?? .infinity }))
        }
        if !ab.warnings.isEmpty {
            try section.element("ul", attributes: ["class": "warnings"]) { ul throws(MarkupError) in
                for warning in ab.warnings { try ul.element("li", text: warning) }
            }
        }
    }
}
