import LeadBenchData

/// Why a review could not be made: a malformed period, data without creation times, a period without
/// leads to measure, or no model that could be built from the history before both periods.
///
/// ``message`` says what is wrong, ``hint`` what to do; ``inputError(file:)`` makes it the command
/// line's bad-input error (exit status 2).
public struct ReviewError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A broad classification, stable enough to switch on in tests and callers.
    public enum Kind: String, Sendable, Equatable {
        /// The period (or its dates) could not be read, or the options contradict each other.
        case malformedPeriod
        /// The data has no creation times, so leads cannot be placed in periods.
        case noTimes
        /// A period holds no lead that can be measured (none created, or all open or right-censored).
        case emptyPeriod
        /// A period's test leads hold only one outcome, so no figure can be measured.
        case singleOutcome
        /// No model could be built from the history before both periods.
        case model
        /// Another option is out of range (`--resamples`).
        case invalidOption
    }

    public var kind: Kind
    /// The command-line option at fault (`--period`, `--from`, `--to`), when there is one.
    public var option: String?
    /// The offending value as given, when there is one.
    public var value: String?
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it.
    public var hint: String

    public init(_ kind: Kind, option: String? = nil, value: String? = nil, message: String, hint: String) {
        self.kind = kind
        self.option = option
        self.value = value
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = option.map { "\($0): " } ?? ""
        text += message
        if let value { text += " (value \"\(value)\")" }
        return text + "\n  hint: \(hint)"
    }

    /// The same problem as an ``InputError``: about the command line when an option is at fault, else
    /// about `file` (the experiment).
    public func inputError(file: String) -> InputError {
        InputError(InputIssue(.invalidValue, file: option == nil ? file : "command line", field: option, value: value, message: message, hint: hint))
    }
}

extension ReviewError {
    /// The hint every malformed period carries.
    static let periodHint = "write a quarter (--period 2025-Q3), a month (--period 2025-07), or days (--from 2025-07-01 --to 2025-09-30)"

    static func malformed(_ option: String, _ value: String?, _ message: String, hint: String = periodHint) -> ReviewError {
        ReviewError(.malformedPeriod, option: option, value: value, message: message, hint: hint)
    }
}
