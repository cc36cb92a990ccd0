/// The units needed to detect a lift (``PowerAnalysis/sampleSize(baseRate:relativeEffect:power:)``): the
/// real solution of the power equation and its ceiling, per arm.
public struct SampleSize: Sendable, Equatable, Codable {
    /// The control's conversion rate.
    public let baseRate: Double
    /// The treatment's rate to detect, `base·(1 + relative effect)`.
    public let targetRate: Double
    /// Cohen's h between them.
    public let effectSize: Double
    /// The probability of detecting it.
    public let power: Double
    /// The real solution for the control arm (statsmodels' `nobs1`).
    public let controlUnits: Double
    /// `controlUnits · allocation ratio`.
    public let treatmentUnits: Double
    /// `⌈controlUnits⌉`.
    public let requiredControlUnits: Int
    /// `⌈treatmentUnits⌉`.
    public let requiredTreatmentUnits: Int

    /// The rounded-up units of both arms together.
    public var requiredTotalUnits: Int { requiredControlUnits + requiredTreatmentUnits }
}
