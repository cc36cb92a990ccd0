#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations the generator needs, each failing with a ``FixtureError`` that names the
/// path and the system's reason.
enum FileSystem {
    /// A ``FixtureError`` for `path`: `message`, then the reason for `code` (default: the current `errno`).
    static func error(_ path: String, _ message: String, code: Int32 = errno) -> FixtureError {
        FixtureError(path: path, message: "\(message): \(String(cString: strerror(code)))")
    }

    /// Creates `path` and any missing parent directories (`mkdir -p`).
    static func createDirectories(_ path: String) throws(FixtureError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw error(prefix, "cannot create the directory")
            }
            prefix += "/"
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw error(path, "cannot create the directory") }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw FixtureError(path: path, message: "exists and is not a directory")
        }
    }

    /// Creates a new, empty, uniquely named directory inside `parent`.
    static func makeTemporaryDirectory(in parent: String, prefix: String) throws(FixtureError) -> String {
        var template = Array("\(parent)/\(prefix)XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else { throw error("\(parent)/\(prefix)XXXXXX", "cannot create a temporary directory") }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Moves `source` to `destination`, replacing it atomically (both on the same file system).
    static func rename(_ source: String, to destination: String) throws(FixtureError) {
        #if canImport(Glibc)
        let result = Glibc.rename(source, destination)
        #else
        let result = Darwin.rename(source, destination)
        #endif
        guard result == 0 else { throw error(destination, "cannot move the finished file into place") }
    }

    /// Removes a file, ignoring one that is already gone.
    static func removeFile(_ path: String) throws(FixtureError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw error(path, "cannot remove the file") }
    }

    /// Removes an empty directory, ignoring one that is already gone.
    static func removeDirectory(_ path: String) throws(FixtureError) {
        guard rmdir(path) == 0 || errno == ENOENT else { throw error(path, "cannot remove the directory") }
    }

    /// Reads a whole file of native-endian `UInt64`s.
    static func readWords(_ path: String) throws(FixtureError) -> [UInt64] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw error(path, "cannot open the temporary file") }
        defer { _ = close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw error(path, "cannot read the temporary file") }
        let byteCount = Int(status.st_size)
        let count = byteCount / MemoryLayout<UInt64>.stride
        var failure: Int32?
        let words = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            var offset = 0
            while offset < count * MemoryLayout<UInt64>.stride, let base = raw.baseAddress {
                let got = read(descriptor, base + offset, count * MemoryLayout<UInt64>.stride - offset)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    failure = got < 0 ? errno : EIO
                    break
                }
                offset += got
            }
            initialized = failure == nil ? count : 0
        }
        if let failure { throw error(path, "cannot read the temporary file", code: failure) }
        return words
    }
}
