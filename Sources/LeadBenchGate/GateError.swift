/// Why the gate could not judge: its input is missing or is not what it should be (exit status 2). A
/// gate that judges and finds a rule broken is not an error: see ``GateOutcome/passed``.
///
/// Rule: every error names the file it is about, says what is wrong in one sentence, and says how to
/// fix it; libxml2's own messages (schema violations with lines) are kept in `details`.
public struct GateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, coarsely; switch on this, show `description`.
    public enum Kind: Sendable, Equatable {
        /// The file does not exist or cannot be read.
        case unreadableFile
        /// The file is not a leadbench XML report: not XML, another namespace, or not valid against the
        /// report schema.
        case notAReport
        /// The report was written by a leadbench with a newer report schema.
        case newerReport
        /// The experiment file has no `gate:` rules to check.
        case noRules
        /// The JUnit XML could not be built or written.
        case junitFailed
    }

    public let kind: Kind
    /// The file the error is about.
    public let path: String
    public let message: String
    public let hint: String?
    /// libxml2's messages, e.g. `line 12: Element 'auc': …`.
    public let details: [String]

    public init(_ kind: Kind, path: String, message: String, hint: String? = nil, details: [String] = []) {
        self.kind = kind
        self.path = path
        self.message = message
        self.hint = hint
        self.details = details
    }

    /// `path: message`, the first few details indented, then `hint: …`.
    public var description: String {
        var text = "\(path): \(message)"
        for detail in details.prefix(5) { text += "\n  \(detail)" }
        if details.count > 5 { text += "\n  … and \(details.count - 5) more" }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
