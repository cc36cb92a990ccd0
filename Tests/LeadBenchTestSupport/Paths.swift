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

/// A temporary folder removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL
    public var path: String { url.path }

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("leadbench-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let file = url.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8))
        return file.path
    }

    /// Writes raw bytes to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
        return file.path
    }
}
