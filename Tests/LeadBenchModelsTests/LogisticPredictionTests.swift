import Foundation
import LeadBenchModels
import Testing

/// Scoring with a fitted model: log-odds, probabilities, per-feature contributions, and saving.
@Suite struct LogisticPredictionTests {
    static func fitted() throws -> (model: LogisticRegression, x: FeatureMatrix) {
        let train = try LogisticGoldenFixture.shared.get().train
        return (try LogisticRegression.fit(train.features, labels: train.labels, l2: 1), train.features)
    }

    @Test func contributionsPlusInterceptAreTheLogOdds() throws {
        let (model, x) = try Self.fitted()
        for i in stride(from: 0, to: x.rowCount, by: 37) {
            let row = x.row(i)
            let contributions = model.contributions(row)
            #expect(contributions.count == x.columnCount)
            #expect(abs(model.intercept + contributions.reduce(0, +) - model.logOdds(row)) < 1e-12)
            for j in 0..<x.columnCount { #expect(contributions[j] == model.coefficients[j] * x[i, j]) }
        }
    }

    @Test func probabilityIsTheSigmoidOfTheLogOdds() throws {
        let (model, x) = try Self.fitted()
        let all = model.probabilities(x)
        #expect(all.count == x.rowCount)
        for i in stride(from: 0, to: x.rowCount, by: 53) {
            let z = model.logOdds(x.row(i))
            #expect(abs(model.probability(x.row(i)) - 1 / (1 + exp(-z))) < 1e-15)
            #expect(all[i] == model.probability(Array(x.row(i))))
        }
        #expect(model.featureNames == x.columnNames)
    }

    /// Extreme log-odds give probabilities of exactly 0 or 1, never NaN, and tiny ones keep precision.
    @Test func extremeLogOddsStayFinite() throws {
        let model = try LogisticRegression.fit(singleFeature([-1, 0, 0, 1]), labels: [false, true, false, true], l2: 1)
        let w = model.coefficients[0]
        #expect(model.probability([1e6 / w]) == 1)
        #expect(model.probability([-1e6 / w]) == 0)
        let tiny = model.probability([(-700 - model.intercept) / w])
        #expect(tiny > 0 && abs(tiny / exp(-700) - 1) < 1e-6)
    }

    /// Fitting on features of scale 10⁶ stays finite and matches the fit on the rescaled features, with
    /// coefficients scaled back (w' = 10⁻⁶·w, so λ' = 10¹²·λ keeps the penalty λ'‖w'‖² the same).
    @Test func largeFeatureScalesFitTheSameProblem() throws {
        let problem = syntheticProblem(rows: 200, columns: 3, seed: 5)
        let scaled = FeatureMatrix(columnNames: problem.x.columnNames, values: problem.x.values.map { $0 * 1e6 })
        let base = try LogisticRegression.fit(problem.x, labels: problem.labels, l2: 1)
        let large = try LogisticRegression.fit(scaled, labels: problem.labels, l2: 1e12)
        #expect(large.fit.converged)
        #expect(abs(large.intercept - base.intercept) < 1e-8)
        #expect(abs(large.fit.objective - base.fit.objective) < 1e-9)
        #expect(maxAbsDifference(large.coefficients.map { $0 * 1e6 }, base.coefficients) < 1e-8)
    }

    @Test func codableRoundTripKeepsTheModel() throws {
        let (model, _) = try Self.fitted()
        let data = try JSONEncoder().encode(model)
        let decoded = try JSONDecoder().decode(LogisticRegression.self, from: data)
        #expect(decoded == model)
        #expect(decoded.fit.converged && decoded.fit.stopReason == .gradientTolerance)
    }
}
