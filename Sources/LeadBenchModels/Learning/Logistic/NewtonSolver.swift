/// Newton's method (iteratively reweighted least squares) for the logistic objective.
///
/// Each iteration solves ∇²J(θ)·Δ = ∇J(θ) by Cholesky (with a small ridge if the Hessian is singular,
/// see ``Cholesky/solveRegularised(_:size:rhs:)``), then halves the step α from 1 until the Armijo
/// condition J(θ − αΔ) ≤ J(θ) − 10⁻⁴·α·∇J·Δ holds (at most ``maxHalvings`` times). J is convex, so near
/// the optimum full steps are taken and convergence is quadratic: a handful of iterations from the
/// intercept-only start. Cost per iteration: one O(n·d²) pass for the Hessian, O(d³/3) for the solve and
/// O(n·d) per trial step.
enum NewtonSolver {
    static let armijo = 1e-4
    static let maxHalvings = 60

    static func minimize(
        _ objective: LogisticObjective, from start: [Double], maxIterations: Int, rule: StoppingRule
    ) -> SolverOutcome {
        var rule = rule
        let size = objective.dimension
        var theta = start
        var gradient: [Double] = []
        var hessian: [Double] = []
        var value = objective.value(at: theta, gradient: &gradient, hessian: &hessian)
        if rule.isStationary(gradient) {
            return SolverOutcome(parameters: theta, objective: value, gradient: gradient, iterations: 0, stopReason: .gradientTolerance)
        }
        var iterations = 0
        while iterations < maxIterations {
            var step = Cholesky.solveRegularised(hessian, size: size, rhs: gradient) ?? gradient
            var slope = -dot(gradient, step)  // directional derivative along −step
            if !(slope < 0) {
                step = gradient
                slope = -dot(gradient, gradient)
            }
            var alpha = 1.0
            var candidate = moved(theta, by: -alpha, along: step)
            var candidateValue = objective.value(at: candidate)
            var halvings = 0
            while !(candidateValue.isFinite && candidateValue <= value + armijo * alpha * slope) {
                halvings += 1
                guard halvings <= maxHalvings else {
                    return .noProgress(at: theta, objective: value, gradient: gradient, iterations: iterations, rule: rule)
                }
                alpha *= 0.5
                candidate = moved(theta, by: -alpha, along: step)
                candidateValue = objective.value(at: candidate)
            }
            iterations += 1
            let previous = value
            theta = candidate
            value = objective.value(at: theta, gradient: &gradient, hessian: &hessian)
            if let reason = rule.assess(
                previous: previous, current: value, gradient: gradient, step: alpha * maxAbs(step), parameters: theta)
            {
                return SolverOutcome(parameters: theta, objective: value, gradient: gradient, iterations: iterations, stopReason: reason)
            }
        }
        return SolverOutcome(parameters: theta, objective: value, gradient: gradient, iterations: iterations, stopReason: .iterationLimit)
    }
}
