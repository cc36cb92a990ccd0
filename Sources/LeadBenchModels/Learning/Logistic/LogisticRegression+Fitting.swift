extension LogisticRegression {
    /// Fits the model to `x` and `labels` by minimising
    /// J(w, b) = Σᵢ sᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + (λ/2)·‖w‖², zᵢ = b + w·xᵢ (intercept not penalised).
    ///
    /// The optimiser (``LogisticSolver``) starts from the intercept-only optimum and stops when the
    /// max-abs gradient is ≤ `tolerance`·max(1, Σᵢ sᵢ) or J's relative change is ≤ 10⁻¹⁴, with a small
    /// last step either way (``StoppingRule``). It never runs more than `maxIterations` iterations.
    /// Not converging is reported, not thrown: see ``FitReport/converged`` and ``FitReport/stopReason``.
    /// In particular with `l2 = 0` on classes the features separate perfectly, the likelihood has no
    /// maximum; the fit stops with ``FitReport/StopReason/diverging`` and large coefficients.
    ///
    /// - Parameters:
    ///   - x: One row per lead, one column per feature; every value finite.
    ///   - labels: Whether each row converted (yᵢ = 1), one per row.
    ///   - l2: λ ≥ 0, the ridge penalty; scikit-learn's `C` is 1/λ. Standardise numeric features so it
    ///     treats them alike.
    ///   - weights: Per-row sample weights sᵢ ≥ 0 multiplying each row's loss (for class weighting), or
    ///     `nil` for all 1. Rows of weight 0 are ignored.
    ///   - maxIterations: The most optimiser iterations (Newton steps or L-BFGS steps), ≥ 0.
    ///   - tolerance: The gradient tolerance per unit of total weight, > 0.
    ///   - solver: Newton's method, L-BFGS, or `.automatic`: Newton up to 500 features, L-BFGS above.
    /// - Throws: ``LearningError``: an empty training set, a single class, labels or weights whose count
    ///   is not the row count, a non-finite feature value, an invalid weight or parameter.
    public static func fit(
        _ x: FeatureMatrix, labels: [Bool], l2: Double, weights: [Double]? = nil,
        maxIterations: Int = 200, tolerance: Double = 1e-8, solver: LogisticSolver = .automatic
    ) throws(LearningError) -> LogisticRegression {
        try checkSettings(l2: l2, maxIterations: maxIterations, tolerance: tolerance)
        let data = try LogisticTrainingSet(x, labels: labels, weights: weights)
        let objective = LogisticObjective(data: data, l2: l2)
        let rule = StoppingRule(tolerance: tolerance, totalWeight: data.totalWeight)
        let start = objective.startingPoint()
        let used = solver.resolved(features: data.columns)
        let outcome = switch used {
        case .lbfgs: LBFGSSolver.minimize(objective, from: start, maxIterations: maxIterations, rule: rule)
        case .newton, .automatic: NewtonSolver.minimize(objective, from: start, maxIterations: maxIterations, rule: rule)
        }
        let report = FitReport(
            solver: used, iterations: outcome.iterations, stopReason: outcome.stopReason,
            finalGradientNorm: maxAbs(outcome.gradient), gradientTolerance: rule.gradientTolerance,
            objective: outcome.objective)
        return LogisticRegression(
            intercept: outcome.parameters[0], coefficients: Array(outcome.parameters.dropFirst()),
            featureNames: x.columnNames, l2: l2, fit: report)
    }

    private static func checkSettings(l2: Double, maxIterations: Int, tolerance: Double) throws(LearningError) {
        guard l2.isFinite, l2 >= 0 else {
            throw LearningError(
                .invalidParameter(name: "l2"), message: "the L2 penalty is \(l2)",
                hint: "use a finite l2 ≥ 0 (scikit-learn's C is 1/l2; 0 means no penalty)")
        }
        guard maxIterations >= 0 else {
            throw LearningError(
                .invalidParameter(name: "maxIterations"), message: "the iteration limit is \(maxIterations)",
                hint: "use a limit ≥ 0; the default, 200, is far more than a converging fit needs")
        }
        guard tolerance.isFinite, tolerance > 0 else {
            throw LearningError(
                .invalidParameter(name: "tolerance"), message: "the tolerance is \(tolerance)",
                hint: "use a small positive tolerance such as 1e-8")
        }
    }
}
