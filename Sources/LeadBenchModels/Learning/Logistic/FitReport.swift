/// How a fit went: which solver ran, how long, whether it converged, and how close to the optimum the
/// returned parameters are.
public struct FitReport: Sendable, Equatable, Codable {
    /// Why the optimiser stopped.
    public enum StopReason: String, Sendable, Equatable, Codable {
        /// The max-abs gradient fell to ``FitReport/gradientTolerance`` and the last step was small.
        case gradientTolerance
        /// The objective stopped decreasing (relative change ≤ 1e-14, the limit of double precision)
        /// and the last step was small.
        case objectiveStalled
        /// ``FitReport/iterations`` reached the limit first.
        case iterationLimit
        /// The gradient or the objective has stopped changing but the parameters keep moving by large
        /// steps: the minimum lies at infinity. With `l2 = 0` this means the classes are (quasi-)
        /// separable by the features; the coefficients returned are large and not a meaningful optimum.
        case diverging
        /// No step along the search direction decreased the objective before the tolerance was met.
        case lineSearchFailed

        /// Whether the optimiser stopped at a minimum.
        public var isConvergence: Bool { self == .gradientTolerance || self == .objectiveStalled }
    }

    /// The optimiser that ran (never ``LogisticSolver/automatic``).
    public let solver: LogisticSolver
    /// Iterations taken (Newton or L-BFGS steps).
    public let iterations: Int
    /// Whether the returned parameters are a minimum of the objective, to the tolerance.
    public let converged: Bool
    public let stopReason: StopReason
    /// The largest absolute component of ∇J at the returned parameters (intercept included).
    public let finalGradientNorm: Double
    /// The threshold the gradient was held to: `tolerance · max(1, Σᵢ sᵢ)`.
    public let gradientTolerance: Double
    /// J(w, b) at the returned parameters.
    public let objective: Double

    public init(
        solver: LogisticSolver, iterations: Int, stopReason: StopReason, finalGradientNorm: Double,
        gradientTolerance: Double, objective: Double
    ) {
        self.solver = solver
        self.iterations = iterations
        self.converged = stopReason.isConvergence
        self.stopReason = stopReason
        self.finalGradientNorm = finalGradientNorm
        self.gradientTolerance = gradientTolerance
        self.objective = objective
    }
}
