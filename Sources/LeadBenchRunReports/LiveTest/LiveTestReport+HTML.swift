import LeadBenchAB
import LeadBenchMetrics
import LeadBenchReports

// The HTML form: the verdict first (the sample-ratio check before anything, since a broken split
// voids the rest), the arms, the lift, the power at the test's size, and the sequential test with its
// boundary chart. One self-contained page, no script, in the run report's style.
extension LiveTestReport {
    public func html() throws(MarkupError) -> [UInt8] {
        let document = try MarkupDocument.html()
        let head = try document.root.element("head")
        try head.element("meta", attributes: ["charset": "utf-8"])
        try head.element("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try head.element("meta", attributes: ["name": "generator", "content": "leadbench \(version)"])
        let arms = test.analysis.arms.map(\.name).joined(separator: " vs ")
        try head.element("title", text: "A/B test \(arms) — leadbench report")
        try head.element("style", text: ReportStyle.css)
        let main = try document.root.element("body").element("main")
        try main.element("header") { header throws(MarkupError) in
            try header.element("p", attributes: ["class": "kicker"], text: "leadbench A/B test")
            try header.element("h1", text: arms)
            try header.element("p", attributes: ["class": "lede"], text: "Assignments from \(assignments), outcomes from \(outcomes); two-sided α = \(ReportNumber.exact(test.alpha)), intervals at \(ReportNumber.percent(1 - test.alpha, 0)).")
        }
        try summary(into: main)
        try armTables(into: main)
        try sequentialSection(into: main)
        try method(into: main)
        return try document.serialized()
    }

    private func summary(into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["id": "summary"])
        try section.element("h2", text: "Summary")
        let ratio = test.analysis.sampleRatio
        let units = ratio.units.map(ReportNumber.grouped).joined(separator: " / ")
        let expected = ratio.expectedUnits.map { $0 == $0.rounded() && $0.magnitude < 1e15 ? ReportNumber.grouped(Int($0)) : ReportNumber.fixed($0, 1) }.joined(separator: " / ")
        if ratio.isMismatch {
            try section.element(
                "p", attributes: ["class": "srm mismatch"],
                text: "Sample-ratio mismatch: the units per arm (\(units)) do not match the weights (expected \(expected); χ² p \(HTMLCells.pValue(ratio.pValue)) < \(ReportNumber.exact(ratio.threshold))). The assignment or the logging is broken; do not read the results below until it is fixed.")
        } else {
            try section.element(
                "p", attributes: ["class": "srm"],
                text: "The split is as designed: the units per arm (\(units)) match the weights (expected \(expected); χ² p \(HTMLCells.pValue(ratio.pValue))).")
        }
        if let (control, comparison) = headline, let treatment = test.analysis.arm(comparison.treatment) {
            let significant = comparison.zTest.pValue < test.alpha
            try section.element("p", attributes: ["class": "verdict", "data-significant": significant ? "true" : "false"]) { p throws(MarkupError) in
                try p.element("strong", text: treatment.name)
                try p.text(" converts \(ReportNumber.percent(treatment.rate.estimate, 2)) of its units against \(ReportNumber.percent(control.rate.estimate, 2)) for \(control.name): ")
                try p.text("a relative lift of \(signedPercent(comparison.relativeLift)), \(significant ? "significant" : "not significant") at α = \(ReportNumber.exact(test.alpha)) by the z-test (p \(HTMLCells.pValue(comparison.zTest.pValue))).")
            }
            if let sequential = test.sequential {
                let text = sequential.firstRejection.map {
                    "The always-valid sequential test rejects \"no difference\" from \(test.lookDays[$0]) (look \($0 + 1) of \(sequential.looks.count)); its p-value, \(HTMLCells.pValue(sequential.pValue)), may be read at every look."
                } ?? "The always-valid sequential test has not rejected \"no difference\" after \(sequential.looks.count) daily looks (p \(HTMLCells.pValue(sequential.pValue))): keep the test running, or stop it as inconclusive."
                try section.element("p", attributes: ["class": "sequential"], text: text)
            }
        }
        if let detectable = test.detectable {
            try section.element(
                "p", attributes: ["class": "power"],
                text: "At \(ReportNumber.grouped(detectable.controlUnits)) units in the control, the test detects with \(ReportNumber.percent(detectable.power, 0)) power a relative change of \(ReportNumber.percent(detectable.relative, 1)) (\(ReportNumber.percent(detectable.baseRate, 2)) → \(ReportNumber.percent(detectable.rate, 2))); smaller true effects are likely to go unseen.")
        }
        if test.notYetObserved > 0 {
            try section.element("p", attributes: ["class": "note"], text: "\(ReportNumber.grouped(test.notYetObserved)) assigned units have no outcome yet and are left out of every figure.")
        }
    }

    private func armTables(into main: MarkupNode) throws(MarkupError) {
        let analysis = test.analysis
        let section = try main.element("section", attributes: ["id": "arms"])
        try section.element("h2", text: "Arms")
        let level = ReportNumber.percent(analysis.confidence, 0)
        try HTMLCells.table(
            section, id: "live-arms", caption: "Conversion per arm, with \(level) Wilson intervals",
            header: ["arm", "weight", "units", "share of units", "conversions", "conversion rate", "interval", "P(best)"],
            rows: analysis.arms.map { arm in
                [arm.name, ReportNumber.fixed(arm.weight, 2), ReportNumber.grouped(arm.units), ReportNumber.percent(arm.share, 1),
                 ReportNumber.grouped(arm.conversions), ReportNumber.percent(arm.rate.estimate, 2),
                 "\(ReportNumber.percent(arm.rate.lower, 2)) – \(ReportNumber.percent(arm.rate.upper, 2))", ReportNumber.fixed(arm.probabilityBest, 3)]
            })
        try HTMLCells.table(
            section, id: "live-lift", caption: "Each treatment against \(analysis.control), with \(level) intervals",
            header: ["treatment", "absolute lift (points)", "relative lift", "z", "p"],
            rows: analysis.comparisons.map { comparison in
                [comparison.treatment, signedPoints(comparison.absoluteLift), signedPercent(comparison.relativeLift),
                 ReportNumber.fixed(comparison.zTest.z, 3), HTMLCells.pValue(comparison.zTest.pValue)]
            })
        try section.element(
            "p", attributes: ["class": "note"],
            text: "Absolute lift: p_T − p_C with Newcombe's hybrid score interval. Relative lift: p_T / p_C − 1 with the log-adjusted interval of the ratio. z-test: pooled two-proportion test (statsmodels proportions_ztest). P(best): the probability that the arm's rate is the highest under independent Beta(1 + conversions, 1 + units − conversions) posteriors. Read the z-test's p-value once, at the planned sample size; to look every day, read the sequential test.")
    }

    private func sequentialSection(into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["id": "sequential"])
        try section.element("h2", text: "Sequential test")
        guard let sequential = test.sequential, let (control, comparison) = headline else {
            try section.element("p", attributes: ["class": "unavailable"], text: test.sequentialNote ?? "No sequential test.")
            return
        }
        let grid = try section.element("div", attributes: ["class": "charts"])
        try ReportCharts.figure(
            grid, id: "boundary", caption: SequentialChart.caption(control: control.name, treatment: comparison.treatment),
            SequentialChart.boundary(control: control.name, treatment: comparison.treatment, z: sequential.looks.map(\.z), boundary: sequential.boundaries))
        try ReportCharts.figure(grid, id: "cumulative", caption: "Each arm's cumulative conversion rate at each daily look.", LineChart(
            title: "Conversion rate over time",
            x: ChartAxis("Daily look", format: .count),
            y: ChartAxis("Conversion rate", range: .automaticFromZero, format: .percent),
            series: [
                ChartSeries(control.name, points: sequential.looks.enumerated().map { ChartPoint(x: Double($0 + 1), y: Double($1.controlConversions) / Double($1.controlUnits)) }, paletteSlot: 0),
                ChartSeries(comparison.treatment, points: sequential.looks.enumerated().map { ChartPoint(x: Double($0 + 1), y: Double($1.treatmentConversions) / Double($1.treatmentUnits)) }, paletteSlot: 1),
            ]))
        let first = test.lookDays.first ?? "", last = test.lookDays.last ?? ""
        try section.element(
            "p", attributes: ["class": "note"],
            text: "\(sequential.looks.count) daily looks from \(first) to \(last), on cumulative totals. Mixture SPRT (Johari, Pekelis and Walsh) with τ² = \(ReportNumber.exact(sequential.mixingVariance)): Λ = √(V/(V + τ²)) · exp(τ²z²/(2(V + τ²))) with the pooled variance V; the always-valid p-value is the running minimum of 1/Λ, and b = √((V + τ²)/τ² · (2 ln(1/α) + ln((V + τ²)/V))) is where it reaches α.")
    }

    private func method(into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["id": "method"])
        try section.element("h2", text: "Method")
        try section.element("dl", attributes: ["class": "method"]) { dl throws(MarkupError) in
            let rows: [(String, String)] = [
                ("Assignments", assignments), ("Outcomes", outcomes),
                ("Arms", test.analysis.arms.map { "\($0.name) \(ReportNumber.fixed($0.weight, 2))" }.joined(separator: ", ") + "; control: \(test.analysis.control)"),
                ("Significance", "two-sided α = \(ReportNumber.exact(test.alpha))"),
                ("Sample ratio", "χ² goodness of fit of the units per arm against the weights; a mismatch when p < \(ReportNumber.exact(test.analysis.sampleRatio.threshold))"),
                ("Power", "Cohen's h solved from the control's units (statsmodels NormalIndPower), turned back into a rate from the control's observed rate"),
                ("Version", "leadbench \(version)"),
            ]
            for (term, description) in rows {
                try dl.element("dt", text: term)
                try dl.element("dd", text: description)
            }
        }
    }

    /// `+1.23 [−0.40, +2.86]` in percentage points.
    private func signedPoints(_ value: ConfidenceInterval) -> String {
        "\(HTMLCells.number(value.estimate * 100, 2, signed: true)) [\(HTMLCells.number(value.lower * 100, 2, signed: true)), \(HTMLCells.number(value.upper * 100, 2, signed: true))]"
    }

    /// `+12.3% [−4.0%, +31.9%]`.
    private func signedPercent(_ value: ConfidenceInterval) -> String {
        func one(_ x: Double) -> String { (x >= 0 ? "+" : "") + ReportNumber.percent(x, 1) }
        return "\(one(value.estimate)) [\(one(value.lower)), \(one(value.upper))]"
    }
}
