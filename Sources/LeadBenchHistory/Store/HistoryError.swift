/// Why the history could not be opened, read or written.
///
/// Rule: the history file is never modified on the way to one of these errors when it is corrupt, of a
/// newer schema, or not a leadbench history; the message names the file and the hint says what to do.
public struct HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, coarsely; switch on this, show `description`.
    public enum Kind: Sendable, Equatable {
        /// The file or its folder cannot be created, opened or written (permissions, a folder in the way).
        case cannotOpen
        /// The file is not an SQLite database, or the database is damaged.
        case corrupt
        /// The history was written by a newer leadbench (a higher schema version or unknown migrations).
        case newerSchema
        /// The file is an SQLite database of something else.
        case notAHistory
        /// Another process held the database for longer than the busy timeout.
        case busy
        /// SQLite failed otherwise.
        case failed
    }

    public let kind: Kind
    /// The history file.
    public let path: String
    public let message: String
    public let hint: String?

    public init(_ kind: Kind, path: String, message: String, hint: String? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// `path: message`, then `hint: …`.
    public var description: String {
        "\(path): \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}
