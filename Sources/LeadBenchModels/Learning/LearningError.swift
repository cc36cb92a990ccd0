/// Why a learner could not be trained: the training data or the settings it was given are unusable.
///
/// Thrown (typed) by ``LogisticRegression/fit(_:labels:l2:weights:maxIterations:tolerance:solver:)``.
/// Renders like the rest of leadbench's diagnostics: what is wrong, then a hint.
///
///     only one class in the training set: 0 converted and 412 not converted
///       hint: a model needs both outcomes; widen the training window or check the outcome mapping
///
/// A fit that runs but does not converge is not an error: it returns, and its ``FitReport`` says so.
public struct LearningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, so callers and tests can tell cases apart without parsing messages. Rows and
    /// columns are 0-based indices into the feature matrix.
    public enum Kind: Sendable, Equatable {
        /// No rows, no feature columns, or every row's weight is zero.
        case emptyTrainingSet
        /// Every (weighted) row has the same label.
        case singleClass(positives: Int, negatives: Int)
        /// The labels or the weights do not have one entry per row.
        case shapeMismatch
        /// A feature value is NaN or infinite.
        case nonFiniteValue(row: Int, column: Int)
        /// A sample weight is negative, NaN or infinite.
        case invalidWeight(row: Int)
        /// A setting is out of range: a negative or non-finite `l2`, a tolerance that is not positive,
        /// a negative iteration limit.
        case invalidParameter(name: String)
    }

    public let kind: Kind
    /// What is wrong, in one sentence.
    public let message: String
    /// How to fix it.
    public let hint: String

    public init(_ kind: Kind, message: String, hint: String) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    public var description: String { "\(message)\n  hint: \(hint)" }
}
