import Foundation

/// The logistic function and its log-partition, computed without overflow or cancellation for any
/// finite `z`.
///
/// - `sigmoid(z) = 1 / (1 + e^{−z})`, evaluated as `e^{z} / (1 + e^{z})` for `z < 0` so that `e^{−z}`
///   never overflows; `sigmoid(−z) = 1 − sigmoid(z)` keeps full relative precision where `1 − p` would
///   round to 0.
/// - `softplus(z) = log(1 + e^{z})`, evaluated as `z + log1p(e^{−z})` for `z > 0`, so it is exact to
///   rounding for large `z` and never overflows.
enum StableLogistic {
    @inline(__always)
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }

    @inline(__always)
    static func softplus(_ z: Double) -> Double {
        z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))
    }

    /// One row's loss `log(1 + e^{z}) − y·z`, written as `softplus(−z)` for `y = 1` and `softplus(z)` for
    /// `y = 0`: the same value, non-negative, and free of the cancellation the difference has.
    @inline(__always)
    static func loss(_ z: Double, positive: Bool) -> Double {
        softplus(positive ? -z : z)
    }

    /// One row's residual `sigmoid(z) − y`, the derivative of ``loss(_:positive:)`` in `z`; for `y = 1` it
    /// is `−sigmoid(−z)`, which stays accurate when the probability is within rounding of 1.
    @inline(__always)
    static func residual(_ z: Double, positive: Bool) -> Double {
        positive ? -sigmoid(-z) : sigmoid(z)
    }

    /// `log(p / (1 − p))`.
    static func logit(_ p: Double) -> Double { log(p) - log1p(-p) }
}

extension StableLogistic {
    /// One weighted row's contributions to J and its derivatives in `z`, from a single `exp` and `log1p`:
    /// with `e = e^{−|z|}`,
    /// - loss `log(1 + e^{z}) − y·z = max(±z, 0) + log1p(e)` (`−z` for `y = 1`, `z` for `y = 0`),
    /// - residual `sigmoid(z) − y`,
    /// - curvature `sigmoid(z)·(1 − sigmoid(z)) = e / (1 + e)²`.
    @inline(__always)
    static func rowTerms(_ z: Double, positive: Bool) -> (loss: Double, residual: Double, curvature: Double) {
        let e = exp(-abs(z))
        let small = e / (1 + e)  // sigmoid(−|z|)
        let large = 1 / (1 + e)  // sigmoid(|z|)
        let signed = positive ? -z : z
        let loss = max(signed, 0) + log1p(e)
        let probability = z >= 0 ? large : small
        let residual = positive ? -(z >= 0 ? small : large) : probability
        return (loss, residual, small * large)
    }
}
