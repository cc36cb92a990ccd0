import Foundation
import LeadBenchReports

/// The files of one run, gathered first and written together at the end, each atomically (a temporary
/// file renamed into place), so a run that fails part-way leaves no half-written file behind.
struct RunFiles {
    let folder: String
    private var files: [(path: String, bytes: [UInt8])] = []

    init(folder: String) {
        self.folder = folder
    }

    /// Adds a file at `relative` inside the run's folder; returns its path.
    @discardableResult
    mutating func add(_ relative: String, _ bytes: [UInt8]) -> String {
        let path = "\(folder)/\(relative)"
        files.append((path, bytes))
        return path
    }

    func write() throws {
        for (path, bytes) in files {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try AtomicFile.write(bytes, to: path)
        }
    }
}
