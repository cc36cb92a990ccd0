import Foundation

/// A fresh directory under the system's temporary directory, removed with everything in it by
/// ``remove()``.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadbench-fixtures-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func appending(_ name: String) -> String { "\(path)/\(name)" }

    /// The names of the entries directly inside `subdirectory` (or the directory itself), sorted.
    func contents(of subdirectory: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: subdirectory.map(appending) ?? path).sorted()
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
