/// What a tree model needs to rescore a lead cheaply as its moment features change: the split
/// thresholds on each moment feature, which trees split on which of them, and the trees laid flat.
///
/// Rule: a split sends a value left when `value ≤ θ` (no moment feature is ever missing). Two values
/// `a` and `b` of one feature take the same branch at every split on it exactly when as many thresholds
/// lie below each — `#{θ : θ < a} = #{θ : θ < b}` (the feature's *bin*). So from one moment to the next
/// only the trees with a threshold between a moment feature's old and new value — those with index in
/// `[min(b, b′), max(b, b′))` of its thresholds, for bins `b` and `b′` — can reach another leaf; the
/// others' outputs are reused, and the score, `σ(initial + Σ outputs in tree order)`, is the same bit
/// for bit.
public struct MomentSplits: Sendable {
    /// Per moment feature (in ``MomentFeatures/columns`` order), its distinct thresholds ascending.
    let thresholds: [[Double]]
    /// Per moment feature, per threshold (in ``thresholds`` order), the trees that split on it there.
    let treesByThreshold: [[[Int32]]]
    let forest: FlatForest
    let initialScore: Double

    init(trees: GradientBoostedTrees, columns: [Int]) {
        var position: [Int: Int] = [:]
        for (k, column) in columns.enumerated() { position[column] = k }
        var byColumn = [Set<Double>](repeating: [], count: columns.count)
        for tree in trees.trees {
            for node in tree.nodes {
                guard let split = node.split, let k = position[split.feature] else { continue }
                byColumn[k].insert(split.threshold)
            }
        }
        thresholds = byColumn.map { $0.sorted() }
        var byThreshold = thresholds.map { list in [[Int32]](repeating: [], count: list.count) }
        for (t, tree) in trees.trees.enumerated() {
            for node in tree.nodes {
                guard let split = node.split, let k = position[split.feature],
                      let i = thresholds[k].firstIndex(of: split.threshold) else { continue }
                if byThreshold[k][i].last != Int32(t) { byThreshold[k][i].append(Int32(t)) }
            }
        }
        treesByThreshold = byThreshold
        forest = FlatForest(trees.trees)
        initialScore = trees.initialScore
    }

    /// The bin of `value` for moment feature `k`: the number of its thresholds below `value`.
    @inline(__always)
    func bin(_ value: Double, column k: Int) -> Int {
        thresholds[k].withUnsafeBufferPointer { list in
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}
