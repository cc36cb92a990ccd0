import LeadBenchData

/// A model that cannot be built or trained as configured: a rule on a column that does not exist, an
/// empty training window, a training window with one class. Reported like any bad input (exit 2).
public struct ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The model's name.
    public let model: String
    public let message: String
    public let hint: String?

    public init(model: String, message: String, hint: String? = nil) {
        self.model = model
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "model \"\(model)\": \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }

    /// The same problem as an input issue of the experiment file.
    public func inputError(file: String) -> InputError {
        InputError(InputIssue(.invalidValue, file: file, field: "models", message: "model \"\(model)\": \(message)", hint: hint))
    }
}
