/// The arms of an experiment and their weights, checked: at least two arms, unique names, positive
/// weights summing to 1 within 1e−9.
///
///     let split = try ArmAllocation([Arm(name: "control", weight: 0.2), Arm(name: "treatment", weight: 0.8)])
///     split.arm(at: 0.15)   // 0, the control
///     split.arm(at: 0.5)    // 1, the treatment
///
/// A position `u` in `[0, 1)` falls to the first arm whose running weight sum `w₁ + … + wₖ` (added left
/// to right in double precision) exceeds `u`; the last arm takes any `u` at or above the last sum, which
/// can fall short of 1 by rounding.
public struct ArmAllocation: Sendable, Equatable {
    /// The tolerance on the sum of the weights.
    public static let weightTolerance = 1e-9

    /// The arms, in the order given.
    public let arms: [Arm]
    /// `w₁`, `w₁ + w₂`, …: the upper end of each arm's share of `[0, 1)`.
    public let cumulativeWeights: [Double]

    /// - Throws: ``ABError`` when there are fewer than two arms, a name repeats, a weight is not positive,
    ///   or the weights do not sum to 1 within ``weightTolerance``.
    public init(_ arms: [Arm]) throws(ABError) {
        guard arms.count >= 2 else { throw .fewerThanTwoArms(count: arms.count) }
        var seen = Set<String>()
        var running = 0.0
        var cumulative: [Double] = []
        for arm in arms {
            guard seen.insert(arm.name).inserted else { throw .duplicateArm(arm.name) }
            guard arm.weight > 0 else { throw .nonPositiveWeight(arm: arm.name, weight: arm.weight) }
            running += arm.weight
            cumulative.append(running)
        }
        guard abs(running - 1) <= Self.weightTolerance else { throw .weightsDoNotSumToOne(sum: running) }
        self.arms = arms
        cumulativeWeights = cumulative
    }

    /// Arms of equal weight `1/k`.
    ///
    /// - Throws: ``ABError`` when there are fewer than two names or a name repeats.
    public static func equal(_ names: [String]) throws(ABError) -> ArmAllocation {
        try ArmAllocation(names.map { Arm(name: $0, weight: 1 / Double(names.count)) })
    }

    /// The arms' names, in order.
    public var names: [String] { arms.map(\.name) }

    /// The arms' weights, in order.
    public var weights: [Double] { arms.map(\.weight) }

    /// The position of the arm named `name`, or `nil`.
    public func index(of name: String) -> Int? { arms.firstIndex { $0.name == name } }

    /// The arm (its index) that a position `u` in `[0, 1)` falls to.
    public func arm(at position: Double) -> Int {
        cumulativeWeights.firstIndex { position < $0 } ?? arms.count - 1
    }
}
