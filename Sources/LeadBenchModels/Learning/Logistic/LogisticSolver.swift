/// The optimiser that minimises the logistic objective.
public enum LogisticSolver: String, Sendable, Equatable, Codable, CaseIterable {
    /// Newton's method for up to ``LogisticSolver/newtonFeatureLimit`` features, L-BFGS above.
    case automatic
    /// Newton's method (iteratively reweighted least squares): a Cholesky solve of the (d+1)×(d+1)
    /// Hessian per iteration, with step halving on the objective. Quadratic convergence; O(n·d²) per
    /// iteration.
    case newton
    /// Limited-memory BFGS (10 correction pairs) with a strong-Wolfe line search. O(n·d) per iteration;
    /// for wide problems where forming the Hessian is too costly.
    case lbfgs

    /// The widest problem ``automatic`` hands to Newton's method.
    public static let newtonFeatureLimit = 500

    /// The solver that runs for `features` columns: `self`, or the choice ``automatic`` makes.
    public func resolved(features: Int) -> LogisticSolver {
        guard self == .automatic else { return self }
        return features > Self.newtonFeatureLimit ? .lbfgs : .newton
    }
}
