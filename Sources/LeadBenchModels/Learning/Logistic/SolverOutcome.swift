/// Where an optimiser of the logistic objective stopped, and why.
struct SolverOutcome: Sendable {
    /// θ = (b, w₁, …, w_d).
    let parameters: [Double]
    let objective: Double
    let gradient: [Double]
    let iterations: Int
    let stopReason: FitReport.StopReason

    /// Stopping because no acceptable step was found: a minimum if the gradient is already within
    /// tolerance there (the objective is flat to rounding), a failure otherwise.
    static func noProgress(
        at parameters: [Double], objective: Double, gradient: [Double], iterations: Int, rule: StoppingRule
    ) -> SolverOutcome {
        SolverOutcome(
            parameters: parameters, objective: objective, gradient: gradient, iterations: iterations,
            stopReason: rule.isStationary(gradient) ? .gradientTolerance : .lineSearchFailed)
    }
}
