/// The smallest upward lift a sample detects with the planned power
/// (``PowerAnalysis/minimumDetectableEffect(baseRate:controlUnits:power:)``).
public struct DetectableEffect: Sendable, Equatable, Codable {
    /// The control's conversion rate.
    public let baseRate: Double
    /// The smallest detectable treatment rate, `sin²(asin(√base) + h/2)`.
    public let rate: Double
    /// Cohen's h of the detectable lift.
    public let effectSize: Double
    /// The probability of detecting it.
    public let power: Double
    /// The control's units.
    public let controlUnits: Int

    /// `rate − baseRate`.
    public var absolute: Double { rate - baseRate }
    /// `rate / baseRate − 1`.
    public var relative: Double { rate / baseRate - 1 }
}
