/// The Bayesian probability that each arm has the highest conversion rate, under independent
/// beta-binomial models (Beta(1, 1) priors unless told otherwise).
///
///     try BestArmProbability.compute([
///         ArmOutcome(name: "control", units: 10_000, conversions: 500),
///         ArmOutcome(name: "treatment", units: 10_000, conversions: 560)])   // [0.029…, 0.970…]
///
/// With posterior densities `fᵢ` and CDFs `Fᵢ`,
///
///     P(arm i is best) = ∫₀¹ fᵢ(x) · Πⱼ≠ᵢ Fⱼ(x) dx
///
/// computed deterministically (no sampling): arm `i`'s integral runs over `mean ± 40 sd` of its posterior
/// (clipped to `[0, 1]`; the tails beyond hold less than 1e−16, the posteriors being log-concave, see
/// ``BetaPrior``), cut into panels at every half standard deviation of every arm's posterior so that
/// each panel is smooth on the scale of all the arms, with the 20-point Gauss–Legendre rule on each
/// panel. Panels where another arm's CDF is still below 1e−16 are skipped. The probabilities sum to 1
/// within about 1e−12.
public enum BestArmProbability {
    /// How far, in standard deviations, each posterior's integration range reaches.
    static let reach = 40.0
    /// The panel spacing, in standard deviations of each posterior.
    static let spacing = 0.5

    /// `P(arm i is best)` for each arm, from its outcome under `prior`.
    ///
    /// - Throws: ``ABError`` when there are fewer than two arms or an arm's counts are negative or
    ///   inconsistent (an arm with no units keeps its prior).
    public static func compute(_ outcomes: [ArmOutcome], prior: BetaPrior = .uniform) throws(ABError) -> [Double] {
        guard outcomes.count >= 2 else { throw .fewerThanTwoArms(count: outcomes.count) }
        for outcome in outcomes { try outcome.checkCounts() }
        return compute(posteriors: outcomes.map(prior.posterior))
    }

    /// `P(Xᵢ = max(X₁, …, Xₖ))` for independent `Xᵢ ~ posteriors[i]`, all parameters at least 1.
    static func compute(posteriors: [BetaDistribution]) -> [Double] {
        let ranges = posteriors.map(range)
        let grids = posteriors.indices.map { grid(posteriors[$0], ranges[$0]) }
        return posteriors.indices.map { i in
            let (low, high) = ranges[i]
            var cuts = [low, high]
            for grid in grids { cuts += grid.filter { $0 > low && $0 < high } }
            cuts.sort()
            var total = 0.0
            for (from, to) in zip(cuts, cuts.dropFirst()) where to > from {
                // Another arm entirely above this panel makes the product negligible.
                if posteriors.indices.contains(where: { $0 != i && ranges[$0].low >= to }) { continue }
                total += GaussLegendre.integrate(from: from, to: to) { x in
                    var value = posteriors[i].density(x)
                    for j in posteriors.indices where j != i && value > 0 { value *= posteriors[j].cdf(x) }
                    return value
                }
            }
            return total
        }
    }

    /// `mean ± reach·sd`, clipped to `[0, 1]`.
    private static func range(_ posterior: BetaDistribution) -> (low: Double, high: Double) {
        let mean = posterior.mean, sd = posterior.standardDeviation
        return (max(0, mean - reach * sd), min(1, mean + reach * sd))
    }

    /// The panel cuts of one posterior: `mean + k·spacing·sd` inside its range.
    private static func grid(_ posterior: BetaDistribution, _ range: (low: Double, high: Double)) -> [Double] {
        let mean = posterior.mean, step = spacing * posterior.standardDeviation
        let steps = Int((reach / spacing).rounded())
        return (-steps...steps).map { mean + Double($0) * step }.filter { $0 > range.low && $0 < range.high }
    }
}
