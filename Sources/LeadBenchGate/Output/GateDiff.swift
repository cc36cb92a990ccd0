import LeadBenchExperiment

/// The gate's diff for the terminal: every gated figure with the baseline's value, the current value,
/// the change and the verdict, one line per check, each failure's reason under its line.
///
///     gate quickstart: out/report.xml against the baseline reports/baselines/quickstart.xml
///       model     metric  rule           baseline  current  interval  change  verdict
///       logistic  auc     floor 0.6        0.7512   0.7012           -0.0500  pass
///       logistic  auc     max_drop 0.02    0.7512   0.7012           -0.0500  FAIL
///         auc fell by 0.0500 (0.7512 → 0.7012), more than the allowed 0.02
///     gate failed: 1 of 2 checks failed
///
/// Rules: a missing figure shows as `—`; a not-significantly-worse check shows the current run's
/// interval (the other checks do not use it); notes on the comparison (other experiment, other test
/// leads) come first.
public enum GateDiff {
    /// The diff of `outcome`, ending with a newline.
    public static func text(_ outcome: GateOutcome) -> String {
        var lines = ["gate \(outcome.experiment): \(outcome.currentPath) against the baseline \(outcome.baselinePath)"]
        for note in outcome.notes { lines.append("  note: \(note)") }
        let header = ["model", "metric", "rule", "baseline", "current", "interval", "change", "verdict"]
        let rows = outcome.checks.map(row)
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        // Text columns are left-aligned, numbers right-aligned.
        let rightAligned: Set<Int> = [3, 4, 6]
        func render(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? fill + cell : cell + fill
            }
            return "  " + padded.joined(separator: "  ").trimmingTrailingSpaces()
        }
        lines.append(render(header))
        for (check, cells) in zip(outcome.checks, rows) {
            lines.append(render(cells))
            if let reason = check.reason { lines.append("    \(reason)") }
        }
        lines.append(summary(outcome))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `gate passed: 12 checks` or `gate failed: 2 of 12 checks failed`, with skips counted.
    public static func summary(_ outcome: GateOutcome) -> String {
        let total = outcome.checks.count
        let noun = total == 1 ? "check" : "checks"
        let skipped = outcome.skips > 0 ? ", \(outcome.skips) skipped" : ""
        if outcome.passed { return "gate passed: \(total) \(noun)\(skipped)" }
        return "gate failed: \(outcome.failures) of \(total) \(noun) failed\(skipped)"
    }

    private static func row(_ check: GateCheck) -> [String] {
        let current = check.current.map { GateNumber.text($0.estimate) } ?? "—"
        var interval = ""
        if check.criterion == .notSignificantlyWorse, let range = check.current?.interval { interval = GateNumber.interval(range) }
        let verdict =
            switch check.verdict {
            case .passed: "pass"
            case .failed: "FAIL"
            case .skipped: "skip"
            }
        return [
            check.model, check.metric.rawValue, check.criterion.label, check.baseline.map { GateNumber.text($0.estimate) } ?? "—",
            current, interval, check.change.map(GateNumber.signed) ?? "—", verdict,
        ]
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
