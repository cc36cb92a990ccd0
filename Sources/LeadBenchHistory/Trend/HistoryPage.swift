import LeadBenchReports

/// A self-contained HTML page of one metric's trend (`leadbench history --metric M --html FILE`): the
/// trend chart as inline SVG, then the table of its points. No script, no network; same points, same
/// bytes.
public enum HistoryPage {
    /// The page's bytes.
    public static func bytes(_ points: [TrendPoint], metric: String, experiment: String?) throws(MarkupError) -> [UInt8] {
        let document = try MarkupDocument.html()
        let head = try document.root.element("head")
        try head.element("meta", attributes: ["charset": "utf-8"])
        try head.element("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        let subject = experiment.map { "\(metric) of \($0)" } ?? metric
        try head.element("title", text: "\(subject) across runs — leadbench history")
        try head.element("style", text: css)
        let main = try document.root.element("body").element("main")
        try main.element("p", attributes: ["class": "kicker"], text: "leadbench history")
        try main.element("h1", text: "\(subject) across runs")
        let figure = try main.element("figure")
        try figure.chart(HistoryTrend.chart(points, metric: metric))
        try figure.element("figcaption", text: "Each model's \(metric) by run number, with its bootstrap interval where recorded.")
        let table = try main.element("table")
        try table.element("thead").element("tr") { row throws(MarkupError) in
            for title in ["Run", "Kind", "Started", "Commit", "Model", metric, "Interval"] { try row.element("th", text: title) }
        }
        let body = try table.element("tbody")
        for point in points {
            let interval = point.lower.flatMap { lower in point.upper.map { "[\(HistoryTable.number(lower)), \(HistoryTable.number($0))]" } } ?? ""
            try body.element("tr") { row throws(MarkupError) in
                for cell in [
                    String(point.runID), point.kind.rawValue, point.startedAt, point.experimentGitCommit.map { String($0.prefix(10)) } ?? "—",
                    point.model, HistoryTable.number(point.estimate), interval,
                ] {
                    try row.element("td", text: cell)
                }
            }
        }
        return try document.serialized()
    }

    static let css = """
        body { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; margin: 0; }
        main { max-width: 960px; margin: 0 auto; padding: 24px; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; color: #656d76; font-size: 12px; margin: 0; }
        figure { margin: 24px 0; }
        figcaption { color: #656d76; font-size: 13px; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d0d7de; }
        """
}
