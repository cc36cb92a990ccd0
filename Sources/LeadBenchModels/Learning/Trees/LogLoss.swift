import Foundation

/// The logistic link and the log loss that the boosted trees minimise.
///
/// With raw score z, probability p = σ(z) = 1/(1+e^(−z)); for label y ∈ {0, 1} the log loss is
/// −y·ln p − (1−y)·ln(1−p), its gradient in z is g = p − y and its second derivative h = p(1−p).
enum LogLoss {
    /// σ(z), computed without overflow for large |z|.
    @inline(__always)
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }

    /// ln(p/(1−p)).
    static func logit(_ p: Double) -> Double { log(p / (1 - p)) }

    /// Probabilities are clipped to [ε, 1−ε] with ε = 1e-15, so a
    /// confident mistake costs a large but finite loss.
    static let clip = 1e-15

    /// The log loss of one prediction.
    @inline(__always)
    static func logLoss(probability p: Double, label: Bool) -> Double {
        let q = min(max(p, clip), 1 - clip)
        return label ? -log(q) : -log(1 - q)
    }

    /// The (weighted) mean log loss of raw scores `scores` against `labels`.
    static func meanLogLoss(scores: [Double], labels: [Bool], weights: [Double]?) -> Double {
        var total = 0.0
        var weightSum = 0.0
        for i in scores.indices {
            let w = weights?[i] ?? 1
            total += w * logLoss(probability: sigmoid(scores[i]), label: labels[i])
            weightSum += w
        }
        return weightSum > 0 ? total / weightSum : 0
    }
}
