/// A fitted L2-regularised logistic regression: P(convert | x) = sigmoid(b + w·x).
///
/// ``fit(_:labels:l2:weights:maxIterations:tolerance:solver:)`` finds the intercept b and coefficients w
/// minimising
///
///     J(w, b) = Σᵢ sᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + (λ/2)·‖w‖²,   zᵢ = b + w·xᵢ,
///
/// the sample-weighted negative log-likelihood plus a ridge penalty on the coefficients only (the
/// intercept is not penalised). yᵢ ∈ {0, 1}, sᵢ ≥ 0 (1 by default), λ = `l2` ≥ 0. This is
/// scikit-learn's `LogisticRegression(C=1/λ, l1_ratio=0, fit_intercept=True)` objective divided by C,
/// so both have the same minimiser; the golden tests hold the two to agreement within 10⁻⁵.
///
///     let model = try LogisticRegression.fit(features, labels: converted, l2: 1.0)
///     model.probability(features.row(0))      // P(convert) for the first lead
///     model.contributions(features.row(0))    // wⱼxⱼ: which features make it hot
///
/// A value type: Sendable, and Codable so a fitted model can be saved with a report.
public struct LogisticRegression: Sendable, Equatable, Codable {
    /// b: the log-odds of a lead whose features are all 0.
    public let intercept: Double
    /// w: one per feature, in the feature matrix's column order.
    public let coefficients: [Double]
    /// The feature matrix's column names, one per coefficient.
    public let featureNames: [String]
    /// λ, the strength of the ridge penalty the model was fitted with.
    public let l2: Double
    /// How the optimisation went. Check ``FitReport/converged`` before trusting the coefficients.
    public let fit: FitReport

    public init(intercept: Double, coefficients: [Double], featureNames: [String], l2: Double, fit: FitReport) {
        precondition(featureNames.count == coefficients.count, "One feature name per coefficient.")
        self.intercept = intercept
        self.coefficients = coefficients
        self.featureNames = featureNames
        self.l2 = l2
        self.fit = fit
    }
}
