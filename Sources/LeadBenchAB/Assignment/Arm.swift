/// One arm of an experiment: a name and the share of units it receives.
///
///     Arm(name: "control", weight: 0.2)
public struct Arm: Sendable, Hashable, Codable {
    /// The arm's name, unique within an experiment.
    public var name: String
    /// The share of units assigned to the arm, in `(0, 1]`.
    public var weight: Double

    public init(name: String, weight: Double) {
        self.name = name
        self.weight = weight
    }
}
