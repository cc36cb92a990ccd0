/// The Beta(α, β) prior of every arm's conversion rate in ``BestArmProbability``; the posterior after `x`
/// conversions in `n` units is Beta(α + x, β + n − x).
///
/// Both parameters are at least 1 (Beta(1, 1) is uniform; Beta(5, 95) says "about 5 %, worth 100 units"),
/// so that every posterior density is bounded and log-concave, which the numerical integration of
/// ``BestArmProbability`` relies on.
public struct BetaPrior: Sendable, Hashable, Codable {
    /// Beta(1, 1): every rate in `[0, 1]` equally likely.
    public static let uniform = BetaPrior(uncheckedAlpha: 1, beta: 1)

    /// Prior successes (pseudo-conversions).
    public let alpha: Double
    /// Prior failures.
    public let beta: Double

    /// - Throws: ``ABError`` when a parameter is below 1 or not finite.
    public init(alpha: Double, beta: Double) throws(ABError) {
        guard alpha >= 1, alpha.isFinite else {
            throw .invalidParameter(name: "the prior's alpha", value: "\(alpha)", expected: "at least 1 and finite")
        }
        guard beta >= 1, beta.isFinite else {
            throw .invalidParameter(name: "the prior's beta", value: "\(beta)", expected: "at least 1 and finite")
        }
        self.alpha = alpha
        self.beta = beta
    }

    private init(uncheckedAlpha alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    /// The posterior of an arm with checked counts.
    func posterior(_ outcome: ArmOutcome) -> BetaDistribution {
        BetaDistribution(
            uncheckedAlpha: alpha + Double(outcome.conversions), beta: beta + Double(outcome.units - outcome.conversions))
    }
}
