/// One boosted tree: binary splits on raw feature values, with a value at every node.
///
/// `nodes[0]` is the root. A row at a split node goes to `left` when its value is missing (NaN) and
/// `missingGoesLeft`, or when it is not missing and `value ≤ threshold`; otherwise to `right`. The tree's
/// output for a row is the `value` of the leaf it reaches.
public struct RegressionTree: Sendable, Codable, Equatable {
    /// The test at an inner node.
    public struct Split: Sendable, Codable, Equatable {
        /// The feature's column index.
        public let feature: Int
        /// Non-missing values `≤ threshold` go left.
        public let threshold: Double
        /// Where missing values go.
        public let missingGoesLeft: Bool
        /// Child node indices into ``RegressionTree/nodes``.
        public let left: Int
        public let right: Int
        /// The split's gain, G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ), for feature importance.
        public let gain: Double

        public init(feature: Int, threshold: Double, missingGoesLeft: Bool, left: Int, right: Int, gain: Double) {
            self.feature = feature
            self.threshold = threshold
            self.missingGoesLeft = missingGoesLeft
            self.left = left
            self.right = right
            self.gain = gain
        }

        /// Whether `value` goes to the left child.
        @inline(__always)
        public func goesLeft(_ value: Double) -> Bool {
            value.isNaN ? missingGoesLeft : value <= threshold
        }
    }

    /// A node: a split with two children, or a leaf (`split == nil`).
    public struct Node: Sendable, Codable, Equatable {
        /// The test, or `nil` at a leaf.
        public let split: Split?
        /// −G/(H+λ) × learning rate over the training rows that reach the node: a leaf's output, and at an
        /// inner node the output it would have had as a leaf (its expected value, used by contributions).
        public let value: Double
        /// The training rows that reach the node.
        public let count: Int
        /// H, the sum of their hessians (the node's "cover").
        public let hessian: Double

        public init(split: Split?, value: Double, count: Int, hessian: Double) {
            self.split = split
            self.value = value
            self.count = count
            self.hessian = hessian
        }
    }

    public let nodes: [Node]

    public init(nodes: [Node]) {
        precondition(!nodes.isEmpty, "A tree has at least a root.")
        self.nodes = nodes
    }

    /// The number of leaves.
    public var leafCount: Int { nodes.reduce(0) { $0 + ($1.split == nil ? 1 : 0) } }

    /// The index of the leaf `row` reaches; `row[f]` is feature `f`.
    @inline(__always)
    func leaf(for row: UnsafeBufferPointer<Double>) -> Int {
        var index = 0
        while let split = nodes[index].split {
            index = split.goesLeft(row[split.feature]) ? split.left : split.right
        }
        return index
    }

    /// The tree's output for `row`.
    @inline(__always)
    func output(for row: UnsafeBufferPointer<Double>) -> Double {
        nodes[leaf(for: row)].value
    }

    /// Adds to `contributions[f]` the change in node value at every split on feature `f` along `row`'s
    /// path (Saabas): the leaf's value is the root's value plus these changes.
    func accumulateContributions(for row: UnsafeBufferPointer<Double>, into contributions: inout [Double]) {
        var index = 0
        while let split = nodes[index].split {
            let child = split.goesLeft(row[split.feature]) ? split.left : split.right
            contributions[split.feature] += nodes[child].value - nodes[index].value
            index = child
        }
    }
}
