import LeadBenchMetrics
import LeadBenchReplay
import LeadBenchReports

/// The quarterly review as one self-contained HTML page (DESIGN §6): the two periods side by side, each
/// model's headline figures period over period with the change and whether it is significant,
/// conversion by tier, the score distribution's drift per model and the key attributes' drift
/// (population stability index), and the warnings. Built like the run report, with libxml2's tree API.
public enum ReviewReport {
    public static func document(_ review: ReviewResults) throws(MarkupError) -> MarkupDocument {
        let document = try MarkupDocument.html()
        let head = try document.root.element("head")
        try head.element("meta", attributes: ["charset": "utf-8"])
        try head.element("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try head.element("title", text: "\(review.experiment.name): \(review.current.label) against \(review.previous.label) — leadbench review")
        try head.element("style", text: ReportStyle.css)
        let main = try document.root.element("body").element("main")
        try main.element("header") { header throws(MarkupError) in
            try header.element("p", attributes: ["class": "kicker"], text: "leadbench review")
            try header.element("h1", text: "\(review.experiment.name): \(review.current.label) against \(review.previous.label)")
            if let description = review.experiment.description { try header.element("p", attributes: ["class": "lede"], text: description) }
        }
        try periods(review, into: main)
        for model in review.models { try self.model(model, review: review, into: main) }
        try attributes(review, into: main)
        if !review.warnings.isEmpty {
            let section = try main.element("section", attributes: ["id": "warnings"])
            try section.element("h2", text: "Warnings")
            try section.element("ul", attributes: ["class": "warnings"]) { ul throws(MarkupError) in
                for warning in review.warnings { try ul.element("li", text: warning) }
            }
        }
        return document
    }

    public static func bytes(_ review: ReviewResults) throws(MarkupError) -> [UInt8] {
        try document(review).serialized()
    }

    private static func periods(_ review: ReviewResults, into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["id": "periods"])
        try section.element("h2", text: "Periods")
        try section.element(
            "p", attributes: ["class": "note"],
            text: "Each period is measured by models built from the data known before it starts. A change is significant when its test gives p < \(ReportNumber.fixed(review.significanceLevel, 2)); intervals: \(ReportNumber.fixed(review.resampling.confidence * 100, 0))% bootstrap, \(ReportNumber.grouped(review.resampling.resamples)) resamples, seed \(review.resampling.seed).")
        try HTMLCells.table(
            section, id: "period-table", caption: "The leads of each period",
            header: ["period", "from", "to", "created", "measured", "converted", "censored", "open", "weeks", "models learned from"],
            rows: [review.previous, review.current].map { p in
                [p.label, p.start, p.lastDay, ReportNumber.grouped(p.created), ReportNumber.grouped(p.testLeads), ReportNumber.grouped(p.conversions),
                 ReportNumber.grouped(p.censored), ReportNumber.grouped(p.open), HTMLCells.number(p.weeks, 1),
                 "\(ReportNumber.grouped(p.trainingLeads)) leads (\(ReportNumber.grouped(p.trainingConverted)) converted)"]
            }, numericFrom: 3)
    }

    private static func model(_ model: ModelReview, review: ReviewResults, into main: MarkupNode) throws(MarkupError) {
        let section = try main.element("section", attributes: ["class": "model-review", "data-model": model.name])
        try section.element("h2", text: "\(model.name) (\(model.kind))")
        for (period, reason) in model.unavailable.sorted(by: { $0.key < $1.key }) {
            try section.element("p", attributes: ["class": "unavailable"], text: "Not measured in \(period): \(reason)")
        }
        try HTMLCells.table(
            section, id: "changes-\(model.name)", caption: "Period over period",
            header: ["figure", review.previous.label, review.current.label, "change", "p", "significant"],
            rows: model.changes.map { change in
                let interval = change.changeInterval.map { " [\(HTMLCells.number($0.lower, 3, signed: true)), \(HTMLCells.number($0.upper, 3, signed: true))]" } ?? ""
                let significant = change.significant.map { $0 ? "yes" : "no" } ?? "—"
                return [change.figure.label, HTMLCells.number(change.previous), HTMLCells.number(change.current),
                        HTMLCells.number(change.change, 3, signed: true) + interval, HTMLCells.pValue(change.pValue), significant]
            })
        if !model.tiers.isEmpty {
            try HTMLCells.table(
                section, id: "tiers-\(model.name)", caption: "Conversion by tier",
                header: ["tier", review.previous.label, review.current.label, "change (points)"],
                rows: model.tiers.map { tier in
                    func cell(_ c: TierConversion.Cell?) -> String {
                        guard let c else { return "—" }
                        return "\(ReportNumber.grouped(c.conversions)) of \(ReportNumber.grouped(c.leads)) (\(HTMLCells.percent(c.rate)))"
                    }
                    return [tier.tier, cell(tier.previous), cell(tier.current), HTMLCells.number(tier.rateChange.map { $0 * 100 }, 1, signed: true)]
                })
        }
        if let stability = model.scoreStability {
            try section.element(
                "p", attributes: ["class": "psi"],
                text: "Score drift: population stability index \(ReportNumber.fixed(stability.index, 3)) (\(stability.reading.rawValue)), with \(review.previous.label)'s model scoring both periods' leads.")
        }
    }

    private static func attributes(_ review: ReviewResults, into main: MarkupNode) throws(MarkupError) {
        guard !review.attributes.isEmpty else { return }
        let section = try main.element("section", attributes: ["id": "drift"])
        try section.element("h2", text: "Drift of the leads")
        try HTMLCells.table(
            section, id: "attribute-drift", caption: "Population stability index of each attribute (< 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift)",
            header: ["attribute", "PSI", "reading", "largest contribution"],
            rows: review.attributes.map { a in
                let largest = a.stability.bins.max { $0.contribution < $1.contribution }
                let text = largest.map { "\($0.label): \(ReportNumber.percent($0.expectedShare)) → \(ReportNumber.percent($0.actualShare))" } ?? "—"
                return [a.attribute, ReportNumber.fixed(a.stability.index, 3), a.stability.reading.rawValue, text]
            }, numericFrom: 1)
        if !review.attributesSkipped.isEmpty {
            try section.element("p", attributes: ["class": "note"], text: "Not compared (more than 50 categories): \(review.attributesSkipped.joined(separator: ", ")).")
        }
    }
}
