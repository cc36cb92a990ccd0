/// What a tree model needs to rescore a lead cheaply as its moment features change: the split
/// thresholds on each moment feature, which trees split on which of them, the bins each leaf holds,
/// and the trees laid flat.
///
/// Rule: a split sends a value left when `value ≤ θ` (no moment feature is ever missing). Two values
/// `a` and `b` of one feature take the same branch at every split on it exactly when as many thresholds
/// lie below each — `#{θ : θ < a} = #{θ : θ < b}` (the feature's *bin*). A split at the feature's `i`-th
/// threshold sends bins `≤ i` left and bins `> i` right, so the path to a leaf confines each moment
/// feature to an interval of bins, the leaf's *box* (the attribute features are the lead's own and do
/// not move). A row stays at its leaf for as long as every moment feature's bin stays in the leaf's box:
/// from one moment to the next only the trees that split on a feature that moved, and whose current
/// leaf's box no longer holds its new bin, can reach another leaf. The others' leaves are kept, and the
/// score, `σ(initial + Σ leaf values in tree order)`, is the same bit for bit.
public struct MomentSplits: Sendable {
    /// Per moment feature (in ``MomentFeatures/columns`` order), its distinct thresholds ascending.
    let thresholds: [[Double]]
    /// Per moment feature, the trees that split on it anywhere, ascending.
    let treesByFeature: [[Int32]]
    /// Per moment feature, per forest node: at a leaf, the lowest bin of the feature that reaches it in
    /// the low 16 bits and the highest in the high 16 (0 at inner nodes).
    let boxes: [[UInt32]]
    let forest: FlatForest
    let initialScore: Double

    init(trees: GradientBoostedTrees, columns: [Int]) {
        var position: [Int: Int] = [:]
        for (k, column) in columns.enumerated() { position[column] = k }
        var byColumn = [Set<Double>](repeating: [], count: columns.count)
        var byFeature = [[Int32]](repeating: [], count: columns.count)
        for (t, tree) in trees.trees.enumerated() {
            for node in tree.nodes {
                guard let split = node.split, let k = position[split.feature] else { continue }
                byColumn[k].insert(split.threshold)
                if byFeature[k].last != Int32(t) { byFeature[k].append(Int32(t)) }
            }
        }
        let thresholds = byColumn.map { $0.sorted() }
        precondition(thresholds.allSatisfy { $0.count < Int(UInt16.max) }, "A moment feature's bins fit in 16 bits.")
        forest = FlatForest(trees.trees)
        var boxes = [[UInt32]](repeating: [UInt32](repeating: 0, count: forest.nodeCount), count: columns.count)
        for (t, tree) in trees.trees.enumerated() {
            let base = Int(forest.roots[t])
            // Depth first from the root, narrowing the box of the feature each split tests.
            var stack: [(node: Int, low: [Int], high: [Int])] = [(0, [Int](repeating: 0, count: columns.count), thresholds.map(\.count))]
            while let (index, nodeLow, nodeHigh) = stack.popLast() {
                guard let split = tree.nodes[index].split else {
                    for k in 0..<columns.count { boxes[k][base + index] = UInt32(nodeLow[k]) | UInt32(nodeHigh[k]) << 16 }
                    continue
                }
                if let k = position[split.feature], let i = thresholds[k].firstIndex(of: split.threshold) {
                    // Bins ≤ i go left, bins ≥ i + 1 go right.
                    var leftHigh = nodeHigh
                    leftHigh[k] = min(nodeHigh[k], i)
                    var rightLow = nodeLow
                    rightLow[k] = max(nodeLow[k], i + 1)
                    stack.append((split.left, nodeLow, leftHigh))
                    stack.append((split.right, rightLow, nodeHigh))
                } else {
                    stack.append((split.left, nodeLow, nodeHigh))
                    stack.append((split.right, nodeLow, nodeHigh))
                }
            }
        }
        self.thresholds = thresholds
        treesByFeature = byFeature
        self.boxes = boxes
        initialScore = trees.initialScore
    }

    /// The lowest top bin of moment feature `k` among the boxes of `leaves` (one leaf per tree) of the
    /// trees that split on it: every bin of `k` from the current one up to this keeps every leaf.
    func lowestTop(feature k: Int, leaves: UnsafeMutableBufferPointer<Int32>) -> Int {
        boxes[k].withUnsafeBufferPointer { boxes in
            var lowest = Int.max
            for tree in treesByFeature[k] { lowest = min(lowest, Int(boxes[Int(leaves[Int(tree)])] >> 16)) }
            return lowest
        }
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
