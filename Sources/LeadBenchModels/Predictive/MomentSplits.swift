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
/// leaf's box no longer holds its new bin, can reach another leaf (``ForestCursor``).
///
/// Layout: each pair (moment feature `k`, tree splitting on `k`) is a *slot*; feature `k`'s slots are
/// consecutive, so a cursor keeps the current boxes of one feature side by side and checks them in
/// one sweep. Each leaf lists its boxes in the order of its tree's slots, so moving a tree to a leaf
/// copies one short run.
public struct MomentSplits: Sendable {
    /// Per moment feature (in ``MomentFeatures/columns`` order), its distinct thresholds ascending.
    let thresholds: [[Double]]
    let forest: FlatForest
    let initialScore: Double
    /// The slot tables, read by ``ForestCursor``.
    let tables: Tables

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

        // Slots: feature by feature, tree by tree, each feature's padded to a multiple of eight with
        // slots of no tree (−1); then each tree's slots in feature order.
        var slotStart = [0], slotTree: [Int32] = []
        var treeFeatures = [[(k: Int, slot: Int)]](repeating: [], count: trees.trees.count)
        for (k, list) in byFeature.enumerated() {
            for t in list {
                treeFeatures[Int(t)].append((k, slotTree.count))
                slotTree.append(t)
            }
            while slotTree.count % Self.slotGroup != 0 { slotTree.append(-1) }
            slotStart.append(slotTree.count)
        }
        var treeSlotStart = [0], treeSlots: [Int32] = []
        for list in treeFeatures {
            treeSlots += list.map { Int32($0.slot) }
            treeSlotStart.append(treeSlots.count)
        }

        // Each leaf's record — its value's bits in two words, then its box of each of its tree's
        // features — depth first from the root, narrowing the box of the feature each split tests.
        var leafRecordStart = [Int32](repeating: -1, count: forest.nodeCount)
        var leafRecords: [UInt32] = []
        for (t, tree) in trees.trees.enumerated() {
            let base = Int(forest.roots[t])
            var stack: [(node: Int, low: [Int], high: [Int])] = [(0, [Int](repeating: 0, count: columns.count), thresholds.map(\.count))]
            while let (index, nodeLow, nodeHigh) = stack.popLast() {
                guard let split = tree.nodes[index].split else {
                    leafRecordStart[base + index] = Int32(leafRecords.count)
                    let bits = tree.nodes[index].value.bitPattern
                    leafRecords += [UInt32(truncatingIfNeeded: bits), UInt32(truncatingIfNeeded: bits >> 32)]
                    for (k, _) in treeFeatures[t] { leafRecords.append(UInt32(nodeLow[k]) | UInt32(nodeHigh[k]) << 16) }
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
        // The walk tables: the splits on attributes, and those on moment features by bin.
        let fixedSplit = forest.nodes.map { node -> UInt8 in node.feature >= 0 && position[Int(node.feature)] == nil ? 1 : 0 }
        let momentNodes = forest.nodes.map { node -> MomentNode in
            guard node.feature >= 0, let k = position[Int(node.feature)], let i = thresholds[k].firstIndex(of: node.threshold) else {
                return MomentNode(feature: 0, bin: 0, left: node.left, right: node.right)
            }
            return MomentNode(feature: UInt16(k), bin: UInt16(i), left: node.left, right: node.right)
        }
        let momentSplitCount = forest.nodes.count { node in node.feature >= 0 && position[Int(node.feature)] != nil }
        tables = Tables(
            slotStart: slotStart.map { Int32($0) }, slotTree: slotTree, treeSlotStart: treeSlotStart.map { Int32($0) },
            treeSlots: treeSlots, leafRecordStart: leafRecordStart, leafRecords: leafRecords, fixedSplit: fixedSplit, momentNodes: momentNodes,
            forest: forest, thresholds: thresholds, momentSplitCount: momentSplitCount)
        initialScore = trees.initialScore
    }

    /// A feature's slots come in groups of this many, checked together.
    static let slotGroup = 8

    /// Per moment feature, the trees that split on it anywhere, ascending.
    var treesByFeature: [[Int32]] {
        (0..<thresholds.count).map { k in (Int(tables.slotStart[k])..<Int(tables.slotStart[k + 1])).map { tables.slotTree[$0] }.filter { $0 >= 0 } }
    }

    /// The bins of moment feature `k` that reach the forest node `leaf`: all of them when its tree does
    /// not split on `k`.
    func box(feature k: Int, leaf: Int) -> ClosedRange<Int> {
        guard let tree = forest.roots.lastIndex(where: { Int($0) <= leaf }) else { return 0...thresholds[k].count }
        for i in Int(tables.treeSlotStart[tree])..<Int(tables.treeSlotStart[tree + 1]) {
            let slot = Int(tables.treeSlots[i])
            guard slot >= Int(tables.slotStart[k]) && slot < Int(tables.slotStart[k + 1]) else { continue }
            let packed = tables.leafRecords[Int(tables.leafRecordStart[leaf]) + 2 + i - Int(tables.treeSlotStart[tree])]
            return Int(packed & 0xFFFF)...Int(packed >> 16)
        }
        return 0...thresholds[k].count
    }

    /// The bin of `value` for moment feature `k`: the number of its thresholds below `value`.
    @inline(__always)
    func bin(_ value: Double, column k: Int) -> Int { tables.bin(value, feature: k) }
}

extension MomentSplits {
    /// The slot tables in memory of their own that never changes once built, so that a cursor indexes
    /// them directly (`@unchecked Sendable`: read-only after `init`).
    ///
    /// - `slotStart[k] ..< slotStart[k + 1]`: feature `k`'s slots, a multiple of ``slotGroup``;
    ///   `slotTree[s]`: slot `s`'s tree, −1 for a slot that only pads the group.
    /// - `treeSlotStart[t] ..< treeSlotStart[t + 1]`: indices into `treeSlots`, tree `t`'s slots.
    /// - `leafRecordStart[n]`: at a leaf `n` of tree `t`, where its record starts in `leafRecords`
    ///   (−1 at inner nodes): the leaf's value as the low and the high word of its bits, then its box of
    ///   each slot of `t` in `treeSlots` order — the lowest bin in the low 16 bits, the highest in the
    ///   high 16.
    /// - `fixedSplit[n]`: 1 when forest node `n` splits on an attribute feature, which a pass over one
    ///   lead's moments never changes.
    /// - `momentNodes[n]`: at a split on a moment feature, the feature, its threshold number and the
    ///   children (only the children at other nodes).
    /// - `forestNodes`, `roots`: the flat forest's nodes and each tree's root, for walking the splits on
    ///   attributes without borrowing the forest's arrays at each step.
    /// - `thresholdStart[k] ..< thresholdStart[k + 1]`: moment feature `k`'s thresholds in
    ///   `thresholdValues`, ascending.
    final class Tables: @unchecked Sendable {
        let slotStart: UnsafeBufferPointer<Int32>
        let slotTree: UnsafeBufferPointer<Int32>
        let treeSlotStart: UnsafeBufferPointer<Int32>
        let treeSlots: UnsafeBufferPointer<Int32>
        let leafRecordStart: UnsafeBufferPointer<Int32>
        let leafRecords: UnsafeBufferPointer<UInt32>
        let fixedSplit: UnsafeBufferPointer<UInt8>
        let momentNodes: UnsafeBufferPointer<MomentNode>
        let forestNodes: UnsafeBufferPointer<FlatForest.Node>
        let roots: UnsafeBufferPointer<Int32>
        let thresholdStart: UnsafeBufferPointer<Int32>
        let thresholdValues: UnsafeBufferPointer<Double>
        /// The number of forest nodes that split on a moment feature.
        let momentSplitCount: Int

        init(
            slotStart: [Int32], slotTree: [Int32], treeSlotStart: [Int32], treeSlots: [Int32], leafRecordStart: [Int32], leafRecords: [UInt32],
            fixedSplit: [UInt8], momentNodes: [MomentNode], forest: FlatForest, thresholds: [[Double]], momentSplitCount: Int
        ) {
            self.slotStart = Self.copy(slotStart)
            self.slotTree = Self.copy(slotTree)
            self.treeSlotStart = Self.copy(treeSlotStart)
            self.treeSlots = Self.copy(treeSlots)
            self.leafRecordStart = Self.copy(leafRecordStart)
            self.leafRecords = Self.copy(leafRecords)
            self.fixedSplit = Self.copy(fixedSplit)
            self.momentNodes = Self.copy(momentNodes)
            forestNodes = Self.copy(forest.nodes)
            roots = Self.copy(forest.roots)
            var starts: [Int32] = [0]
            for list in thresholds { starts.append(starts[starts.count - 1] + Int32(list.count)) }
            thresholdStart = Self.copy(starts)
            thresholdValues = Self.copy(thresholds.flatMap { $0 })
            self.momentSplitCount = momentSplitCount
        }

        /// The number of slots.
        var slotCount: Int { slotTree.count }

        deinit {
            for buffer in [slotStart, slotTree, treeSlotStart, treeSlots, leafRecordStart] { buffer.deallocate() }
            leafRecords.deallocate()
            fixedSplit.deallocate()
            momentNodes.deallocate()
            forestNodes.deallocate()
            for buffer in [roots, thresholdStart] { buffer.deallocate() }
            thresholdValues.deallocate()
        }

        /// The bin of `value` for moment feature `k`: the number of its thresholds below `value`.
        @inline(__always)
        func bin(_ value: Double, feature k: Int) -> Int {
            var low = Int(thresholdStart[k])
            let first = low
            var high = Int(thresholdStart[k + 1])
            while low < high {
                let middle = (low + high) / 2
                if thresholdValues[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low - first
        }

        /// The child of attribute split `n` that `row` goes to.
        @inline(__always)
        func child(of n: Int, row: UnsafeBufferPointer<Double>) -> Int { Int(forestNodes[n].child(for: row)) }

        private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: array.count)
            _ = buffer.initialize(from: array)
            return UnsafeBufferPointer(buffer)
        }
    }
}

extension MomentSplits {
    /// A forest node's split on moment feature `feature` (a position in ``MomentFeatures/columns``) at
    /// its threshold number `bin`: bins `≤ bin` go to forest node `left`, the others to `right`.
    struct MomentNode: Sendable {
        let feature: UInt16
        let bin: UInt16
        let left: Int32
        let right: Int32
    }
}
