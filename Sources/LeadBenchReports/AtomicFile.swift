#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents atomically: readers see either the old file or the complete new
/// one, never a partial write.
///
/// Rules (in order):
/// 1. The parent directory must already exist (this never creates directories); otherwise a
///    ``ReportWriteError`` says so.
/// 2. The bytes go to a new temporary file in the *same* directory, named
///    `.<name>.tmp-<pid>-<random>` and created with `O_CREAT | O_EXCL` (so it never clobbers
///    anything, even with concurrent writers), mode `0666 & ~umask` — or the existing target's
///    permission bits when overwriting.
/// 3. The temporary file is `fsync`ed and closed, then `rename(2)`d over the target (atomic on
///    POSIX file systems), then the directory is `fsync`ed (best effort: the new file is already
///    in place, so a failure there is not reported).
/// 4. On any failure before the rename completes, the temporary file is removed and the target
///    is left untouched.
///
/// A symbolic link at the target is replaced by a regular file (the link is not followed).
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically (see the type's rules).
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(ReportWriteError) {
        // withContiguousStorageIfAvailable / withUnsafeBytes are `rethrows`, not typed, so the
        // typed error travels out as a Result.
        let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(ReportWriteError) in try write(UnsafeRawBufferPointer(buffer), to: path) }
        }
        let result = contiguous ?? Array(bytes).withUnsafeBytes { buffer in
            Result { () throws(ReportWriteError) in try write(buffer, to: path) }
        }
        try result.get()
    }

    /// Writes the UTF-8 encoding of `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(ReportWriteError) {
        try write(Array(text.utf8), to: path)
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws(ReportWriteError) {
        func fail(_ message: String, errno code: Int32? = nil) -> ReportWriteError {
            ReportWriteError(path: path, message: code.map { "\(message): \(describe($0))" } ?? message, errno: code)
        }

        guard !path.isEmpty, !path.utf8.contains(0) else { throw fail("invalid path (empty or contains NUL)") }
        let (directory, name) = split(path)
        guard !name.isEmpty, name != ".", name != ".." else { throw fail("path does not name a file") }

        // 1. The directory must exist and be a directory.
        var directoryStat = stat()
        if stat(directory, &directoryStat) != 0 {
            let code = errno
            if code == ENOENT {
                throw fail("directory does not exist: \(directory) (create it before writing reports into it)", errno: code)
            }
            throw fail("cannot access directory \(directory)", errno: code)
        }
        guard directoryStat.st_mode & S_IFMT == S_IFDIR else { throw fail("not a directory: \(directory)") }

        // Keep the permission bits of a regular file being replaced.
        var targetStat = stat()
        let existingMode: mode_t? =
            lstat(path, &targetStat) == 0 && targetStat.st_mode & S_IFMT == S_IFREG
            ? targetStat.st_mode & 0o7777 : nil

        // 2. Create a fresh temporary file next to the target.
        let pid = getpid()
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            temporary = directoryPrefix(of: path) + ".\(name).tmp-\(pid)-\(suffix)"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            let code = errno
            throw fail("cannot create a temporary file in \(directory)", errno: code)
        }

        // Everything below must close the descriptor and remove the temporary file on failure.
        func abandon(_ error: ReportWriteError) -> ReportWriteError {
            if descriptor >= 0 { _ = close(descriptor) }
            _ = unlink(temporary)
            return error
        }

        if let existingMode, fchmod(descriptor, existingMode) != 0 {
            throw abandon(fail("cannot set permissions on the temporary file", errno: errno))
        }

        var offset = 0
        while offset < buffer.count {
            guard let base = buffer.baseAddress else { break }
            let result = systemWrite(descriptor, base + offset, buffer.count - offset)
            if result < 0 {
                let code = errno
                if code == EINTR { continue }
                throw abandon(fail("write failed", errno: code))
            }
            offset += result
        }

        // 3. Durable contents, then the atomic switch.
        if fsync(descriptor) != 0 { throw abandon(fail("fsync failed", errno: errno)) }
        let closeResult = close(descriptor)
        descriptor = -1
        if closeResult != 0 { throw abandon(fail("close failed", errno: errno)) }
        if rename(temporary, path) != 0 {
            let code = errno
            throw abandon(fail("cannot rename the temporary file over the target", errno: code))
        }

        let directoryDescriptor = open(directory, O_RDONLY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            _ = close(directoryDescriptor)
        }
    }

    /// `("/a/b", "c.html")` for `/a/b/c.html`, `("/", "c")` for `/c`, `(".", "c")` for `c`.
    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let name = String(path[path.index(after: slash)...])
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, name)
    }

    /// Everything up to and including the last `/` (empty for a bare file name).
    private static func directoryPrefix(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return "\(String(cString: text)) (errno \(code))"
    }

    private static func systemWrite(_ fd: Int32, _ base: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, base, count)
        #elseif canImport(Musl)
        Musl.write(fd, base, count)
        #else
        Darwin.write(fd, base, count)
        #endif
    }
}
