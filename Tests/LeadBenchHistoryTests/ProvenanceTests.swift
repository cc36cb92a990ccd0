import Foundation
import LeadBenchHistory
import LeadBenchTestSupport
import Testing

/// Where a run came from: the data's fingerprint and the experiment file's commit.
@Suite struct ProvenanceTests {
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)])
    func fnv1aMatchesTheReferenceVectors(text: String, hash: UInt64) {
        #expect(Array(text.utf8).withUnsafeBytes { DataFingerprint.fnv1a($0) } == hash)
    }

    @Test func theFingerprintFollowsTheBytesAndTheFileBoundaries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let a = dir.write("a.csv", "id,won\n1,0\n")
        let b = dir.write("b.csv", "id,at\n1,2025-01-01\n")
        let fingerprint = try #require(DataFingerprint.of(files: [a, b]))
        #expect(fingerprint.count == 16 && fingerprint.allSatisfy(\.isHexDigit))
        #expect(DataFingerprint.of(files: [a, b]) == fingerprint)
        #expect(DataFingerprint.of(files: [b, a]) != fingerprint)
        // The same bytes split differently between the files.
        let a2 = dir.write("a2.csv", "id,won\n1,0\nid,at\n")
        let b2 = dir.write("b2.csv", "1,2025-01-01\n")
        #expect(DataFingerprint.of(files: [a2, b2]) != fingerprint)
        dir.write("b.csv", "id,at\n1,2025-01-02\n")
        #expect(DataFingerprint.of(files: [a, b]) != fingerprint)
        #expect(DataFingerprint.of(files: [a, dir.file("missing.csv")]) == nil)
    }

    @Test func theFingerprintOfOneFileIsFNV1aOfItsBytesAndLength() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = dir.write("x", "foobar")
        var expected = Array("foobar".utf8).withUnsafeBytes { DataFingerprint.fnv1a($0) }
        var length = UInt64(6).littleEndian
        withUnsafeBytes(of: &length) { expected = DataFingerprint.fnv1a($0, from: expected) }
        #expect(DataFingerprint.of(files: [file]) == String(expected, radix: 16).leftPadded(to: 16))
    }

    @Test func aCommittedFileHasItsCommitAndAnUntrackedOneNone() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(GitCommit.lastCommit(touching: dir.write("exp.yaml", "name: x\n")) == nil)
        // This repository's own experiment, when the tests run in a git checkout with git installed.
        let quickstart = Paths.experiment("quickstart.yaml")
        guard FileManager.default.fileExists(atPath: Paths.repository.appendingPathComponent(".git").path),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
        else { return }
        let commit = try #require(GitCommit.lastCommit(touching: quickstart))
        #expect(commit.count == 40 && commit.allSatisfy(\.isHexDigit))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
