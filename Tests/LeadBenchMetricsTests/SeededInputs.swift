import Foundation
import LeadBenchData

/// Seeded random scores and labels for reference and invariance tests: scores in `[0, 1]` rounded to a
/// few decimals (so there are many ties), labels drawn so that higher scores convert more often.
struct SeededInputs {
    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// `count` leads; a lead with latent `u` gets the score `round(u, decimals)` and converts with
    /// probability `2 · positiveRate · u` (capped at 1). At least one lead of each class is forced.
    mutating func scoresAndLabels(count: Int, decimals: Int, positiveRate: Double) -> (scores: [Double], labels: [Bool]) {
        let scale = pow(10.0, Double(decimals))
        var scores: [Double] = []
        var labels: [Bool] = []
        for _ in 0..<count {
            let u = rng.nextUnit()
            let noisy = min(1, max(0, u + 0.3 * (rng.nextUnit() - 0.5)))
            scores.append((noisy * scale).rounded() / scale)
            labels.append(rng.nextUnit() < min(1, 2 * positiveRate * u))
        }
        if count >= 2 {
            labels[0] = true
            labels[1] = false
        }
        return (scores, labels)
    }

    /// A uniformly random permutation of `0..<count` (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        return order
    }
}

/// `values` reordered by `order`.
func permuted<T>(_ values: [T], by order: [Int]) -> [T] {
    order.map { values[$0] }
}
