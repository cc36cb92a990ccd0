#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The 20-point Gauss–Legendre rule, exact for polynomials up to degree 39: `∫ₗʰ f ≈ Σᵢ wᵢ f(xᵢ)` with
/// the nodes the roots of the Legendre polynomial P₂₀ mapped to `[l, h]`.
///
/// The nodes are found once by Newton's method on `P₂₀` (three-term recurrence) from the Chebyshev-like
/// guesses `cos(π(i − ¼)/(n + ½))`; the weights are `2 / ((1 − x²)·P₂₀′(x)²)`.
enum GaussLegendre {
    /// Nodes in `(−1, 1)` and their weights (summing to 2).
    static let rule: (nodes: [Double], weights: [Double]) = {
        let n = 20
        var nodes: [Double] = [], weights: [Double] = []
        for i in 1...n {
            var x = cos(Double.pi * (Double(i) - 0.25) / (Double(n) + 0.5))
            for _ in 0..<100 {
                let (value, derivative) = legendre(n, x)
                let step = value / derivative
                x -= step
                if abs(step) <= 1e-16 { break }
            }
            let derivative = legendre(n, x).derivative
            nodes.append(x)
            weights.append(2 / ((1 - x * x) * derivative * derivative))
        }
        return (nodes, weights)
    }()

    /// `Pₙ(x)` by `k·Pₖ = (2k − 1)·x·Pₖ₋₁ − (k − 1)·Pₖ₋₂`, and `Pₙ′(x) = n·(x·Pₙ − Pₙ₋₁)/(x² − 1)`.
    private static func legendre(_ n: Int, _ x: Double) -> (value: Double, derivative: Double) {
        var previous = 1.0, current = x
        for k in 2...n {
            let next = ((2 * Double(k) - 1) * x * current - (Double(k) - 1) * previous) / Double(k)
            previous = current
            current = next
        }
        return (current, Double(n) * (x * current - previous) / (x * x - 1))
    }

    /// `∫ₗʰ f(x) dx` by the 20-point rule.
    static func integrate(from low: Double, to high: Double, _ f: (Double) -> Double) -> Double {
        let half = (high - low) / 2, centre = (high + low) / 2
        var sum = 0.0
        for (node, weight) in zip(rule.nodes, rule.weights) { sum += weight * f(centre + half * node) }
        return sum * half
    }
}
