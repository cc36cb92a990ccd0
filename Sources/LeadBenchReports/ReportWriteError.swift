/// Why a report file could not be written.
///
/// Rule: `path` is always the *target* path the caller asked for (never the temporary file),
/// and `message` says what failed and why, e.g.
/// `directory does not exist: /tmp/x (create it before writing reports into it)`.
public struct ReportWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let message: String
    /// The `errno` behind the failure, when a system call failed.
    public let errno: Int32?

    public init(path: String, message: String, errno: Int32? = nil) {
        self.path = path
        self.message = message
        self.errno = errno
    }

    public var description: String { "cannot write \(path): \(message)" }
}
