/// When the logistic learner's optimisers stop, shared by Newton and L-BFGS.
///
/// After each step, with g the gradient at the new point and Δ the step taken:
/// - *small step*: max|Δ| ≤ √tolerance · max(1, max|θ|);
/// - converged (``FitReport/StopReason/gradientTolerance``) when max|g| ≤ tolerance·max(1, Σsᵢ) and the
///   step was small;
/// - converged (``FitReport/StopReason/objectiveStalled``) when |ΔJ| ≤ 1e-14·|J| and the step was small;
/// - ``FitReport/StopReason/diverging`` when either test on g or J has held for ``flatLimit`` steps in a
///   row while the steps stay large. That is the signature of a minimum at infinity (separable classes
///   with λ = 0): the gradient and the objective decay geometrically while the coefficients grow by a
///   roughly constant amount per step. At a finite minimum the steps shrink with the gradient instead.
struct StoppingRule: Sendable {
    /// tolerance·max(1, Σᵢ sᵢ): J is a sum over rows, so its gradient scales with the total weight.
    let gradientTolerance: Double
    /// √tolerance, relative to max(1, max|θ|).
    let stepTolerance: Double
    static let objectiveTolerance = 1e-14
    static let flatLimit = 20

    private var flatSteps = 0

    init(tolerance: Double, totalWeight: Double) {
        gradientTolerance = tolerance * max(1, totalWeight)
        stepTolerance = tolerance.squareRoot()
    }

    /// Whether `gradient` is small enough for the point to count as a minimum without further steps.
    func isStationary(_ gradient: [Double]) -> Bool { maxAbs(gradient) <= gradientTolerance }

    /// The reason to stop after a step from a point with objective `previous` to `parameters`, or `nil`
    /// to continue.
    mutating func assess(
        previous: Double, current: Double, gradient: [Double], step: Double, parameters: [Double]
    ) -> FitReport.StopReason? {
        let gradientSmall = isStationary(gradient)
        let stalled = abs(previous - current) <= Self.objectiveTolerance * max(abs(previous), abs(current))
        let stepSmall = step <= stepTolerance * max(1, maxAbs(parameters))
        if gradientSmall && stepSmall { return .gradientTolerance }
        if stalled && stepSmall { return .objectiveStalled }
        if gradientSmall || stalled {
            flatSteps += 1
            if flatSteps >= Self.flatLimit { return .diverging }
        } else {
            flatSteps = 0
        }
        return nil
    }
}
