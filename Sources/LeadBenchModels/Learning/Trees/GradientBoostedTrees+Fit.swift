extension GradientBoostedTrees {
    /// Trains boosted trees on the log loss, as LightGBM's `objective=binary` does.
    ///
    /// 1. With early stopping, ``BoostingParameters/validationFraction`` of the rows are held out
    ///    (seeded, stratified); the rest are the training rows.
    /// 2. Every feature is binned on the training rows (``FeatureBinner``).
    /// 3. Every score starts at initialScore = ln(p̄/(1−p̄)), p̄ = Σwᵢyᵢ / Σwᵢ.
    /// 4. Each round computes, per training row with score zᵢ and p = σ(zᵢ), the gradient gᵢ = wᵢ(p − yᵢ)
    ///    and hessian hᵢ = wᵢp(1−p); grows a tree leaf-wise on them (``TreeGrower``), every leaf
    ///    outputting −G/(H+λ) × learningRate; and adds the tree's output to the scores.
    /// 5. Boosting stops after ``BoostingParameters/trees`` rounds; when a tree cannot split at all; or,
    ///    with early stopping, when the validation log loss has not improved for
    ///    ``BoostingParameters/earlyStoppingRounds`` rounds — keeping only the trees up to the best round.
    ///
    /// The same data, parameters and seed give the same model, bit for bit.
    ///
    /// - Parameters:
    ///   - x: One row per lead; NaN marks a missing value.
    ///   - labels: Whether each lead converted.
    ///   - weights: Optional non-negative sample weights, one per row (default 1).
    /// - Throws: ``LearningError`` for bad parameters, no rows, mismatched lengths, infinite values, one
    ///   class only, or a hold-out too small to hold a row.
    public static func fit(
        _ x: FeatureMatrix, labels: [Bool], parameters: BoostingParameters, weights: [Double]? = nil
    ) throws(LearningError) -> GradientBoostedTrees {
        try parameters.validate()
        try BoostingInput.check(x, labels: labels, weights: weights)

        var trainingRows = Array(0..<x.rowCount)
        var validationRows: [Int] = []
        if parameters.earlyStoppingRounds != nil {
            (trainingRows, validationRows) = ValidationHoldout.split(
                labels: labels, fraction: parameters.validationFraction, seed: parameters.seed)
            guard !validationRows.isEmpty else {
                throw .invalidSetting(
                    "validationFraction \(parameters.validationFraction) of \(x.rowCount) rows holds out no row",
                    hint: "raise validationFraction or turn early stopping off")
            }
        }
        let trainingLabels = trainingRows.map { labels[$0] }
        let trainingWeights = weights.map { w in trainingRows.map { w[$0] } }
        let initialScore = try baseLogOdds(labels: trainingLabels, weights: trainingWeights)

        let binner = FeatureBinner(fitting: x, rows: trainingRows, maxBins: parameters.bins)
        var grower = TreeGrower(
            columns: binner.binnedColumns(x, rows: trainingRows), features: binner.features, parameters: parameters)
        var validation = ValidationScores(
            x: x, rows: validationRows, labels: labels, weights: weights, initialScore: initialScore)

        let n = trainingRows.count
        var scores = [Double](repeating: initialScore, count: n)
        var gradients = [Double](repeating: 0, count: n)
        var hessians = [Double](repeating: 0, count: n)
        var trees: [RegressionTree] = []
        var stopReason = BoostingReport.StopReason.allRoundsBuilt

        for _ in 0..<parameters.trees {
            LogLoss.gradients(scores: scores, labels: trainingLabels, weights: trainingWeights, into: &gradients, hessians: &hessians)
            let (tree, leafRows) = grower.grow(gradients: gradients, hessians: hessians)
            guard tree.nodes.count > 1 else {
                stopReason = .noSplitPossible
                break
            }
            trees.append(tree)
            for (rows, value) in leafRows {
                for row in rows { scores[Int(row)] += value }
            }
            if let patience = parameters.earlyStoppingRounds {
                validation.add(tree)
                if validation.roundsSinceBest >= patience {
                    stopReason = .earlyStopping
                    break
                }
            }
        }

        let kept = parameters.earlyStoppingRounds == nil ? trees.count : validation.bestIteration
        let report = BoostingReport(
            treesBuilt: trees.count, bestIteration: kept, validationLosses: validation.losses,
            trainingRows: n, validationRows: validationRows.count, stopReason: stopReason)
        return GradientBoostedTrees(
            featureNames: x.columnNames, parameters: parameters, initialScore: initialScore,
            trees: Array(trees.prefix(kept)), report: report)
    }

    /// ln(p̄/(1−p̄)) for the weighted positive rate p̄ = Σwᵢyᵢ / Σwᵢ. Throws when the rows left for
    /// training after the hold-out carry weight in one class only.
    private static func baseLogOdds(labels: [Bool], weights: [Double]?) throws(LearningError) -> Double {
        var positive = 0.0
        var total = 0.0
        var positives = 0
        var negatives = 0
        for i in labels.indices {
            let w = weights?[i] ?? 1
            guard w > 0 else { continue }
            total += w
            if labels[i] {
                positive += w
                positives += 1
            } else {
                negatives += 1
            }
        }
        guard positives > 0, negatives > 0 else { throw .singleClass(positives: positives, negatives: negatives) }
        return LogLoss.logit(positive / total)
    }
}

/// The held-out rows' raw scores as trees are added, with the log loss after each round and the best.
private struct ValidationScores {
    let x: FeatureMatrix
    let rows: [Int]
    let labels: [Bool]
    let weights: [Double]?
    var scores: [Double]
    private(set) var losses: [Double] = []
    private(set) var bestIteration = 0
    private var bestLoss = Double.infinity

    init(x: FeatureMatrix, rows: [Int], labels: [Bool], weights: [Double]?, initialScore: Double) {
        self.x = x
        self.rows = rows
        self.labels = rows.map { labels[$0] }
        self.weights = weights.map { w in rows.map { w[$0] } }
        scores = [Double](repeating: initialScore, count: rows.count)
    }

    /// Rounds since the best one.
    var roundsSinceBest: Int { losses.count - bestIteration }

    /// Adds `tree`'s output to every held-out score and records the log loss; a strictly lower loss is
    /// the new best.
    mutating func add(_ tree: RegressionTree) {
        let width = x.columnCount
        x.values.withUnsafeBufferPointer { values in
            for (k, row) in rows.enumerated() {
                scores[k] += tree.output(for: UnsafeBufferPointer(rebasing: values[row * width..<(row + 1) * width]))
            }
        }
        let loss = LogLoss.meanLogLoss(scores: scores, labels: labels, weights: weights)
        losses.append(loss)
        if loss < bestLoss {
            bestLoss = loss
            bestIteration = losses.count
        }
    }
}
