import Foundation

/// Paths tests need: the repository's own folders (resolved from this file, since SwiftPM resources
/// cannot reach the top-level `fixtures/` and `experiments/`) and the shared real datasets beside it.
public enum Paths {
    /// The repository root.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func fixture(_ relative: String) -> String { repository.appendingPathComponent("fixtures/\(relative)").path }

    public static func experiment(_ name: String) -> String { repository.appendingPathComponent("experiments/\(name)").path }

    /// The shared datasets folder (`../shared/datasets` beside the repository).
    public static let sharedDatasets: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/datasets")

    /// The path of a shared dataset file, or `nil` (with the reason printed once) when the shared folder
    /// is absent, so tests on real data skip cleanly on machines without it.
    public static func sharedDataset(_ relative: String) -> String? {
        let path = sharedDatasets.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipping: \(path) is absent (the shared datasets live in ../shared/datasets beside the repository)")
            return nil
        }
        return path
    }
}

/// A fresh, empty folder under the system's temporary folder. Remove it with ``remove()``, usually in a
/// `defer` right after creating it: an explicit call, because a folder removed when an object happened to
/// be released could vanish while a test still reads from it.
public struct TemporaryDirectory: Sendable {
    public let url: URL
    public var path: String { url.path }

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("leadbench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
        return file.path
    }

    /// The names of the entries in `subfolder` (or the folder itself), hidden ones included, sorted.
    public func entries(of subfolder: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: subfolder.map(file) ?? path).sorted()
    }

    /// Removes the folder and everything in it, first making it writable again in case a test made it
    /// read-only.
    public func remove() {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(at: url)
    }
}
