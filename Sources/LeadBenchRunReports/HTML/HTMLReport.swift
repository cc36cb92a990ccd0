import LeadBenchReplay
import LeadBenchReports

/// The HTML report of a run (DESIGN §6): one self-contained page — no network, no script — built with
/// libxml2's tree API, so every piece of text from the data is escaped by construction.
///
/// Sections, in order: the summary (the winner and by how much, the recommended threshold in leads per
/// week, warnings), the models' tables with intervals, the comparison with the baseline, the A/B test
/// replayed on history (when the experiment has one), the charts
/// (inline SVG), and the method (data, split, horizon, censoring, seed, exclusions, versions). Same
/// results, same bytes.
public enum HTMLReport {
    public static func document(_ results: RunResults) throws(MarkupError) -> MarkupDocument {
        let document = try MarkupDocument.html()
        let head = try document.root.element("head")
        try head.element("meta", attributes: ["charset": "utf-8"])
        try head.element("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try head.element("meta", attributes: ["name": "generator", "content": "leadbench \(results.version)"])
        try head.element("title", text: "\(results.experiment.name) — leadbench report")
        try head.element("style", text: ReportStyle.css)
        let main = try document.root.element("body").element("main")
        try main.element("header") { header throws(MarkupError) in
            try header.element("p", attributes: ["class": "kicker"], text: "leadbench report")
            try header.element("h1", text: results.experiment.name)
            if let description = results.experiment.description { try header.element("p", attributes: ["class": "lede"], text: description) }
        }
        try SummarySection.render(results, into: main)
        try ModelTables.render(results, into: main)
        try ComparisonTable.render(results, into: main)
        try ABSection.render(results, into: main)
        try ReportCharts.render(results, into: main)
        try MethodSection.render(results, into: main)
        return document
    }

    public static func bytes(_ results: RunResults) throws(MarkupError) -> [UInt8] {
        try document(results).serialized()
    }
}
