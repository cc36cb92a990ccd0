import Foundation

/// The history as text tables for the terminal: the list of runs, and one metric's trend.
public enum HistoryTable {
    /// One line per run: number, kind, start, experiment, commit (10 digits), data fingerprint, models,
    /// outcome. Ends with a newline.
    public static func runs(_ runs: [RecordedRun]) -> String {
        let header = ["run", "kind", "started", "experiment", "commit", "data", "models", "outcome"]
        let rows = runs.map { run in
            [
                String(run.id), run.kind.rawValue, run.startedAt, run.experiment, run.experimentGitCommit.map { String($0.prefix(10)) } ?? "—",
                run.dataFingerprint ?? "—", run.models.joined(separator: ", "), run.outcome ?? "",
            ]
        }
        return table(header: header, rows: rows, rightAligned: [0])
    }

    /// One line per point: run, kind, start, commit, model, estimate, interval, and the change from the
    /// same model's previous point. Ends with a newline.
    public static func trend(_ points: [TrendPoint]) -> String {
        let header = ["run", "kind", "started", "commit", "model", "estimate", "interval", "change"]
        var previous: [String: Double] = [:]
        let rows = points.map { point in
            let change = previous[point.model].map { signed(point.estimate - $0) } ?? ""
            previous[point.model] = point.estimate
            let interval = point.lower.flatMap { lower in point.upper.map { "[\(number(lower)), \(number($0))]" } } ?? ""
            return [
                String(point.runID), point.kind.rawValue, point.startedAt, point.experimentGitCommit.map { String($0.prefix(10)) } ?? "—",
                point.model, number(point.estimate), interval, change,
            ]
        }
        return table(header: header, rows: rows, rightAligned: [0, 5, 7])
    }

    static func number(_ value: Double) -> String { String(format: "%.4f", value) }

    static func signed(_ value: Double) -> String {
        let text = number(value)
        return value >= 0 || text == "-0.0000" ? "+" + text.replacingOccurrences(of: "-", with: "") : text
    }

    static func table(header: [String], rows: [[String]], rightAligned: Set<Int>) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func render(_ cells: [String]) -> String {
            var line = "  " + cells.enumerated().map { column, cell in
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? fill + cell : cell + fill
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
        return ([render(header)] + rows.map(render)).joined(separator: "\n") + "\n"
    }
}
