import LeadBenchMetrics
import Testing

/// Brier, log loss and calibration curves against scikit-learn on the golden fixtures whose scores are
/// probabilities.
@Suite("Probability metrics match scikit-learn")
struct GoldenProbabilityTests {
    static var probabilityFixtures: [String] {
        ((try? GoldenFixtures.golden().fixtures) ?? []).filter(\.isProbability).map(\.name)
    }

    @Test("there are probability fixtures, and the 10,000-row one is not among them")
    func fixturesPresent() {
        #expect(Self.probabilityFixtures.count >= 3)
        #expect(!Self.probabilityFixtures.contains("logits_10000"))
    }

    @Test("Brier loss and log loss (float64 eps clipping)", arguments: probabilityFixtures)
    func losses(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (probabilities, labels) = try GoldenFixtures.data(golden)
        let brier = try brierLoss(probabilities: probabilities, labels: labels)
        let log = try logLoss(probabilities: probabilities, labels: labels)
        expectClose(brier, golden.brier, "\(name) Brier")
        expectClose(log, golden.logLoss, "\(name) log loss")
        report(name, "losses", [deviation(brier, golden.brier ?? .nan), deviation(log, golden.logLoss ?? .nan)])
    }

    @Test("calibration curves (uniform, 10, 5 and 7 bins)", arguments: probabilityFixtures)
    func calibration(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (probabilities, labels) = try GoldenFixtures.data(golden)
        let cases = golden.calibrationCurves ?? []
        #expect(cases.count == 3)
        var deviations: [Double] = []
        for expected in cases {
            let curve = try calibrationCurve(probabilities: probabilities, labels: labels, bins: expected.bins)
            expectClose(curve.probTrue, expected.probTrue, "\(name) \(expected.bins) bins probTrue")
            expectClose(curve.probPred, expected.probPred, "\(name) \(expected.bins) bins probPred")
            deviations += [maxDeviation(curve.probTrue, expected.probTrue), maxDeviation(curve.probPred, expected.probPred)]

            let table = try CalibrationTable(probabilities: probabilities, labels: labels, bins: expected.bins)
            #expect(table.bins.count == expected.bins)
            #expect(table.count == probabilities.count)
            #expect(table.bins.filter { $0.count > 0 }.count == expected.probTrue.count)
        }
        report(name, "calibration", deviations)
    }
}
