import LeadBenchModels
import Testing

/// How fits end: divergence on separable data is reported, never a hang or a trap; singular and wide
/// problems still converge.
@Suite struct LogisticConvergenceTests {
    /// Negatives at x < 0, positives at x > 0: without a penalty the likelihood has no maximum.
    static let separable = singleFeature([-3, -2, -1, -0.5, 0.5, 1, 2, 3])
    static let separableLabels = [false, false, false, false, true, true, true, true]

    @Test(arguments: [LogisticSolver.newton, .lbfgs])
    func separableUnpenalisedDataIsReportedAsDiverging(solver: LogisticSolver) throws {
        let model = try LogisticRegression.fit(Self.separable, labels: Self.separableLabels, l2: 0, solver: solver)
        #expect(!model.fit.converged)
        #expect(model.fit.stopReason == .diverging)
        #expect(model.fit.iterations < 200)
        #expect(model.coefficients[0] > 5)
        #expect(model.intercept.isFinite && model.coefficients[0].isFinite)
    }

    /// Quasi-complete separation: the rows at x = 0 overlap, the rest are separated.
    @Test func quasiSeparableUnpenalisedDataIsReportedAsDiverging() throws {
        let x = singleFeature([-2, -1, 0, 0, 1, 2])
        let model = try LogisticRegression.fit(x, labels: [false, false, false, true, true, true], l2: 0)
        #expect(!model.fit.converged)
        #expect(model.fit.stopReason == .diverging)
    }

    @Test func iterationLimitIsHonoured() throws {
        let model = try LogisticRegression.fit(Self.separable, labels: Self.separableLabels, l2: 0, maxIterations: 3)
        #expect(model.fit.iterations == 3)
        #expect(model.fit.stopReason == .iterationLimit && !model.fit.converged)
        let none = try LogisticRegression.fit(Self.separable, labels: Self.separableLabels, l2: 1, maxIterations: 0)
        #expect(none.fit.iterations == 0 && !none.fit.converged)
        #expect(none.coefficients == [0])
    }

    @Test(arguments: [LogisticSolver.newton, .lbfgs])
    func separableDataConvergesOnceThePenaltyBoundsIt(solver: LogisticSolver) throws {
        let model = try LogisticRegression.fit(Self.separable, labels: Self.separableLabels, l2: 0.01, solver: solver)
        #expect(model.fit.converged)
        #expect(maxAbs(objectiveGradient(model, Self.separable, labels: Self.separableLabels)) <= model.fit.gradientTolerance)
    }

    /// A constant-zero column and a duplicated column make the unpenalised Hessian singular; the ridge
    /// fallback still finds a minimum, with no weight on the zero column.
    @Test func singularHessianStillConverges() throws {
        let problem = syntheticProblem(rows: 200, columns: 2, seed: 3)
        var x = FeatureMatrix(columnNames: ["a", "b", "zero", "a_copy"])
        for i in 0..<problem.x.rowCount { x.appendRow([problem.x[i, 0], problem.x[i, 1], 0, problem.x[i, 0]]) }
        let model = try LogisticRegression.fit(x, labels: problem.labels, l2: 0)
        let reference = try LogisticRegression.fit(problem.x, labels: problem.labels, l2: 0)
        #expect(model.fit.converged)
        #expect(model.coefficients[2] == 0)
        #expect(abs(model.coefficients[0] + model.coefficients[3] - reference.coefficients[0]) < 1e-6)
        #expect(abs(model.intercept - reference.intercept) < 1e-6)
    }

    /// Over 500 features `.automatic` picks L-BFGS; its answer satisfies the first-order condition.
    @Test func wideProblemsUseLBFGS() throws {
        let problem = syntheticProblem(rows: 80, columns: 520, seed: 13)
        let model = try LogisticRegression.fit(problem.x, labels: problem.labels, l2: 1)
        #expect(model.fit.solver == .lbfgs)
        #expect(model.fit.converged)
        #expect(maxAbs(objectiveGradient(model, problem.x, labels: problem.labels)) <= model.fit.gradientTolerance)
        #expect(LogisticSolver.automatic.resolved(features: 500) == .newton)
    }

    /// With a tight tolerance L-BFGS ends where J's own rounding (relative 10⁻¹⁴) hides further progress,
    /// about 10⁻⁸ from Newton's optimum.
    @Test func newtonAndLBFGSAgree() throws {
        let problem = syntheticProblem(rows: 400, columns: 8, seed: 17)
        let newton = try LogisticRegression.fit(problem.x, labels: problem.labels, l2: 0.1, solver: .newton)
        let lbfgs = try LogisticRegression.fit(problem.x, labels: problem.labels, l2: 0.1, tolerance: 1e-12, solver: .lbfgs)
        #expect(newton.fit.converged && lbfgs.fit.converged)
        #expect(newton.fit.iterations <= 10)
        #expect(abs(newton.intercept - lbfgs.intercept) < 1e-6)
        #expect(maxAbsDifference(newton.coefficients, lbfgs.coefficients) < 1e-6)
    }
}
