/// The last m correction pairs (sₖ = θₖ₊₁ − θₖ, yₖ = ∇Jₖ₊₁ − ∇Jₖ) of L-BFGS, and the two-loop recursion
/// that applies the implied inverse-Hessian approximation Hₖ to a gradient (Nocedal & Wright,
/// algorithm 7.4), with the initial scaling H⁰ = (sᵀy / yᵀy)·I from the newest pair.
struct CorrectionHistory: Sendable {
    let capacity: Int
    private var steps: [[Double]] = []
    private var changes: [[Double]] = []
    private var curvatures: [Double] = []  // ρₖ = 1 / (yₖᵀsₖ)

    init(capacity: Int) { self.capacity = capacity }

    var isEmpty: Bool { steps.isEmpty }

    mutating func clear() {
        steps.removeAll()
        changes.removeAll()
        curvatures.removeAll()
    }

    /// Records a pair, dropping the oldest beyond capacity; skipped unless sᵀy > 10⁻¹⁰·yᵀy (positive
    /// curvature, which keeps Hₖ positive definite).
    mutating func append(step: [Double], change: [Double]) {
        let sy = dot(step, change)
        let yy = dot(change, change)
        guard sy > 1e-10 * yy, sy.isFinite, yy > 0 else { return }
        if steps.count == capacity {
            steps.removeFirst()
            changes.removeFirst()
            curvatures.removeFirst()
        }
        steps.append(step)
        changes.append(change)
        curvatures.append(1 / sy)
    }

    /// The search direction −Hₖ·g (−g when the history is empty).
    func direction(for gradient: [Double]) -> [Double] {
        var q = gradient
        var alphas = [Double](repeating: 0, count: steps.count)
        for k in steps.indices.reversed() {
            alphas[k] = curvatures[k] * dot(steps[k], q)
            q = moved(q, by: -alphas[k], along: changes[k])
        }
        if let s = steps.last, let y = changes.last {
            let scale = dot(s, y) / dot(y, y)
            for i in q.indices { q[i] *= scale }
        }
        for k in steps.indices {
            let beta = curvatures[k] * dot(changes[k], q)
            q = moved(q, by: alphas[k] - beta, along: steps[k])
        }
        for i in q.indices { q[i] = -q[i] }
        return q
    }
}
