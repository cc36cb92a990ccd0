import LeadBenchMetrics

/// One arm of a ``LiveAnalysis``: its counts, its conversion rate with Wilson's interval, its share of
/// units against its weight, and the probability that it is the best arm.
public struct ArmSummary: Sendable, Equatable {
    /// The arm's name.
    public let name: String
    /// Units assigned.
    public let units: Int
    /// Units converted.
    public let conversions: Int
    /// `conversions / units` with ``wilsonInterval(_:confidence:)`` (statsmodels'
    /// `proportion_confint(method="wilson")`).
    public let rate: ConfidenceInterval
    /// The arm's weight in the design: its expected share of units.
    public let weight: Double
    /// Its observed share of all units.
    public let share: Double
    /// The posterior probability that its rate is the highest (``BestArmProbability``).
    public let probabilityBest: Double
}
