/// Limited-memory BFGS for the logistic objective: for wide problems (d > 500 features by default),
/// where forming and factoring the (d+1)² Hessian each iteration would dominate.
///
/// Each iteration takes the direction −Hₖ∇J from the last ``memory`` correction pairs
/// (``CorrectionHistory``) and a strong-Wolfe step along it (``WolfeLineSearch``). Cost per iteration:
/// O(n·d) per objective-and-gradient evaluation, usually one, plus O(m·d). Convergence is superlinear,
/// typically tens to a few hundred iterations; the stopping rule is the same as Newton's
/// (``StoppingRule``).
enum LBFGSSolver {
    static let memory = 10

    static func minimize(
        _ objective: LogisticObjective, from start: [Double], maxIterations: Int, rule: StoppingRule
    ) -> SolverOutcome {
        var rule = rule
        var theta = start
        var gradient: [Double] = []
        var value = objective.value(at: theta, gradient: &gradient)
        if rule.isStationary(gradient) {
            return SolverOutcome(parameters: theta, objective: value, gradient: gradient, iterations: 0, stopReason: .gradientTolerance)
        }
        var history = CorrectionHistory(capacity: memory)
        var iterations = 0
        while iterations < maxIterations {
            var direction = history.direction(for: gradient)
            var slope = dot(gradient, direction)
            if !(slope < 0) {
                history.clear()
                direction = gradient.map { -$0 }
                slope = -dot(gradient, gradient)
            }
            // Without curvature information, a first step of unit length (the search doubles it as needed).
            let initialStep = history.isEmpty ? min(1, 1 / (-slope).squareRoot()) : 1
            let search = WolfeLineSearch(
                objective: objective, from: theta, value: value, gradient: gradient, direction: direction, slope: slope)
            guard let found = search.search(initialStep: initialStep) else {
                if history.isEmpty {
                    return .noProgress(at: theta, objective: value, gradient: gradient, iterations: iterations, rule: rule)
                }
                history.clear()  // retry once along the steepest descent
                continue
            }
            iterations += 1
            let step = zip(found.parameters, theta).map { $0 - $1 }
            history.append(step: step, change: zip(found.gradient, gradient).map { $0 - $1 })
            let previous = value
            theta = found.parameters
            value = found.value
            gradient = found.gradient
            if let reason = rule.assess(
                previous: previous, current: value, gradient: gradient, step: maxAbs(step), parameters: theta)
            {
                return SolverOutcome(parameters: theta, objective: value, gradient: gradient, iterations: iterations, stopReason: reason)
            }
        }
        return SolverOutcome(parameters: theta, objective: value, gradient: gradient, iterations: iterations, stopReason: .iterationLimit)
    }
}
