import Foundation
import LeadBenchExperiment

extension ExperimentFile {
    /// Where a command writes its files: `--out` when given, else the experiment's `reports.out`
    /// (relative to the experiment file), else `reports/<name>` in the working folder.
    func outputFolder(_ out: String?) -> String {
        if let out { return out }
        if let written = spec.reports.out {
            return written.hasPrefix("/") ? written : URL(fileURLWithPath: directory).appendingPathComponent(written).path
        }
        return "reports/\(spec.name)"
    }
}
