import LeadBenchMetrics

/// Why an A/B design or analysis could not be built from the input it was given.
///
/// Every throwing function of LeadBenchAB throws this one typed error for a problem in its input; none
/// of them traps on user data. ``message`` says what is wrong, naming the arm or value, and ``hint`` what
/// to do about it.
///
///     do { _ = try ArmAllocation([Arm(name: "control", weight: 0.5), Arm(name: "treatment", weight: 0.6)]) }
///     catch { print(error.message) }   // "The arm weights sum to 1.1; they must sum to 1."
public enum ABError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The weights do not sum to 1 (within 1e−9).
    case weightsDoNotSumToOne(sum: Double)
    /// An arm's weight is zero, negative or not a number.
    case nonPositiveWeight(arm: String, weight: Double)
    /// An arm has no units, so it has no conversion rate.
    case zeroUnits(arm: String)
    /// An arm has more conversions than units.
    case conversionsExceedUnits(arm: String, conversions: Int, units: Int)
    /// A negative count of units or conversions.
    case negativeCount(arm: String, units: Int, conversions: Int)
    /// An arm name that the design does not have.
    case unknownArm(String)
    /// An arm of the design without an outcome.
    case missingArm(String)
    /// Two arms with the same name.
    case duplicateArm(String)
    /// An experiment needs a control and at least one treatment.
    case fewerThanTwoArms(count: Int)
    /// A parameter (α, power, confidence, base rate, effect, mixing variance…) outside its valid range.
    case invalidParameter(name: String, value: String, expected: String)
    /// The sequential test's two arms have different numbers of looks, or none.
    case mismatchedLooks(control: Int, treatment: Int)
    /// A cumulative count went down from one look to the next.
    case decreasingTotals(arm: String, look: Int)

    /// What is wrong, naming the offending arm or value.
    public var message: String {
        switch self {
        case .weightsDoNotSumToOne(let sum): "The arm weights sum to \(sum); they must sum to 1."
        case .nonPositiveWeight(let arm, let weight): "Arm '\(arm)' has weight \(weight); weights must be positive."
        case .zeroUnits(let arm): "Arm '\(arm)' has no units."
        case .conversionsExceedUnits(let arm, let conversions, let units):
            "Arm '\(arm)' has \(conversions) conversions but only \(units) units."
        case .negativeCount(let arm, let units, let conversions):
            "Arm '\(arm)' has \(units) units and \(conversions) conversions; counts cannot be negative."
        case .unknownArm(let name): "There is no arm named '\(name)'."
        case .missingArm(let name): "Arm '\(name)' has no outcome."
        case .duplicateArm(let name): "Arm '\(name)' appears more than once."
        case .fewerThanTwoArms(let count): "The experiment has \(count) arm\(count == 1 ? "" : "s"); it needs at least 2."
        case .invalidParameter(let name, let value, let expected): "\(name) is \(value); it must be \(expected)."
        case .mismatchedLooks(let control, let treatment):
            "The control has \(control) looks and the treatment \(treatment); both need the same number, at least 1."
        case .decreasingTotals(let arm, let look): "Arm '\(arm)' has fewer units or conversions at look \(look) than before."
        }
    }

    /// How to fix it.
    public var hint: String {
        switch self {
        case .weightsDoNotSumToOne: "Give weights that add up to 1, e.g. 0.5 and 0.5, or 0.2 and 0.8."
        case .nonPositiveWeight: "Remove the arm, or give it a weight above 0."
        case .zeroUnits: "Analyse the experiment once every arm has received units."
        case .conversionsExceedUnits, .negativeCount: "Count each unit once and each converted unit once."
        case .unknownArm, .missingArm: "Use the arm names of the experiment's design, each once."
        case .duplicateArm: "Give every arm its own name."
        case .fewerThanTwoArms: "Add a control and at least one treatment."
        case .invalidParameter(let name, _, let expected): "Pass \(name) \(expected)."
        case .mismatchedLooks: "Pass one cumulative total per look for each arm."
        case .decreasingTotals: "Pass running totals since the start of the experiment, not daily counts."
        }
    }

    public var description: String { "\(message) (hint: \(hint))" }
}

extension ABError {
    /// The error of a statistics function whose input this module has already checked, kept as an
    /// invalid parameter so that nothing is lost should it ever happen.
    static func statistics(_ error: StatisticsError) -> ABError {
        .invalidParameter(name: "a statistics input", value: error.message, expected: error.hint)
    }

    /// A probability-like parameter strictly between 0 and 1.
    static func checkOpenUnit(_ value: Double, _ name: String) throws(ABError) {
        guard value > 0, value < 1 else {
            throw .invalidParameter(name: name, value: "\(value)", expected: "strictly between 0 and 1")
        }
    }
}
