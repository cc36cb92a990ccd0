import Foundation

/// A fresh, empty directory under the system temporary directory; removed by `cleanUp()`.
struct TemporaryDirectory {
    let url: URL
    var path: String { url.path(percentEncoded: false) }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appending(path: "leadbench-reports-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    func file(_ name: String) -> String { url.appending(path: name).path(percentEncoded: false) }

    /// Every entry in the directory, hidden ones included, sorted.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func cleanUp() {
        // Restore write permission in case a test made the directory read-only.
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(at: url)
    }
}

/// The hostile inputs every round-trip test uses, with what must come back after parsing.
enum Hostile {
    static let script = "<script>alert(1)</script>"
    static let quotes = "\"quotes\" & 'apostrophes'"
    static let controls = "a\u{0}b\u{7}c"
    static let controlsSanitized = "a\u{FFFD}b\u{FFFD}c"
    static let invalidUTF8: [UInt8] = [0xFF, 0xFE, 0xC3]
    static let invalidUTF8Sanitized = "\u{FFFD}\u{FFFD}\u{FFFD}"
}
