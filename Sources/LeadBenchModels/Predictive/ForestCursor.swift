/// One lead's place in a tree model's forest while its moment features move (``MomentSplits``): each
/// tree cut down to the lead (its lean tree), the box of each slot's feature at its tree's current
/// leaf, each moment feature's bin, and each tree's current output.
///
/// A tree is copied down to the splits on moment features the lead reaches, as its walks first reach
/// them: a split on an attribute, which the pass never changes, is passed by the lead's own branch, so
/// a lean tree holds only splits on moment features (a few per tree), each testing a bin, and its
/// leaves point at their records (value and boxes); a branch no walk of the pass takes is never
/// copied. When moment features enter other bins, one sweep over each such feature's slots, eight at
/// a time, finds the trees whose box no longer holds it; only those walk their lean tree again, and
/// each reaches another leaf, copies the leaf's boxes into its slots and its value into the outputs. The probability, `σ(initial + Σ outputs)` added in lanes
/// (``LaneSum``), is bit for bit ``GradientBoostedTrees/probability(_:)`` of the row, because every
/// lean walk reaches the leaf the full walk reaches (a value `x` of a moment feature is never missing,
/// and `x ≤ θᵢ` exactly when its bin is `≤ i`) and the sum is taken in the same order.
struct ForestCursor: ~Copyable {
    private let splits: MomentSplits
    private let tables: MomentSplits.Tables
    /// Per slot, its feature's box at its tree's current leaf (every bin, 0...0xFFFF, for a padding slot).
    private let boxes: UnsafeMutableBufferPointer<UInt32>
    /// Per moment feature, its current bin.
    private let bins: UnsafeMutableBufferPointer<Int>
    /// Per tree, its current leaf's value; zeros after the last tree (``LaneSum/paddedCount(trees:)``).
    private let outputs: UnsafeMutableBufferPointer<Double>
    /// The lean trees: split `i` sends bins of moment feature `leanSplits[i] >> 16` up to
    /// `leanSplits[i] & 0xFFFF` to `leanChildren[2i]`, the others to `leanChildren[2i + 1]`; a tree's
    /// start is in `leanRoots`. A child or start is a split's index, `~r` for the leaf whose record
    /// starts at `r`, or `Int32.min + n` for forest node `n` not copied yet.
    private let leanSplits: UnsafeMutableBufferPointer<UInt32>
    private let leanChildren: UnsafeMutableBufferPointer<Int32>
    private let leanRoots: UnsafeMutableBufferPointer<Int32>
    /// The number of lean splits copied so far.
    private let leanCount: UnsafeMutablePointer<Int>
    /// References above this one are leaves' records; at or below it, forest nodes not copied yet.
    private let notCopied: Int32
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
        leanSplits = .allocate(capacity: max(1, tables.momentSplitCount))
        leanChildren = .allocate(capacity: max(2, 2 * tables.momentSplitCount))
        leanRoots = .allocate(capacity: max(1, splits.forest.treeCount))
        leanCount = .allocate(capacity: 1)
        notCopied = Int32.min + Int32(splits.forest.nodeCount)
        movedFeatures = .allocate(capacity: max(1, splits.thresholds.count))
    }

    deinit {
        boxes.deallocate()
        bins.deallocate()
        outputs.deallocate()
        leanSplits.deallocate()
        leanChildren.deallocate()
        leanRoots.deallocate()
        leanCount.deallocate()
        movedFeatures.deallocate()
    }

    /// `σ(initial + Σ current outputs)`.
    var probability: Double { LogLoss.sigmoid(splits.initialScore + LaneSum.total(UnsafeBufferPointer(outputs))) }

    /// Every tree walked for `row` (the start of a pass; `row` holds the lead's attributes for the
    /// whole pass); the probability.
    func start(row: UnsafeMutableBufferPointer<Double>, columns: [Int]) -> Double {
        for (k, column) in columns.enumerated() { bins[k] = tables.bin(row[column], feature: k) }
        leanCount.pointee = 0
        for (tree, root) in tables.roots.enumerated() {
            leanRoots[tree] = Int32.min + root
            place(tree, record: leanLeaf(tree, row: row))
        }
        return probability
    }

    /// After the moment features at `features` (positions in `columns`) may have moved in `row`: each
    /// one's new bin recorded, then each tree whose box of a moved feature no longer holds its bin
    /// walked again (reading every feature's new bin). Whether any tree reached another leaf.
    func move(row: UnsafeMutableBufferPointer<Double>, features: some Sequence<Int>, columns: [Int]) -> Bool {
        var movedCount = 0
        for k in features {
            let bin = tables.bin(row[columns[k]], feature: k)
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
                        place(tree, record: leanLeaf(tree, row: row))
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

    /// The record start of the leaf tree `tree`'s lean tree reaches at the current bins, copying the
    /// splits it reaches for the first time.
    @inline(__always)
    private func leanLeaf(_ tree: Int, row: UnsafeMutableBufferPointer<Double>) -> Int {
        var slot = leanRoots.baseAddress! + tree
        var at = slot.pointee
        while true {
            if at >= 0 {
                let split = leanSplits[Int(at)]
                slot = leanChildren.baseAddress! + (2 * Int(at) + (bins[Int(split >> 16)] <= Int(split & 0xFFFF) ? 0 : 1))
                at = slot.pointee
            } else if at > notCopied {
                return Int(~at)
            } else {
                at = copy(Int(at - Int32.min), row: UnsafeBufferPointer(row))
                slot.pointee = at
            }
        }
    }

    /// Forest node `node` reached for the first time in this pass: past the splits on attributes by
    /// the lead's branch, to a split on a moment feature — copied as a lean split whose children are
    /// not copied yet — or to a leaf. Its reference.
    private func copy(_ node: Int, row: UnsafeBufferPointer<Double>) -> Int32 {
        var n = node
        while tables.fixedSplit[n] == 1 { n = tables.child(of: n, row: row) }
        let record = tables.leafRecordStart[n]
        guard record < 0 else { return ~record }
        let split = tables.momentNodes[n]
        let index = leanCount.pointee
        leanCount.pointee = index + 1
        leanSplits[index] = UInt32(split.feature) << 16 | UInt32(split.bin)
        leanChildren[2 * index] = Int32.min + split.left
        leanChildren[2 * index + 1] = Int32.min + split.right
        return Int32(truncatingIfNeeded: index)
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
