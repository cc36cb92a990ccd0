/// The sequential test at one look (see ``SequentialTest`` for the formulas).
public struct SequentialLook: Sendable, Equatable {
    /// The control's cumulative units.
    public let controlUnits: Int
    /// The control's cumulative conversions.
    public let controlConversions: Int
    /// The treatment's cumulative units.
    public let treatmentUnits: Int
    /// The treatment's cumulative conversions.
    public let treatmentConversions: Int
    /// `θ̂ = p̂_T − p̂_C`.
    public let difference: Double
    /// The pooled variance `V` of the difference under the null.
    public let variance: Double
    /// `z = θ̂ / √V` (0 when `V = 0`).
    public let z: Double
    /// `log Λ`, the log of the mixture likelihood ratio.
    public let logLikelihoodRatio: Double
    /// The always-valid p-value: the running minimum of `min(1, 1/Λ)`.
    public let pValue: Double
    /// The rejection boundary for `|z|` at this look (infinite when `V = 0`).
    public let boundary: Double
    /// Whether the null has been rejected at this look or before (`pValue ≤ α`).
    public let rejected: Bool
}
