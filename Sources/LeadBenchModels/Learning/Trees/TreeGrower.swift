/// Grows one tree leaf-wise (best-first), as LightGBM does: start from a root holding every training
/// row; repeatedly split the leaf whose best split has the largest gain (ties: the earliest leaf), until
/// the tree has `maxLeaves` leaves or no leaf has a split with positive gain.
///
/// A leaf may split only while its depth is below `maxDepth` (the root is at depth 0). Each leaf owns a
/// contiguous range of ``partition``, the training row positions, which a split divides in place
/// (stably, so the order of rows, and with it every floating-point sum, is reproducible). After a split
/// only the smaller child's histogram is summed from rows; the larger one's is the parent's minus it.
struct TreeGrower: Sendable {
    let columns: BinnedColumns
    let finder: SplitFinder
    let maxLeaves: Int
    let maxDepth: Int?
    let l2: Double
    let learningRate: Double

    /// Training row positions, grouped by leaf.
    private var partition: [Int32]
    private var scratch: [Int32]

    init(columns: BinnedColumns, features: [FeatureBins], parameters: BoostingParameters) {
        self.columns = columns
        finder = SplitFinder(
            features: features, offsets: columns.offsets, minDataInLeaf: parameters.minDataInLeaf, l2: parameters.l2)
        maxLeaves = parameters.leaves
        maxDepth = parameters.maxDepth
        l2 = parameters.l2
        learningRate = parameters.learningRate
        partition = (0..<columns.rowCount).map { Int32($0) }
        scratch = partition
    }

    /// A leaf while the tree grows.
    private struct GrowingLeaf {
        var range: Range<Int>
        var depth: Int
        var sums: GradientSums
        /// Its node in the tree.
        var node: Int
        /// `nil` once the leaf can no longer split.
        var histogram: Histogram?
        var best: SplitCandidate?
    }

    /// The tree for these gradients and hessians (one per training row), and each leaf's rows: adding
    /// the tree's output to the training scores is then a pass over `leafRows`, no traversal needed.
    mutating func grow(
        gradients: [Double], hessians: [Double]
    ) -> (tree: RegressionTree, leafRows: [(rows: ArraySlice<Int32>, value: Double)]) {
        for i in partition.indices { partition[i] = Int32(i) }
        var rootSums = GradientSums.zero
        for i in gradients.indices {
            rootSums.gradient += gradients[i]
            rootSums.hessian += hessians[i]
        }
        rootSums.count = gradients.count

        var nodes = [node(for: rootSums)]
        var leaves = [GrowingLeaf(range: 0..<partition.count, depth: 0, sums: rootSums, node: 0)]
        if canSplit(leaves[0]) {
            var histogram = Histogram(totalBins: columns.totalBins)
            histogram.accumulate(
                columns: columns, rows: partition[...], gradients: gradients, hessians: hessians, total: rootSums)
            leaves[0].best = finder.bestSplit(histogram: histogram, total: rootSums)
            leaves[0].histogram = histogram
        }

        while leaves.count < maxLeaves, let chosen = bestLeaf(leaves), let split = leaves[chosen].best {
            // Move the parent's histogram out of the list: it becomes the larger child's, in place.
            var parentHistogram = leaves[chosen].histogram.take()
            let parent = leaves[chosen]
            let leftCount = partitionRows(parent.range, by: split)
            assert(leftCount == split.left.count, "The histogram's counts disagree with the partition.")
            let leftRange = parent.range.lowerBound..<parent.range.lowerBound + leftCount
            let rightRange = leftRange.upperBound..<parent.range.upperBound

            let leftNode = nodes.count
            nodes.append(node(for: split.left))
            nodes.append(node(for: split.right))
            let old = nodes[parent.node]
            nodes[parent.node] = RegressionTree.Node(
                split: RegressionTree.Split(
                    feature: split.feature, threshold: threshold(split), missingGoesLeft: split.missingGoesLeft,
                    left: leftNode, right: leftNode + 1, gain: split.gain),
                value: old.value, count: old.count, hessian: old.hessian)

            var left = GrowingLeaf(range: leftRange, depth: parent.depth + 1, sums: split.left, node: leftNode)
            var right = GrowingLeaf(range: rightRange, depth: parent.depth + 1, sums: split.right, node: leftNode + 1)
            let room = leaves.count + 1 < maxLeaves
            if room, canSplit(left) || canSplit(right), var larger = parentHistogram.take() {
                let leftIsSmaller = leftRange.count <= rightRange.count
                var smaller = Histogram(totalBins: columns.totalBins)
                smaller.accumulate(
                    columns: columns, rows: partition[leftIsSmaller ? leftRange : rightRange],
                    gradients: gradients, hessians: hessians, total: leftIsSmaller ? split.left : split.right)
                larger.subtract(smaller)
                let (leftHistogram, rightHistogram) = leftIsSmaller ? (smaller, larger) : (larger, smaller)
                if canSplit(left), let best = finder.bestSplit(histogram: leftHistogram, total: left.sums) {
                    left.best = best
                    left.histogram = leftHistogram
                }
                if canSplit(right), let best = finder.bestSplit(histogram: rightHistogram, total: right.sums) {
                    right.best = best
                    right.histogram = rightHistogram
                }
            }
            leaves[chosen] = left
            leaves.append(right)
        }

        let tree = RegressionTree(nodes: nodes)
        let leafRows = leaves.map { (rows: partition[$0.range], value: nodes[$0.node].value) }
        return (tree, leafRows)
    }

    private func node(for sums: GradientSums) -> RegressionTree.Node {
        RegressionTree.Node(
            split: nil, value: sums.leafValue(l2: l2, learningRate: learningRate), count: sums.count,
            hessian: sums.hessian)
    }

    private func canSplit(_ leaf: GrowingLeaf) -> Bool {
        if let maxDepth, leaf.depth >= maxDepth { return false }
        return leaf.sums.count >= 2 * finder.minDataInLeaf
    }

    /// The leaf with the largest best-split gain; ties go to the earliest.
    private func bestLeaf(_ leaves: [GrowingLeaf]) -> Int? {
        var chosen: Int?
        var bestGain = 0.0
        for (index, leaf) in leaves.enumerated() {
            if let gain = leaf.best?.gain, gain > bestGain {
                chosen = index
                bestGain = gain
            }
        }
        return chosen
    }

    /// The real-valued threshold of a split: the upper bound of its threshold bin, or, for "every value
    /// left, missing right", the largest finite Double (so JSON can hold it).
    private func threshold(_ split: SplitCandidate) -> Double {
        let bounds = finder.features[split.feature].upperBounds
        return split.thresholdBin < bounds.count ? bounds[split.thresholdBin] : .greatestFiniteMagnitude
    }

    /// Reorders `partition[range]` stably so the rows going left come first; returns their number.
    private mutating func partitionRows(_ range: Range<Int>, by split: SplitCandidate) -> Int {
        let bins = finder.features[split.feature]
        let missingBin = bins.hasMissing ? bins.missingBin : -1
        let column = split.feature * columns.rowCount
        var leftEnd = range.lowerBound
        var rightCount = 0
        columns.codes.withUnsafeBufferPointer { codes in
            partition.withUnsafeMutableBufferPointer { partition in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    for i in range {
                        let row = partition[i]
                        let bin = Int(codes[column + Int(row)])
                        let left = bin == missingBin ? split.missingGoesLeft : bin <= split.thresholdBin
                        if left {
                            partition[leftEnd] = row
                            leftEnd += 1
                        } else {
                            scratch[rightCount] = row
                            rightCount += 1
                        }
                    }
                    for k in 0..<rightCount { partition[leftEnd + k] = scratch[k] }
                }
            }
        }
        return leftEnd - range.lowerBound
    }
}
