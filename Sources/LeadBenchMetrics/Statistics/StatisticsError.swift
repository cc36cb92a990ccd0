/// Why a statistic could not be computed on the data it was given.
///
/// Every statistics function of LeadBenchMetrics throws this single typed error for a problem in its
/// input (an empty sample, columns of different lengths, one class where two are needed, a parameter out
/// of range); none of them traps on user data. ``message`` says what is wrong, ``hint`` what to do.
///
///     do { _ = try DeLongTest(first: a, second: b, labels: converted) }
///     catch { print(error.message, error.hint) }   // error is a StatisticsError
public struct StatisticsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A broad classification, stable enough to switch on in tests and callers.
    public enum Kind: String, Sendable, Equatable {
        /// No observations where at least one (or a stated minimum) is needed.
        case emptySample
        /// Paired columns (scores, labels, clusters) of different lengths.
        case mismatchedLengths
        /// Only positives or only negatives where the statistic needs both.
        case singleClass
        /// Too few observations of some kind for the statistic (e.g. one positive for a variance).
        case insufficientData
        /// A parameter (confidence level, count, resample number…) outside its valid range.
        case invalidParameter
        /// A NaN where a number is needed.
        case nonFiniteValue
        /// The statistic returned no value on the full sample, or on every resample.
        case undefinedStatistic
    }

    /// What kind of problem this is.
    public var kind: Kind
    /// What is wrong, naming the offending value.
    public var message: String
    /// How to fix it.
    public var hint: String

    public init(_ kind: Kind, _ message: String, hint: String) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    public var description: String { "\(message) (hint: \(hint))" }
}

extension StatisticsError {
    static func empty(_ what: String) -> StatisticsError {
        StatisticsError(.emptySample, "\(what) is empty.", hint: "Pass at least one observation.")
    }

    static func mismatched(_ first: String, _ firstCount: Int, _ second: String, _ secondCount: Int)
        -> StatisticsError
    {
        StatisticsError(
            .mismatchedLengths, "\(first) has \(firstCount) values but \(second) has \(secondCount).",
            hint: "Pass one value per lead in every column, in the same order.")
    }

    static func singleClass(positives: Int, negatives: Int, _ what: String) -> StatisticsError {
        StatisticsError(
            .singleClass, "\(what) needs both outcomes, but there are \(positives) positives and \(negatives) negatives.",
            hint: "Evaluate on a sample containing converted and unconverted leads.")
    }

    static func invalid(_ name: String, _ value: String, expected: String) -> StatisticsError {
        StatisticsError(.invalidParameter, "\(name) is \(value); it must be \(expected).", hint: "Pass \(name) \(expected).")
    }

    static func notANumber(_ what: String, index: Int) -> StatisticsError {
        StatisticsError(
            .nonFiniteValue, "\(what) has NaN at index \(index).",
            hint: "Remove or impute missing values before computing statistics.")
    }
}
