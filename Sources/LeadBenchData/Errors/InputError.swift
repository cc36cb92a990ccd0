/// Bad input: one or more ``InputIssue``s, reported together.
///
/// Loading and validation throw this single typed error. The command line prints every issue and exits
/// with status 2; nothing is written when it is thrown.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems found, in the order they were found. Never empty.
    public var issues: [InputIssue]

    public init(_ issue: InputIssue) { self.issues = [issue] }

    public init(issues: [InputIssue]) {
        precondition(!issues.isEmpty, "An InputError needs at least one issue.")
        self.issues = issues
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// Gathers issues so that every mistake in an input is reported at once rather than one per run.
public struct IssueCollector: Sendable {
    public private(set) var issues: [InputIssue] = []

    public init() {}

    public mutating func add(_ issue: InputIssue) { issues.append(issue) }

    public mutating func add(_ error: InputError) { issues.append(contentsOf: error.issues) }

    public var isEmpty: Bool { issues.isEmpty }

    /// Throws the gathered issues, if any.
    public func throwIfAny() throws(InputError) {
        if !issues.isEmpty { throw InputError(issues: issues) }
    }
}
