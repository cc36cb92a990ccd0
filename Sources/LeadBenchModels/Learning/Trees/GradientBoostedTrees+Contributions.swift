extension GradientBoostedTrees {
    /// The raw score before any split is known: ``initialScore`` plus every tree's root value (the
    /// Newton step −G/(H+λ) × learning rate over all training rows, which is not a feature's doing).
    ///
    /// `bias + contributions(row).reduce(0, +) == rawScore(row)` up to rounding. The first tree's root
    /// value is 0 (boosting starts from the base rate, where G = 0), and later roots are small, so
    /// `bias ≈ initialScore`.
    public var bias: Double {
        trees.reduce(initialScore) { $0 + $1.nodes[0].value }
    }

    /// Each feature's contribution to `row`'s raw score (Saabas, "tree interpreter"): along the row's
    /// path through every tree, the change in node value at each split, value(child) − value(node),
    /// credited to the split's feature. One entry per feature; they sum with ``bias`` to
    /// ``rawScore(_:)`` — why this lead is hot or cold.
    public func contributions(_ row: some Collection<Double>) -> [Double] {
        precondition(row.count == featureNames.count, "A row has \(featureNames.count) values, not \(row.count).")
        var contributions = [Double](repeating: 0, count: featureNames.count)
        withRowBuffer(row) { buffer in
            for tree in trees { tree.accumulateContributions(for: buffer, into: &contributions) }
        }
        return contributions
    }
}
