/// The split thresholds a tree model applies to each moment feature, so that a pass over a lead's
/// moments can tell when the model's output cannot have changed.
///
/// Rule: a split sends a value left when `value ≤ θ` (no moment feature is ever missing). Two values
/// `a` and `b` of one feature take the same branch at every split on it exactly when as many thresholds
/// lie below each — `#{θ : θ < a} = #{θ : θ < b}` — so with every moment feature in the same bin,
/// every tree reaches the same leaf and the score is the same.
public struct MomentSplits: Sendable {
    /// Per moment feature (in ``MomentFeatures/columns`` order), its distinct thresholds ascending.
    let thresholds: [[Double]]

    init(trees: [RegressionTree], columns: [Int]) {
        var byColumn: [Int: Set<Double>] = [:]
        for column in columns { byColumn[column] = [] }
        for tree in trees {
            for node in tree.nodes {
                guard let split = node.split, byColumn[split.feature] != nil else { continue }
                byColumn[split.feature]?.insert(split.threshold)
            }
        }
        thresholds = columns.map { (byColumn[$0] ?? []).sorted() }
    }

    /// The number of thresholds of moment feature `k` below `value`.
    @inline(__always)
    func bin(_ value: Double, column k: Int) -> Int {
        let list = thresholds[k]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
