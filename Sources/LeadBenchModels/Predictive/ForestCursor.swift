/// One lead's place in a tree model's forest while its moment features move (``MomentSplits``): each
/// tree cut down to the lead (its lean tree), the box of each slot's feature at its tree's current
/// leaf, each moment feature's bin, and each tree's current output.
///
/// At the start of a pass each tree is copied down to the splits on moment features the lead can
/// reach: a split on an attribute, which the pass never changes, is passed by the lead's own branch,
/// so a lean tree holds only splits on moment features (a few per tree), each testing a bin, and its
/// leaves point at their records (value and boxes). When moment features enter other bins, one sweep
/// over each such feature's slots, eight at a time, finds the trees whose box no longer holds it; only
/// those walk their lean tree again, and each reaches another leaf, copies the leaf's boxes into its
/// slots and its value into the outputs. The probability, `σ(initial + Σ outputs)` added in lanes
/// (``LaneSum``), is bit for bit ``GradientBoostedTrees/probability(_:)`` of the row, because every
/// lean walk reaches the leaf the full walk reaches (a value `x` of a moment feature is never missing,
/// and `x ≤ θᵢ` exactly when its bin is `≤ i`) and the sum is taken in the same order.
struct ForestCursor: ~Copyable {
    /// A split of a lean tree: bins of moment feature `feature` up to `bin` go `left`, the others
    /// `right`; a child is a lean node's index, or `~r` for the leaf whose record starts at `r`.
    private struct LeanNode {
        let feature: UInt16
        let bin: UInt16
        let left: Int32
        let right: Int32
    }

    private let splits: MomentSplits
    private let tables: MomentSplits.Tables
    /// Per slot, its feature's box at its tree's current leaf (every bin, 0...0xFFFF, for a padding slot).
    private let boxes: UnsafeMutableBufferPointer<UInt32>
    /// Per moment feature, its current bin.
    private let bins: UnsafeMutableBufferPointer<Int>
    /// Per tree, its current leaf's value; zeros after the last tree (``LaneSum/paddedCount(trees:)``).
    private let outputs: UnsafeMutableBufferPointer<Double>
    /// The lean trees' splits, and per tree where its lean tree starts (as a ``LeanNode``'s child).
    private let lean: UnsafeMutableBufferPointer<LeanNode>
    private let leanRoots: UnsafeMutableBufferPointer<Int32>
    /// The moment features whose bin a ``move(row:features:columns:)`` changed.
    private let movedFeatures: UnsafeMutableBufferPointer<Int>

    init(_ splits: MomentSplits) {
        self.splits = splits
        tables = splits.tables
        boxes = .allocate(capacity: max(1, tables.slotCount))
        boxes.initialize(repeating: 0xFFFF_0000)
        bins = .allocate(capacity: splits.thresholds.count)
        outputs = .allocate(capacity: LaneSum.paddedCount(trees: splits.forest.treeCount))
        outputs.initialize(repeating: 0)
        lean = .allocate(capacity: max(1, tables.momentSplitCount))
        leanRoots = .allocate(capacity: max(1, splits.forest.treeCount))
        movedFeatures = .allocate(capacity: max(1, splits.thresholds.count))
    }

    deinit {
        boxes.deallocate()
        bins.deallocate()
        outputs.deallocate()
        lean.deallocate()
        leanRoots.deallocate()
        movedFeatures.deallocate()
    }

    /// `σ(initial + Σ current outputs)`.
    var probability: Double { LogLoss.sigmoid(splits.initialScore + LaneSum.total(UnsafeBufferPointer(outputs))) }

    /// Every tree cut down to the lead whose attributes `row` holds, and walked for `row` (the start of
    /// a pass); the probability.
    func start(row: UnsafeMutableBufferPointer<Double>, columns: [Int]) -> Double {
        for (k, column) in columns.enumerated() { bins[k] = splits.bin(row[column], column: k) }
        splits.forest.withBuffers { forest in
            var count = 0
            for tree in 0..<forest.roots.count {
                leanRoots[tree] = copyLean(from: Int(forest.roots[tree]), count: &count, row: UnsafeBufferPointer(row), forest: forest)
                place(tree, record: leanLeaf(tree))
            }
        }
        return probability
    }

    /// After the moment features at `features` (positions in `columns`) may have moved in `row`: each
    /// one's new bin recorded, then each tree whose box of a moved feature no longer holds its bin
    /// walked again (reading every feature's new bin). Whether any tree reached another leaf.
    func move(row: UnsafeMutableBufferPointer<Double>, features: some Sequence<Int>, columns: [Int]) -> Bool {
        var movedCount = 0
        for k in features {
            let bin = splits.bin(row[columns[k]], column: k)
            guard bin != bins[k] else { continue }
            bins[k] = bin
            movedFeatures[movedCount] = k
            movedCount += 1
        }
        guard movedCount > 0 else { return false }
        var moved = false
        let raw = UnsafeRawPointer(boxes.baseAddress!)
        for k in movedFeatures[..<movedCount] {
            let wanted = SIMD8<UInt32>(repeating: UInt32(bins[k]))
            var group = Int(tables.slotStart[k])
            while group < Int(tables.slotStart[k + 1]) {
                let box = raw.loadUnaligned(fromByteOffset: group * MemoryLayout<UInt32>.stride, as: SIMD8<UInt32>.self)
                let outside = (wanted .< (box & 0xFFFF)) .| (wanted .> (box &>> 16))
                if any(outside) {
                    for lane in 0..<8 where outside[lane] {
                        // Outside the box, the row reaches another leaf.
                        let tree = Int(tables.slotTree[group + lane])
                        place(tree, record: leanLeaf(tree))
                    }
                    moved = true
                }
                group += 8
            }
        }
        return moved
    }

    /// Records moment feature `k`'s bin without walking any tree: for a bin every box of `k` holds
    /// (``lowestTop(feature:)``).
    func keep(bin: Int, feature k: Int) { bins[k] = bin }

    /// The lowest top bin of moment feature `k` among the current boxes: every bin of `k` from the
    /// current one up to this keeps every leaf.
    func lowestTop(feature k: Int) -> Int {
        var lowest = SIMD8<UInt32>(repeating: 0xFFFF)
        let raw = UnsafeRawPointer(boxes.baseAddress!)
        var group = Int(tables.slotStart[k])
        while group < Int(tables.slotStart[k + 1]) {
            lowest = pointwiseMin(lowest, raw.loadUnaligned(fromByteOffset: group * MemoryLayout<UInt32>.stride, as: SIMD8<UInt32>.self) &>> 16)
            group += 8
        }
        return Int(lowest.min())
    }

    /// The lean copy of the subtree under forest node `node` for the attributes in `row`, its splits
    /// appended from `lean[count]` on: a split on an attribute is passed by the row's branch, a split on
    /// a moment feature kept with both its subtrees. Its start, as a ``LeanNode``'s child.
    private func copyLean(from node: Int, count: inout Int, row: UnsafeBufferPointer<Double>, forest: FlatForestBuffers) -> Int32 {
        var n = node
        while tables.fixedSplit[n] == 1 { n = forest.child(of: n, row: row) }
        let record = tables.leafRecordStart[n]
        guard record < 0 else { return ~record }
        let split = tables.momentNodes[n]
        let index = count
        count += 1
        let left = copyLean(from: Int(split.left), count: &count, row: row, forest: forest)
        let right = copyLean(from: Int(split.right), count: &count, row: row, forest: forest)
        lean[index] = LeanNode(feature: split.feature, bin: split.bin, left: left, right: right)
        return Int32(truncatingIfNeeded: index)
    }

    /// The record start of the leaf tree `tree`'s lean tree reaches at the current bins.
    @inline(__always)
    private func leanLeaf(_ tree: Int) -> Int {
        var at = leanRoots[tree]
        while at >= 0 {
            let node = lean[Int(at)]
            at = bins[Int(node.feature)] <= Int(node.bin) ? node.left : node.right
        }
        return Int(~at)
    }

    /// Tree `tree` at the leaf whose record starts at `record`: its slots take the leaf's boxes and its
    /// output the leaf's value.
    @inline(__always)
    private func place(_ tree: Int, record: Int) {
        let first = Int(tables.treeSlotStart[tree])
        let from = record + 2 - first
        for i in first..<Int(tables.treeSlotStart[tree + 1]) { boxes[Int(tables.treeSlots[i])] = tables.leafRecords[from + i] }
        outputs[tree] = Double(bitPattern: UInt64(tables.leafRecords[record]) | UInt64(tables.leafRecords[record + 1]) << 32)
    }
}
