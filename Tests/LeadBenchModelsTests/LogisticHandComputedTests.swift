import Foundation
import LeadBenchModels
import Testing

/// Small problems whose optimum is known in closed form or checked by the first-order condition ∇J = 0.
@Suite struct LogisticHandComputedTests {
    /// Two groups, x = 0 and x = 1, with weighted positive rates 1/4 and 3/4. Unpenalised, the fit
    /// reproduces them exactly: sigmoid(b) = 1/4 and sigmoid(b + w) = 3/4, so b = −ln 3 and w = 2 ln 3.
    @Test func weightedGroupsHaveTheClosedFormOptimum() throws {
        let x = singleFeature([0, 0, 1, 1])
        let labels = [true, false, true, false]
        let weights: [Double] = [1, 3, 3, 1]
        let model = try LogisticRegression.fit(x, labels: labels, l2: 0, weights: weights)
        #expect(model.fit.converged)
        #expect(abs(model.intercept - -log(3.0)) < 1e-9)
        #expect(abs(model.coefficients[0] - 2 * log(3.0)) < 1e-9)
        #expect(abs(model.probability([0.0]) - 0.25) < 1e-10)
        #expect(abs(model.probability([1.0]) - 0.75) < 1e-10)
        #expect(maxAbs(objectiveGradient(model, x, labels: labels, weights: weights)) < 1e-8)
    }

    /// Four overlapping rows, penalised and not: the analytic gradient vanishes at the returned solution,
    /// and J there is no larger than at nearby points.
    @Test(arguments: [0.0, 0.1, 1.0, 10.0])
    func gradientVanishesAtTheSolution(l2: Double) throws {
        let x = singleFeature([-2, -1, 1, 2])
        let labels = [false, true, false, true]
        let model = try LogisticRegression.fit(x, labels: labels, l2: l2)
        #expect(model.fit.converged)
        #expect(maxAbs(objectiveGradient(model, x, labels: labels)) < 1e-8)
        let best = objective(x, labels, l2, model.intercept, model.coefficients[0])
        #expect(abs(best - model.fit.objective) < 1e-12)
        for (db, dw) in [(1e-3, 0.0), (-1e-3, 0.0), (0.0, 1e-3), (0.0, -1e-3)] {
            #expect(objective(x, labels, l2, model.intercept + db, model.coefficients[0] + dw) > best)
        }
    }

    /// J(θ; 1 − y) = J(−θ; y), so flipping every label negates the intercept and every coefficient.
    @Test(arguments: [0.0, 1.0, 30.0])
    func flippingLabelsNegatesTheParameters(l2: Double) throws {
        let problem = syntheticProblem(rows: 300, columns: 4, seed: 7)
        let model = try LogisticRegression.fit(problem.x, labels: problem.labels, l2: l2)
        let flipped = try LogisticRegression.fit(problem.x, labels: problem.labels.map { !$0 }, l2: l2)
        #expect(model.fit.converged && flipped.fit.converged)
        #expect(abs(model.intercept + flipped.intercept) < 1e-9)
        #expect(maxAbsDifference(model.coefficients, flipped.coefficients.map { -$0 }) < 1e-9)
        #expect(abs(model.fit.objective - flipped.fit.objective) < 1e-9)
    }

    /// A row of weight 2 is the same as the row twice; a row of weight 0 is the same as no row.
    @Test func weightsActAsRowCounts() throws {
        let problem = syntheticProblem(rows: 60, columns: 3, seed: 11)
        var weights = [Double](repeating: 1, count: 60)
        weights[0] = 2
        weights[1] = 0
        var expanded = [0] + Array(2..<60)
        expanded.append(0)
        let weighted = try LogisticRegression.fit(problem.x, labels: problem.labels, l2: 0.5, weights: weights)
        let duplicated = try LogisticRegression.fit(
            problem.x.rows(expanded), labels: expanded.map { problem.labels[$0] }, l2: 0.5)
        #expect(abs(weighted.intercept - duplicated.intercept) < 1e-9)
        #expect(maxAbsDifference(weighted.coefficients, duplicated.coefficients) < 1e-9)
    }

    /// As λ grows the coefficients shrink toward 0, monotonically in norm, and the intercept tends to
    /// the logit of the base rate (the intercept-only optimum).
    @Test func strongPenaltyShrinksTowardTheBaseRate() throws {
        let train = try LogisticGoldenFixture.shared.get().train
        var previousNorm = Double.infinity
        for l2 in [0.01, 1, 100, 1e4, 1e6] {
            let model = try LogisticRegression.fit(train.features, labels: train.labels, l2: l2)
            let norm = model.coefficients.map { $0 * $0 }.reduce(0, +).squareRoot()
            #expect(norm < previousNorm)
            previousNorm = norm
        }
        let heavy = try LogisticRegression.fit(train.features, labels: train.labels, l2: 1e9)
        let rate = Double(train.labels.filter { $0 }.count) / Double(train.labels.count)
        #expect(heavy.fit.converged)
        #expect(maxAbs(heavy.coefficients) < 1e-6)
        #expect(abs(heavy.intercept - log(rate / (1 - rate))) < 1e-4)
    }

    private func objective(_ x: FeatureMatrix, _ labels: [Bool], _ l2: Double, _ b: Double, _ w: Double) -> Double {
        var total = 0.5 * l2 * w * w
        for i in 0..<x.rowCount {
            let z = b + w * x[i, 0]
            total += log1p(exp(z)) - (labels[i] ? z : 0)
        }
        return total
    }
}
