/// The sum of a forest's tree outputs in one fixed order that a vector unit adds quickly, so that every
/// way of scoring a forest — afresh, or by a ``ForestCursor`` that keeps the current outputs — gives
/// the same sum bit for bit.
///
/// Rule: eight lanes, lane `j` adding the outputs of trees `j`, `j + 8`, `j + 16`, … in turn (starting
/// from 0; the outputs padded with zeros to a multiple of eight), then the lanes in pairs:
/// `((ℓ₀ + ℓ₁) + (ℓ₂ + ℓ₃)) + ((ℓ₄ + ℓ₅) + (ℓ₆ + ℓ₇))`. Each lane is a running sum of an eighth of the
/// trees, so its rounding error grows with n/8 rather than n, and the eight lanes' additions are
/// independent: about an eighth of a running sum's time.
enum LaneSum {
    /// The number of outputs, padded to a multiple of eight.
    static func paddedCount(trees: Int) -> Int { (trees + 7) / 8 * 8 }

    /// The sum in lane order of `output(t)` for the trees `t` in `0..<trees`, gathered into a padded
    /// buffer on the stack: how a forest is scored afresh.
    @inline(__always)
    static func total(trees: Int, _ output: (Int) -> Double) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: paddedCount(trees: trees)) { outputs in
            for t in 0..<outputs.count { outputs[t] = t < trees ? output(t) : 0 }
            return total(UnsafeBufferPointer(outputs))
        }
    }

    /// The sum of `outputs` (a multiple of eight of them) in lane order.
    @inline(__always)
    static func total(_ outputs: UnsafeBufferPointer<Double>) -> Double {
        var lanes = SIMD8<Double>.zero
        guard let base = outputs.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        for chunk in 0..<(outputs.count / 8) {
            lanes += raw.loadUnaligned(fromByteOffset: chunk * 8 * MemoryLayout<Double>.stride, as: SIMD8<Double>.self)
        }
        return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]))
    }
}
