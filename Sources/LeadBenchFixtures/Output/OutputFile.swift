#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written through a byte buffer that is handed to the system about once per megabyte, so output
/// of any size streams in bounded memory.
final class OutputFile {
    /// Buffered bytes are handed to the system once the buffer holds this many (default 1 MiB).
    let flushThreshold: Int

    let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes handed to the system so far plus bytes still buffered.
    private(set) var byteCount = 0

    /// Creates (or truncates) `path` for writing.
    init(path: String, flushThreshold: Int = 1 << 20) throws(FixtureError) {
        self.flushThreshold = flushThreshold
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw FileSystem.error(path, "cannot create the file") }
        buffer.reserveCapacity(flushThreshold + 4_096)
    }

    deinit {
        if descriptor >= 0 { _ = closeDescriptor(descriptor) }
    }

    /// Appends the UTF-8 of `text`, flushing when the buffer is full.
    func append(_ text: String) throws(FixtureError) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        byteCount += text.utf8.count
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Runs `body` on the buffer (to format bytes straight into it), then flushes when it is full.
    @inline(__always)
    func withBuffer(_ body: (inout [UInt8]) -> Void) throws(FixtureError) {
        let before = buffer.count
        body(&buffer)
        byteCount += buffer.count - before
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Hands the buffered bytes to the system.
    func flush() throws(FixtureError) {
        guard !buffer.isEmpty else { return }
        let failure: Int32? = buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw FileSystem.error(path, "cannot write the file", code: failure) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    func close() throws(FixtureError) {
        try flush()
        let result = closeDescriptor(descriptor)
        descriptor = -1
        if result != 0 { throw FileSystem.error(path, "cannot close the file") }
    }
}

/// The platform's `close`, under a name that does not clash with ``OutputFile/close()``.
@inline(__always)
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(descriptor)
    #else
    Darwin.close(descriptor)
    #endif
}
