/// A model's trees laid out flat for scoring: one array per node field, so that walking a tree reads a
/// few cache lines of small values instead of whole ``RegressionTree/Node`` records.
///
/// Node `n` of the forest splits on `feature[n]` (−1 at a leaf) at `threshold[n]` — non-missing values
/// `≤ threshold` go to `left[n]`, missing ones to `left[n]` when `missingLeft[n]` — or, at a leaf,
/// outputs `value[n]`. Tree `t` starts at `roots[t]`. Each tree reaches the leaf
/// ``RegressionTree/output(for:)`` reaches, so outputs are equal bit for bit.
struct FlatForest: Sendable {
    let roots: [Int32]
    let feature: [Int32]
    let threshold: [Double]
    let left: [Int32]
    let right: [Int32]
    let missingLeft: [Bool]
    let value: [Double]

    init(_ trees: [RegressionTree]) {
        var roots: [Int32] = [], feature: [Int32] = [], threshold: [Double] = [], left: [Int32] = [], right: [Int32] = []
        var missingLeft: [Bool] = [], value: [Double] = []
        for tree in trees {
            let base = Int32(feature.count)
            roots.append(base)
            for node in tree.nodes {
                feature.append(Int32(node.split?.feature ?? -1))
                threshold.append(node.split?.threshold ?? 0)
                left.append(base + Int32(node.split?.left ?? 0))
                right.append(base + Int32(node.split?.right ?? 0))
                missingLeft.append(node.split?.missingGoesLeft ?? false)
                value.append(node.value)
            }
        }
        self.roots = roots
        self.feature = feature
        self.threshold = threshold
        self.left = left
        self.right = right
        self.missingLeft = missingLeft
        self.value = value
    }

    var treeCount: Int { roots.count }

    /// Calls `body` with the forest's arrays as buffers, for scoring many rows or trees in a row.
    func withBuffers<R>(_ body: (FlatForestBuffers) -> R) -> R {
        roots.withUnsafeBufferPointer { roots in
            feature.withUnsafeBufferPointer { feature in
                threshold.withUnsafeBufferPointer { threshold in
                    left.withUnsafeBufferPointer { left in
                        right.withUnsafeBufferPointer { right in
                            missingLeft.withUnsafeBufferPointer { missingLeft in
                                value.withUnsafeBufferPointer { value in
                                    body(FlatForestBuffers(
                                        roots: roots, feature: feature, threshold: threshold, left: left, right: right,
                                        missingLeft: missingLeft, value: value))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A ``FlatForest``'s arrays, borrowed for the length of a ``FlatForest/withBuffers(_:)`` call.
struct FlatForestBuffers {
    let roots: UnsafeBufferPointer<Int32>
    let feature: UnsafeBufferPointer<Int32>
    let threshold: UnsafeBufferPointer<Double>
    let left: UnsafeBufferPointer<Int32>
    let right: UnsafeBufferPointer<Int32>
    let missingLeft: UnsafeBufferPointer<Bool>
    let value: UnsafeBufferPointer<Double>

    /// Tree `tree`'s output for `row`.
    @inline(__always)
    func output(tree: Int, row: UnsafeMutableBufferPointer<Double>) -> Double {
        value[Int(leaf(tree: tree, row: row))]
    }

    /// The forest node of the leaf tree `tree` sends `row` to.
    @inline(__always)
    func leaf(tree: Int, row: UnsafeMutableBufferPointer<Double>) -> Int32 {
        var n = Int(roots[tree])
        while true {
            let f = feature[n]
            if f < 0 { return Int32(truncatingIfNeeded: n) }
            let x = row[Int(f)]
            let goesLeft = x.isNaN ? missingLeft[n] : x <= threshold[n]
            n = Int(goesLeft ? left[n] : right[n])
        }
    }
}
