/// A failure to write a synthetic export: which file, and what went wrong.
public struct FixtureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or directory the operation was on.
    public var path: String
    /// What went wrong, in one sentence (usually the system's reason).
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
