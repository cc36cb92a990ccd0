import Foundation
import LeadBenchHistory

/// A run record with two models' AUC, for filling a history.
func sampleRun(_ n: Int, experiment: String = "quickstart", kind: HistoryRun.Kind = .run) -> HistoryRun {
    HistoryRun(
        kind: kind, experiment: experiment, startedAt: "2025-10-\(String(format: "%02d", n % 28 + 1))T09:00:00Z",
        experimentGitCommit: String(repeating: "a", count: 40), dataFingerprint: "0123456789abcdef", models: ["points", "logistic"],
        leadbenchVersion: "0.4.0",
        figures: [
            HistoryFigure(model: "points", metric: "auc", estimate: 0.66 + Double(n) / 1000, lower: 0.6, upper: 0.72),
            HistoryFigure(model: "logistic", metric: "auc", estimate: 0.63 + Double(n) / 1000, lower: 0.57, upper: 0.7),
            HistoryFigure(model: "logistic", metric: "brier", estimate: 0.055),
        ])
}

/// The bytes of a file, to show it was left untouched.
func bytes(of path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map(Array.init)
}
