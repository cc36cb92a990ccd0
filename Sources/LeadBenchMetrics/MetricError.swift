/// Why a metric could not be computed from its inputs.
///
/// Every metric in this module validates its inputs with ``validateMetricInput(scores:labels:requiring:)``
/// and throws one of these; none returns NaN for bad input. Indices are 0-based positions in the arrays
/// the caller passed.
public enum MetricError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `scores` (or `probabilities`) and `labels` have different lengths.
    case lengthMismatch(scores: Int, labels: Int)
    /// There are no leads at all.
    case empty
    /// The score at `index` is NaN or infinite.
    case nonFiniteScore(index: Int)
    /// The metric compares the two classes, but one of them is missing.
    case singleClass(positives: Int, negatives: Int)
    /// The probability at `index` is outside `[0, 1]`.
    case probabilityOutOfRange(index: Int)

    /// What went wrong, in one sentence.
    public var message: String {
        switch self {
        case .lengthMismatch(let scores, let labels):
            return "there are \(scores) scores but \(labels) labels"
        case .empty:
            return "there are no leads to evaluate"
        case .nonFiniteScore(let index):
            return "the score at index \(index) is not a finite number"
        case .singleClass(let positives, let negatives):
            return "the labels hold only one class (\(positives) converted, \(negatives) not converted)"
        case .probabilityOutOfRange(let index):
            return "the probability at index \(index) is outside [0, 1]"
        }
    }

    /// How to fix it.
    public var hint: String {
        switch self {
        case .lengthMismatch:
            return "pass one score and one label per lead, in the same order"
        case .empty:
            return "check the test window and filters: at least one lead is needed"
        case .nonFiniteScore:
            return "a model produced NaN or infinity; fix the model or drop the lead before evaluating"
        case .singleClass:
            return "ranking metrics need both converted and non-converted leads; widen the test window"
        case .probabilityOutOfRange:
            return "this metric needs probabilities; use a ranking metric for raw scores, or calibrate first"
        }
    }

    public var description: String { "\(message) (hint: \(hint))" }
}
