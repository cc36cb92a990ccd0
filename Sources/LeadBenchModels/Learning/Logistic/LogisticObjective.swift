/// The penalised negative log-likelihood the learner minimises, with its gradient and Hessian:
///
///     J(θ) = Σᵢ sᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + (λ/2)·‖w‖²,   zᵢ = b + w·xᵢ,   θ = (b, w₁, …, w_d)
///     ∇J   = Σᵢ sᵢ (pᵢ − yᵢ) x̃ᵢ + λ·(0, w)
///     ∇²J  = Σᵢ sᵢ pᵢ(1 − pᵢ) x̃ᵢ x̃ᵢᵀ + λ·diag(0, 1, …, 1)
///
/// where pᵢ = sigmoid(zᵢ), x̃ᵢ = (1, xᵢ) and the intercept b is not penalised. Parameter vectors have
/// d + 1 entries, the intercept first; the Hessian is a dense row-major (d+1)×(d+1) array.
struct LogisticObjective: Sendable {
    let data: LogisticTrainingSet
    /// λ ≥ 0.
    let l2: Double

    /// d + 1: the intercept and one coefficient per feature.
    var dimension: Int { data.columns + 1 }

    /// The intercept-only optimum: b = logit(Σ sᵢyᵢ / Σ sᵢ), w = 0.
    func startingPoint() -> [Double] {
        var theta = [Double](repeating: 0, count: dimension)
        theta[0] = StableLogistic.logit(data.positiveWeight / data.totalWeight)
        return theta
    }

    func value(at theta: [Double]) -> Double {
        var noGradient: [Double] = []
        var noHessian: [Double] = []
        return evaluate(theta, gradient: &noGradient, hessian: &noHessian, order: 0)
    }

    func value(at theta: [Double], gradient: inout [Double]) -> Double {
        var noHessian: [Double] = []
        return evaluate(theta, gradient: &gradient, hessian: &noHessian, order: 1)
    }

    func value(at theta: [Double], gradient: inout [Double], hessian: inout [Double]) -> Double {
        evaluate(theta, gradient: &gradient, hessian: &hessian, order: 2)
    }

    /// One pass over the rows computing J and, for `order` ≥ 1, ∇J and, for `order` 2, ∇²J (only its upper
    /// triangle is accumulated, then mirrored).
    private func evaluate(_ theta: [Double], gradient: inout [Double], hessian: inout [Double], order: Int) -> Double {
        let d = data.columns
        let size = d + 1
        precondition(theta.count == size, "θ has \(theta.count) entries; the problem has \(size).")
        if order >= 1 { gradient = [Double](repeating: 0, count: size) }
        if order >= 2 { hessian = [Double](repeating: 0, count: size * size) }
        var total = 0.0
        data.values.withUnsafeBufferPointer { x in
            data.weights.withUnsafeBufferPointer { weights in
                data.labels.withUnsafeBufferPointer { labels in
                    theta.withUnsafeBufferPointer { t in
                        gradient.withUnsafeMutableBufferPointer { g in
                            hessian.withUnsafeMutableBufferPointer { h in
                              withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, d)) { nonZero in
                                for i in 0..<data.rows {
                                    let s = weights[i]
                                    if s == 0 { continue }
                                    let base = i * d
                                    var z = t[0]
                                    for j in 0..<d { z += t[j + 1] * x[base + j] }
                                    let terms = StableLogistic.rowTerms(z, positive: labels[i])
                                    total += s * terms.loss
                                    guard order >= 1 else { continue }
                                    let r = s * terms.residual
                                    g[0] += r
                                    for j in 0..<d { g[j + 1] += r * x[base + j] }
                                    guard order >= 2 else { continue }
                                    let c = s * terms.curvature
                                    h[0] += c
                                    // Only the row's non-zero columns: a zero term added to a sum leaves it
                                    // as it was, so the Hessian is the same bit for bit, and one-hot rows
                                    // cost their few non-zeros squared instead of d².
                                    var count = 0
                                    for j in 0..<d where x[base + j] != 0 {
                                        nonZero[count] = j
                                        count += 1
                                    }
                                    for p in 0..<count {
                                        let j = nonZero[p]
                                        let a = c * x[base + j]
                                        h[j + 1] += a
                                        let hRow = (j + 1) * size + 1
                                        for q in p..<count {
                                            let k = nonZero[q]
                                            h[hRow + k] += a * x[base + k]
                                        }
                                    }
                                }
                              }
                            }
                        }
                    }
                }
            }
        }
        var squaredNorm = 0.0
        for j in 1..<size { squaredNorm += theta[j] * theta[j] }
        total += 0.5 * l2 * squaredNorm
        if order >= 1 {
            for j in 1..<size { gradient[j] += l2 * theta[j] }
        }
        if order >= 2 {
            for j in 1..<size { hessian[j * size + j] += l2 }
            for j in 0..<size {
                for k in 0..<j { hessian[j * size + k] = hessian[k * size + j] }
            }
        }
        return total
    }
}
