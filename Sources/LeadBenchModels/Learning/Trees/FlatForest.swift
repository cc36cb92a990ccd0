/// A model's trees laid out flat for scoring: every node of every tree in one array of small packed
/// records, so that walking a tree reads one record (a fraction of a cache line) per level instead of
/// a field from each of several arrays or a whole ``RegressionTree/Node``.
///
/// Node `n` of the forest splits on `feature` (−1 at a leaf) at `threshold` — non-missing values
/// `≤ threshold` go to `left`, missing ones to `left` when `missingLeft` — or, at a leaf, outputs
/// `value[n]`. Tree `t` starts at `roots[t]`. Each tree reaches the leaf ``RegressionTree/output(for:)``
/// reaches, so outputs are equal bit for bit.
struct FlatForest: Sendable {
    /// One node: 24 bytes.
    struct Node: Sendable {
        let threshold: Double
        let feature: Int32
        let left: Int32
        let right: Int32
        let missingLeft: Bool

        /// At a split, the child `row` goes to.
        @inline(__always)
        func child(for row: UnsafeBufferPointer<Double>) -> Int32 {
            let x = row[Int(feature)]
            return (x.isNaN ? missingLeft : x <= threshold) ? left : right
        }
    }

    let roots: [Int32]
    let nodes: [Node]
    let value: [Double]

    init(_ trees: [RegressionTree]) {
        var roots: [Int32] = [], nodes: [Node] = [], value: [Double] = []
        for tree in trees {
            let base = Int32(nodes.count)
            roots.append(base)
            for node in tree.nodes {
                nodes.append(Node(
                    threshold: node.split?.threshold ?? 0, feature: Int32(node.split?.feature ?? -1),
                    left: base + Int32(node.split?.left ?? 0), right: base + Int32(node.split?.right ?? 0),
                    missingLeft: node.split?.missingGoesLeft ?? false))
                value.append(node.value)
            }
        }
        self.roots = roots
        self.nodes = nodes
        self.value = value
    }

    var treeCount: Int { roots.count }

    /// The number of nodes of all trees.
    var nodeCount: Int { nodes.count }

    /// The sum of the trees' outputs for `row` in ``LaneSum`` order: bit for bit
    /// ``GradientBoostedTrees/rawScore(_:)`` less the initial score, each tree reaching the same leaf.
    func outputSum(_ row: UnsafeBufferPointer<Double>) -> Double {
        withBuffers { forest in
            LaneSum.total(trees: forest.roots.count) { forest.value[Int(forest.leaf(tree: $0, row: row))] }
        }
    }

    /// Calls `body` with the forest's arrays as buffers, for scoring many rows or trees in a row.
    func withBuffers<R>(_ body: (FlatForestBuffers) -> R) -> R {
        roots.withUnsafeBufferPointer { roots in
            nodes.withUnsafeBufferPointer { nodes in
                value.withUnsafeBufferPointer { value in
                    body(FlatForestBuffers(roots: roots, nodes: nodes, value: value))
                }
            }
        }
    }
}

/// A ``FlatForest``'s arrays, borrowed for the length of a ``FlatForest/withBuffers(_:)`` call.
struct FlatForestBuffers {
    let roots: UnsafeBufferPointer<Int32>
    let nodes: UnsafeBufferPointer<FlatForest.Node>
    let value: UnsafeBufferPointer<Double>

    /// The forest node of the leaf tree `tree` sends `row` to.
    @inline(__always)
    func leaf(tree: Int, row: UnsafeBufferPointer<Double>) -> Int32 { leaf(from: Int(roots[tree]), row: row) }

    /// The forest node of the leaf the walk from node `node` sends `row` to.
    @inline(__always)
    func leaf(from node: Int, row: UnsafeBufferPointer<Double>) -> Int32 {
        var n = node
        while nodes[n].feature >= 0 { n = child(of: n, row: row) }
        return Int32(truncatingIfNeeded: n)
    }

    /// The child of split node `n` that `row` goes to.
    @inline(__always)
    func child(of n: Int, row: UnsafeBufferPointer<Double>) -> Int { Int(nodes[n].child(for: row)) }
}
