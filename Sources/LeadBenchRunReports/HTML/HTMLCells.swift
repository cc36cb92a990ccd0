import LeadBenchMetrics
import LeadBenchReports

/// How the HTML report writes figures: three decimals for scores and rates, intervals as
/// "estimate [lower, upper]", "—" for a figure that does not exist.
enum HTMLCells {
    static func interval(_ value: BootstrapInterval?, decimals: Int = 3, signed: Bool = false) -> String {
        guard let value else { return "—" }
        return "\(number(value.estimate, decimals, signed: signed)) [\(number(value.lower, decimals, signed: signed)), \(number(value.upper, decimals, signed: signed))]"
    }

    static func number(_ value: Double?, _ decimals: Int = 3, signed: Bool = false) -> String {
        guard let value else { return "—" }
        let text = ReportNumber.fixed(value, decimals)
        return signed && value >= 0 && !text.hasPrefix("-") ? "+" + text : text
    }

    /// A threshold: whole numbers as such, else three decimals.
    static func threshold(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value == value.rounded() && abs(value) < 1e9 ? ReportNumber.fixed(value, 0) : ReportNumber.fixed(value, 3)
    }

    static func percent(_ value: Double?) -> String {
        value.map { ReportNumber.percent($0) } ?? "—"
    }

    static func pValue(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value < 0.001 ? "< 0.001" : ReportNumber.fixed(value, 3)
    }

    /// Appends a table with a header row and body rows; `numeric` columns are right-aligned. Each row
    /// carries `data-model` when it has a model name in its first cell.
    @discardableResult
    static func table(
        _ parent: MarkupNode, id: String, caption: String, header: [String], rows: [[String]], numericFrom: Int = 1
    ) throws(MarkupError) -> MarkupNode {
        try parent.element("div", attributes: ["class": "table-wrap"]) { wrap throws(MarkupError) in
            try wrap.element("table", attributes: ["id": id]) { table throws(MarkupError) in
                try table.element("caption", text: caption)
                try table.element("thead").element("tr") { tr throws(MarkupError) in
                    for (index, title) in header.enumerated() {
                        try tr.element("th", attributes: [("scope", "col"), ("class", index >= numericFrom ? "num" : "text")], text: title)
                    }
                }
                let body = try table.element("tbody")
                for row in rows {
                    try body.element("tr", attributes: ["data-model": row.first ?? ""]) { tr throws(MarkupError) in
                        for (index, cell) in row.enumerated() {
                            if index == 0 {
                                try tr.element("th", attributes: ["scope": "row"], text: cell)
                            } else {
                                try tr.element("td", attributes: [("class", index >= numericFrom ? "num" : "text")], text: cell)
                            }
                        }
                    }
                }
            }
        }
    }
}
