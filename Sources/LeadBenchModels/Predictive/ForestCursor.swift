/// One lead's place in a tree model's forest while its moment features move (``MomentSplits``): the box
/// of each slot's feature at its tree's current leaf, each moment feature's bin, and each tree's
/// current output.
///
/// When a moment feature enters another bin, one sweep over that feature's slots, eight at a time,
/// finds the trees whose box no longer holds it; only those are walked again (from where the lead's
/// walk first tests a moment feature: the splits above test its attributes), and each that reaches
/// another leaf copies the leaf's boxes into its slots and its value into the outputs. The
/// probability, `σ(initial + Σ outputs)` added in lanes (``LaneSum``), is bit for bit
/// ``GradientBoostedTrees/probability(_:)`` of the row, because every output is the one scoring the
/// row afresh reaches and the sum is taken in the same order.
struct ForestCursor: ~Copyable {
    private let splits: MomentSplits
    private let tables: MomentSplits.Tables
    /// Per slot, its feature's box at its tree's current leaf (every bin, 0...0xFFFF, for a padding slot).
    private let boxes: UnsafeMutableBufferPointer<UInt32>
    /// Per moment feature, its current bin.
    private let bins: UnsafeMutableBufferPointer<Int>
    /// Per tree, its current leaf's value; zeros after the last tree (``LaneSum/paddedCount(trees:)``).
    private let outputs: UnsafeMutableBufferPointer<Double>
    /// Per tree, where the lead's walk first tests a moment feature (or its leaf): the splits above it
    /// test the lead's attributes, which the pass never changes, so a walk again starts there.
    private let entries: UnsafeMutableBufferPointer<Int32>

    init(_ splits: MomentSplits) {
        self.splits = splits
        tables = splits.tables
        boxes = .allocate(capacity: max(1, tables.slotCount))
        boxes.initialize(repeating: 0xFFFF_0000)
        bins = .allocate(capacity: splits.thresholds.count)
        outputs = .allocate(capacity: LaneSum.paddedCount(trees: splits.forest.treeCount))
        outputs.initialize(repeating: 0)
        entries = .allocate(capacity: max(1, splits.forest.treeCount))
    }

    deinit {
        boxes.deallocate()
        bins.deallocate()
        outputs.deallocate()
        entries.deallocate()
    }

    /// `σ(initial + Σ current outputs)`.
    var probability: Double { LogLoss.sigmoid(splits.initialScore + LaneSum.total(UnsafeBufferPointer(outputs))) }

    /// Every tree walked for `row` (the start of a pass), each first down the splits on attributes to
    /// its entry; the probability.
    func start(row: UnsafeMutableBufferPointer<Double>, columns: [Int]) -> Double {
        for (k, column) in columns.enumerated() { bins[k] = splits.bin(row[column], column: k) }
        splits.forest.withBuffers { forest in
            for tree in 0..<forest.roots.count {
                var n = Int(forest.roots[tree])
                while tables.fixedSplit[n] == 1 { n = forest.child(of: n, row: UnsafeBufferPointer(row)) }
                entries[tree] = Int32(truncatingIfNeeded: n)
                place(tree, at: forest.leaf(from: n, row: UnsafeBufferPointer(row)), forest: forest)
            }
        }
        return probability
    }

    /// After the moment features at `features` (positions in `columns`) may have moved in `row`: each
    /// one's new bin recorded, and each tree whose box of it no longer holds that bin walked again.
    /// Whether any tree reached another leaf.
    func move(row: UnsafeMutableBufferPointer<Double>, features: some Sequence<Int>, columns: [Int]) -> Bool {
        splits.forest.withBuffers { forest in
            var moved = false
            for k in features {
                let bin = splits.bin(row[columns[k]], column: k)
                guard bin != bins[k] else { continue }
                bins[k] = bin
                let wanted = SIMD8<UInt32>(repeating: UInt32(bin))
                let raw = UnsafeRawPointer(boxes.baseAddress!)
                var group = Int(tables.slotStart[k])
                while group < Int(tables.slotStart[k + 1]) {
                    let box = raw.loadUnaligned(fromByteOffset: group * MemoryLayout<UInt32>.stride, as: SIMD8<UInt32>.self)
                    let outside = (wanted .< (box & 0xFFFF)) .| (wanted .> (box &>> 16))
                    if any(outside) {
                        for lane in 0..<8 where outside[lane] {
                            // Outside the box, the row reaches another leaf.
                            let tree = Int(tables.slotTree[group + lane])
                            place(tree, at: forest.leaf(from: Int(entries[tree]), row: UnsafeBufferPointer(row)), forest: forest)
                        }
                        moved = true
                    }
                    group += 8
                }
            }
            return moved
        }
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

    /// Tree `tree` at the forest node `leaf`: its slots take the leaf's boxes and its output the leaf's
    /// value.
    @inline(__always)
    private func place(_ tree: Int, at leaf: Int32, forest: FlatForestBuffers) {
        let first = Int(tables.treeSlotStart[tree])
        let from = Int(tables.leafBoxStart[Int(leaf)]) - first
        for i in first..<Int(tables.treeSlotStart[tree + 1]) { boxes[Int(tables.treeSlots[i])] = tables.leafBoxes[from + i] }
        outputs[tree] = forest.value[Int(leaf)]
    }
}
