import LeadBenchData

/// The rows held out to watch for early stopping: a seeded, stratified sample.
///
/// Within each class (positives first, then negatives) the rows are shuffled by Fisher–Yates with
/// ``SplitMix64`` and the first round(fraction × class size) are held out — never the whole class, so the
/// training rows keep both labels. Both lists come back in ascending row order.
enum ValidationHoldout {
    static func split(
        labels: [Bool], fraction: Double, seed: UInt64
    ) -> (training: [Int], validation: [Int]) {
        var rng = SplitMix64(seed: seed)
        var validation: [Int] = []
        for label in [true, false] {
            var rows = labels.indices.filter { labels[$0] == label }
            guard rows.count > 1 else { continue }
            for i in stride(from: rows.count - 1, to: 0, by: -1) {
                let j = min(Int(rng.nextUnit() * Double(i + 1)), i)
                rows.swapAt(i, j)
            }
            let count = min(Int((fraction * Double(rows.count)).rounded()), rows.count - 1)
            validation.append(contentsOf: rows.prefix(count))
        }
        validation.sort()
        var held = [Bool](repeating: false, count: labels.count)
        for row in validation { held[row] = true }
        return (labels.indices.filter { !held[$0] }, validation)
    }
}
