/// Input checks shared by the statistics: each throws a ``StatisticsError`` naming the argument.
enum StatisticsValidation {
    /// A confidence level strictly between 0 and 1.
    static func confidence(_ level: Double, _ name: String = "confidence") throws(StatisticsError) {
        guard level > 0, level < 1 else {
            throw .invalid(name, "\(level)", expected: "strictly between 0 and 1 (e.g. 0.95)")
        }
    }

    /// The same length in two columns.
    static func sameLength(_ first: String, _ firstCount: Int, _ second: String, _ secondCount: Int)
        throws(StatisticsError)
    {
        guard firstCount == secondCount else { throw .mismatched(first, firstCount, second, secondCount) }
    }

    /// No NaN in a column (infinities are ordered, so ranks and quantiles accept them).
    static func noNaN(_ values: [Double], _ what: String) throws(StatisticsError) {
        if let index = values.firstIndex(where: \.isNaN) { throw .notANumber(what, index: index) }
    }

    /// A count of successes out of a number of trials: 0 ≤ count ≤ trials, trials ≥ 1.
    static func proportion(count: Int, trials: Int, _ what: String) throws(StatisticsError) {
        guard trials >= 1 else {
            throw StatisticsError(
                .emptySample, "\(what) has \(trials) trials.", hint: "A proportion needs at least one trial.")
        }
        guard count >= 0, count <= trials else {
            throw .invalid("the count of \(what)", "\(count)", expected: "between 0 and its \(trials) trials")
        }
    }
}
