import Foundation

/// The git commit an experiment file was last changed in, for the history.
///
/// Rule: runs `git log -n1 --format=%H -- NAME` in the file's folder (git through `/usr/bin/env`, so
/// from `PATH`); the commit is the output when git exits 0 with a 40-hex-digit hash, else `nil` (no
/// git, not in a repository, the file never committed). Uncommitted edits to the file are not
/// reflected: the commit is the last one that touched it.
public enum GitCommit {
    /// The last commit that touched `file`, or `nil`.
    public static func lastCommit(touching file: String) -> String? {
        let url = URL(fileURLWithPath: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "log", "-n1", "--format=%H", "--", url.lastPathComponent]
        process.currentDirectoryURL = url.deletingLastPathComponent()
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let hash = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard hash.count == 40, hash.allSatisfy(\.isHexDigit) else { return nil }
        return hash
    }
}
