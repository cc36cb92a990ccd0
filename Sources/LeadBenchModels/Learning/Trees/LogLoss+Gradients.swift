import LeadBenchData

extension LogLoss {
    /// The log loss's gradient and hessian in the raw score, row by row: for score z, label y and weight
    /// w (1 without weights), with p = σ(z),
    ///
    ///     gᵢ = w(p − y),   hᵢ = w·p(1 − p)
    ///
    /// Each row's pair depends on that row alone, so ``parallelRows`` rows or more are computed in two
    /// fixed halves side by side: the same numbers on any number of cores.
    static func gradients(
        scores: [Double], labels: [Bool], weights: [Double]?, into gradients: inout [Double], hessians: inout [Double]
    ) {
        precondition(gradients.count == scores.count && hessians.count == scores.count, "One gradient and hessian per score.")
        let count = scores.count
        gradients.withUnsafeMutableBufferPointer { g in
            hessians.withUnsafeMutableBufferPointer { h in
                let (gradients, hessians) = (SharedSlots(g), SharedSlots(h))
                let body: @Sendable (Range<Int>) -> Void = { range in
                    for i in range {
                        let p = sigmoid(scores[i])
                        let w = weights?[i] ?? 1
                        gradients[i] = w * (p - (labels[i] ? 1 : 0))
                        hessians[i] = w * p * (1 - p)
                    }
                }
                if count < parallelRows { body(0..<count) } else { FixedParts.forEach(2, count: count, body) }
            }
        }
    }

    /// Row counts from which ``gradients(scores:labels:weights:into:hessians:)`` uses two threads.
    static let parallelRows = 1 << 14
}
