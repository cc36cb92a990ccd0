/// A line search for the strong Wolfe conditions along a descent direction p from θ:
///
///     J(θ + αp) ≤ J(θ) + c₁·α·∇J(θ)·p           (sufficient decrease, c₁ = 10⁻⁴)
///     |∇J(θ + αp)·p| ≤ c₂·|∇J(θ)·p|             (curvature, c₂ = 0.9)
///
/// Bracketing by doubling α, then zooming with safeguarded quadratic interpolation (Nocedal & Wright,
/// *Numerical Optimization*, 2nd ed., algorithms 3.5 and 3.6). The curvature condition guarantees
/// sᵀy > 0, which keeps the L-BFGS inverse-Hessian approximation positive definite.
struct WolfeLineSearch: Sendable {
    static let sufficientDecrease = 1e-4
    static let curvature = 0.9
    static let maxEvaluations = 40

    /// One trial point: its step length, parameters, objective, gradient and slope ∇J·p.
    struct Point: Sendable {
        let alpha: Double
        let parameters: [Double]
        let value: Double
        let gradient: [Double]
        let slope: Double
    }

    let objective: LogisticObjective
    let origin: Point
    let direction: [Double]

    /// `slope` is ∇J(θ)·p, which must be negative.
    init(objective: LogisticObjective, from theta: [Double], value: Double, gradient: [Double], direction: [Double], slope: Double) {
        self.objective = objective
        self.origin = Point(alpha: 0, parameters: theta, value: value, gradient: gradient, slope: slope)
        self.direction = direction
    }

    /// A point meeting both conditions, or one meeting sufficient decrease if the evaluations run out
    /// first, or `nil` when no trial decreased J.
    func search(initialStep: Double) -> Point? {
        var previous = origin
        var alpha = initialStep
        for evaluation in 0..<Self.maxEvaluations {
            let trial = evaluate(alpha)
            if !trial.value.isFinite || !decreasesEnough(trial) || (evaluation > 0 && trial.value >= previous.value) {
                return zoom(low: previous, high: trial)
            }
            if abs(trial.slope) <= -Self.curvature * origin.slope { return trial }
            if trial.slope >= 0 { return zoom(low: trial, high: previous) }
            previous = trial
            alpha *= 2
        }
        return previous.alpha > 0 ? previous : nil
    }

    /// Narrows [low, high] (either order) around a point meeting the conditions; `low` is the best point
    /// so far that meets sufficient decrease.
    private func zoom(low: Point, high: Point) -> Point? {
        var low = low
        var high = high
        for _ in 0..<Self.maxEvaluations {
            let alpha = interpolate(low, high)
            guard alpha != low.alpha, alpha != high.alpha else { break }
            let trial = evaluate(alpha)
            if !trial.value.isFinite || !decreasesEnough(trial) || trial.value >= low.value {
                high = trial
            } else {
                if abs(trial.slope) <= -Self.curvature * origin.slope { return trial }
                if trial.slope * (high.alpha - low.alpha) >= 0 { high = low }
                low = trial
            }
        }
        return low.alpha > 0 ? low : nil
    }

    /// The minimiser of the quadratic through J(low), its slope and J(high), kept within the middle 80%
    /// of the interval; the midpoint when that quadratic is unusable.
    private func interpolate(_ low: Point, _ high: Point) -> Double {
        let width = high.alpha - low.alpha
        let midpoint = low.alpha + 0.5 * width
        guard high.value.isFinite else { return midpoint }
        let curvature = high.value - low.value - low.slope * width
        guard curvature > 0 else { return midpoint }
        let alpha = low.alpha - low.slope * width * width / (2 * curvature)
        let lower = low.alpha + 0.1 * width
        let upper = high.alpha - 0.1 * width
        guard alpha.isFinite else { return midpoint }
        return min(max(alpha, min(lower, upper)), max(lower, upper))
    }

    private func decreasesEnough(_ trial: Point) -> Bool {
        trial.value <= origin.value + Self.sufficientDecrease * trial.alpha * origin.slope
    }

    private func evaluate(_ alpha: Double) -> Point {
        let theta = moved(origin.parameters, by: alpha, along: direction)
        var gradient: [Double] = []
        let value = objective.value(at: theta, gradient: &gradient)
        return Point(alpha: alpha, parameters: theta, value: value, gradient: gradient, slope: dot(gradient, direction))
    }
}
