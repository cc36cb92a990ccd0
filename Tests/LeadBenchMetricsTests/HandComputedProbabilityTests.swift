import Foundation
import LeadBenchMetrics
import Testing

/// Brier, log loss and calibration on small inputs worked by hand.
@Suite("Probability metrics, worked by hand")
struct HandComputedProbabilityTests {
    let probabilities = [0.1, 0.4, 0.35, 0.8]
    let labels = [false, false, true, true]

    @Test("Brier is the mean squared error")
    func brier() throws {
        // (0.1 − 0)² + (0.4 − 0)² + (0.35 − 1)² + (0.8 − 1)² = 0.01 + 0.16 + 0.4225 + 0.04 = 0.6325; / 4
        expectClose(try brierLoss(probabilities: probabilities, labels: labels), 0.158125, tolerance: 1e-15)
        #expect(try brierLoss(probabilities: [1, 0], labels: [true, false]) == 0)
        #expect(try brierLoss(probabilities: [0, 1], labels: [true, false]) == 1)
        // one class alone is fine: (0.2² + 0.4²) / 2
        expectClose(try brierLoss(probabilities: [0.2, 0.4], labels: [false, false]), 0.1, tolerance: 1e-15)
    }

    @Test("log loss is the mean negative log-likelihood")
    func logLossToy() throws {
        // −(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8) / 4 = (0.10536 + 0.51083 + 1.04982 + 0.22314) / 4
        let expected = -(log(0.9) + log(0.6) + log(0.35) + log(0.8)) / 4
        expectClose(try logLoss(probabilities: probabilities, labels: labels), expected, tolerance: 1e-15)
        expectClose(expected, 0.47228795380917615, tolerance: 1e-15)
    }

    @Test("log loss clips to [ε, 1 − ε] with ε = 2⁻⁵²")
    func logLossClipping() throws {
        // a certain mistake costs −ln ε = 52·ln 2 = 36.0436…, not infinity
        let mistake = -log(Double.ulpOfOne)
        expectClose(mistake, 36.04365338911715, tolerance: 1e-12)
        expectClose(try logLoss(probabilities: [0], labels: [true]), mistake, tolerance: 1e-12)
        expectClose(try logLoss(probabilities: [1], labels: [false]), mistake, tolerance: 1e-12)
        // a certain hit costs −ln(1 − ε) ≈ 2.2e-16, not 0
        let hit = try logLoss(probabilities: [1, 0], labels: [true, false])
        #expect(hit > 0 && hit < 1e-15)
        // scikit-learn: log_loss([1, 0, 1, 1], [0, 1, 0.5, 1]) = 18.195113489698564
        expectClose(try logLoss(probabilities: [0, 1, 0.5, 1], labels: [true, false, true, true]),
                    18.195113489698564, tolerance: 1e-12)
    }

    @Test("calibration curve of the toy example in two bins")
    func calibrationToy() throws {
        // [0, 0.5]: 0.1, 0.4, 0.35 — one converted, mean 0.85 / 3; (0.5, 1]: 0.8, converted
        let curve = try calibrationCurve(probabilities: probabilities, labels: labels, bins: 2)
        expectClose(curve.probTrue, [1.0 / 3.0, 1], tolerance: 1e-15)
        expectClose(curve.probPred, [0.85 / 3.0, 0.8], tolerance: 1e-15)
    }

    @Test("bins are closed on the right, with NumPy's linspace edges")
    func calibrationEdges() throws {
        // edges i·0.1: e3 = 0.30000000000000004, e6 = 0.6000000000000001, e7 = 0.7000000000000001
        let values = [0, 0.1, 0.1000000001, 0.3, 0.30000000000000004, 0.6, 0.7, 0.9, 1]
        let table = try CalibrationTable(probabilities: values, labels: values.map { _ in false }, bins: 10)
        // 0 and 0.1 → bin 0; 0.1000000001 → 1; 0.3 and 0.30000000000000004 → 2; 0.6 → 5; 0.7 → 6;
        // 0.9 → 8 (e9 = 0.9 itself); 1 → 9
        #expect(table.bins.map(\.count) == [2, 1, 2, 0, 0, 1, 1, 0, 1, 1])
        #expect(table.bins[3].upper == 0.4)
        #expect(table.bins[2].upper == 0.30000000000000004)
        #expect(table.bins[9].upper == 1)
    }

    @Test("the calibration table keeps empty bins and computes ECE")
    func calibrationTable() throws {
        let table = try CalibrationTable(probabilities: probabilities, labels: labels, bins: 4)
        // [0, .25]: 0.1; (.25, .5]: 0.4, 0.35; (.5, .75]: empty; (.75, 1]: 0.8
        #expect(table.bins.map(\.count) == [1, 2, 0, 1])
        #expect(table.bins.map(\.positives) == [0, 1, 0, 1])
        #expect(table.bins[2].meanPredicted == nil)
        #expect(table.bins[2].observedRate == nil)
        #expect(table.bins[2].gap == nil)
        expectClose(table.bins[1].meanPredicted, 0.375, tolerance: 1e-15)
        expectClose(table.bins[1].gap, 0.125, tolerance: 1e-15)
        // ECE = ¼·|0 − 0.1| + ½·|½ − 0.375| + ¼·|1 − 0.8| = 0.025 + 0.0625 + 0.05
        expectClose(table.expectedCalibrationError, 0.1375, tolerance: 1e-15)
        #expect(table.curve == (try calibrationCurve(probabilities: probabilities, labels: labels, bins: 4)))
        #expect(table.curve.probTrue.count == 3)
    }
}
