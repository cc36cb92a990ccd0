import Foundation
import LeadBenchReports
import LeadBenchTestSupport
import Testing

@Suite("AtomicFile")
struct AtomicFileTests {
    @Test("writes a new file with exactly the given bytes and leaves no temporary file")
    func writesNewFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("report.html")
        let bytes: [UInt8] = Array("<!DOCTYPE html>\n".utf8) + [0x00, 0xFF]
        try AtomicFile.write(bytes, to: path)
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
        #expect(try directory.entries() == ["report.html"])
    }

    @Test("overwriting replaces the whole file, even with shorter content, and keeps its mode")
    func overwrites() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("report.xml")
        try AtomicFile.write(String(repeating: "old content\n", count: 100), to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write("new", to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try directory.entries() == ["report.xml"])
    }

    @Test("writes Data to a file URL and an empty file")
    func dataAndURL() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let url = directory.url.appending(path: "with space.html")
        try AtomicFile.write(Data([1, 2, 3]), to: url)
        #expect(FileManager.default.contents(atPath: url.path(percentEncoded: false)) == Data([1, 2, 3]))
        try AtomicFile.write([UInt8](), to: directory.file("empty"))
        #expect(FileManager.default.contents(atPath: directory.file("empty")) == Data())
        let web = try #require(URL(string: "https://x.test/r.html"))
        #expect(throws: ReportWriteError.self) { try AtomicFile.write([1], to: web) }
    }

    @Test("a missing directory gives a clear error and creates nothing")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("missing/report.html")
        let error = #expect(throws: ReportWriteError.self) { try AtomicFile.write("x", to: path) }
        #expect(error?.path == path)
        #expect(error?.errno == ENOENT)
        #expect(error?.message.hasPrefix("directory does not exist: \(directory.file("missing"))") == true)
        #expect(try directory.entries() == [])
    }

    @Test("a failed rename (target is a directory) removes the temporary file")
    func renameFailureCleansUp() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("report.html")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let error = #expect(throws: ReportWriteError.self) { try AtomicFile.write("x", to: path) }
        #expect(error?.path == path)
        #expect(error?.message.contains("cannot rename") == true)
        #expect(try directory.entries() == ["report.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == [])
    }

    @Test("a path that names no file is refused", arguments: ["", "/tmp/", "/tmp/..", "a\u{0}b"])
    func invalidPath(path: String) {
        #expect(throws: ReportWriteError.self) { try AtomicFile.write("x", to: path) }
    }

    @Test(
        "a read-only directory gives an error and creates nothing (skipped as root: root ignores permissions)",
        .enabled(if: geteuid() != 0))
    func readOnlyDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
        let error = #expect(throws: ReportWriteError.self) { try AtomicFile.write("x", to: directory.file("r.html")) }
        #expect(error?.errno == EACCES)
        #expect(try directory.entries() == [])
    }

    @Test("concurrent writers to one path never leave a partial or temporary file")
    func concurrentWriters() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("shared.txt")
        let payloads = (0..<8).map { String(repeating: Character(UnicodeScalar(UInt8(65 + $0))), count: 64 * 1024) }
        await withTaskGroup(of: Void.self) { group in
            for payload in payloads {
                group.addTask { for _ in 0..<5 { try? AtomicFile.write(payload, to: path) } }
            }
        }
        let final = try #require(FileManager.default.contents(atPath: path))
        #expect(payloads.map { Data($0.utf8) }.contains(final))
        #expect(try directory.entries() == ["shared.txt"])
    }
}
