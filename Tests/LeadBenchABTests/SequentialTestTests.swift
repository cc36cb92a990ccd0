import Foundation
import LeadBenchAB
import Testing

@Suite struct SequentialTestTests {
    /// The Python replica of the documented formulas, whose mixture likelihood ratio the generator
    /// checked against the numerical integral over the N(0, τ²) mixing density.
    @Test func matchesTheReplica() throws {
        var log = DeviationLog()
        for item in try ABGolden.shared.get().sequential {
            let test = try SequentialTest(alpha: item.alpha, mixingVariance: item.mixingVariance)
            let result = try test.analyze(
                control: item.control.map { ArmOutcome(name: "control", units: $0[0], conversions: $0[1]) },
                treatment: item.treatment.map { ArmOutcome(name: "treatment", units: $0[0], conversions: $0[1]) })
            #expect(result.looks.count == item.looks.count)
            for (look, expected) in zip(result.looks, item.looks) {
                log.record("z (relative)", look.z, expected.z, relative: true)
                log.record("log Λ", look.logLikelihoodRatio, expected.logLikelihoodRatio)
                log.record("p-value", look.pValue, expected.pValue)
                #expect(abs(look.difference - expected.difference) <= 1e-15, "\(item.name)")
                #expect(agreesRelatively(look.variance, expected.variance, within: 1e-14), "\(item.name)")
                #expect(agrees(look.z, expected.z, within: 1e-13), "\(item.name)")
                #expect(agrees(look.logLikelihoodRatio, expected.logLikelihoodRatio, within: 1e-12), "\(item.name)")
                #expect(abs(look.pValue - expected.pValue) <= 1e-13, "\(item.name)")
                if let boundary = expected.boundary {
                    #expect(agreesRelatively(look.boundary, boundary, within: 1e-13), "\(item.name)")
                } else {
                    #expect(look.boundary == .infinity, "\(item.name)")
                }
            }
        }
        log.report("sequential")
    }

    /// The p-value never rises, and it falls to α exactly when |z| reaches the boundary.
    @Test func boundaryAndPValueAgree() throws {
        let test = try SequentialTest(alpha: 0.05)
        var control: [ArmOutcome] = [], treatment: [ArmOutcome] = []
        for day in 1...40 {
            control.append(ArmOutcome(name: "control", units: 150 * day, conversions: 15 * day))
            treatment.append(ArmOutcome(name: "treatment", units: 150 * day, conversions: 18 * day + day % 3))
        }
        let result = try test.analyze(control: control, treatment: treatment)
        #expect(zip(result.pValues, result.pValues.dropFirst()).allSatisfy { $0 >= $1 })
        for look in result.looks {
            let crossed = abs(look.z) >= look.boundary
            #expect(crossed == (look.logLikelihoodRatio >= log(1 / 0.05)), "z = \(look.z)")
        }
        let first = try #require(result.firstRejection)
        #expect(abs(result.looks[first].z) >= result.looks[first].boundary)
        #expect(result.looks[first...].allSatisfy { $0.rejected })
        #expect(result.looks[..<first].allSatisfy { !$0.rejected })
        #expect(result.boundaries.allSatisfy { $0 > 1.96 })  // always wider than the fixed-horizon test
        #expect(result.pValue == result.looks.last?.pValue)
    }

    @Test func noConversionsCarryNoEvidence() throws {
        let result = try SequentialTest().analyze(
            control: [ArmOutcome(name: "c", units: 10, conversions: 0), ArmOutcome(name: "c", units: 20, conversions: 0)],
            treatment: [ArmOutcome(name: "t", units: 12, conversions: 0), ArmOutcome(name: "t", units: 25, conversions: 0)])
        #expect(result.pValues == [1, 1])
        #expect(result.boundaries.allSatisfy { $0 == .infinity })
        #expect(result.firstRejection == nil)
    }

    @Test func badSequencesThrow() throws {
        let test = try SequentialTest()
        let one = [ArmOutcome(name: "c", units: 10, conversions: 1)]
        #expect(throws: ABError.mismatchedLooks(control: 1, treatment: 0)) { try test.analyze(control: one, treatment: []) }
        #expect(throws: ABError.mismatchedLooks(control: 0, treatment: 0)) { try test.analyze(control: [], treatment: []) }
        let shrinking = [ArmOutcome(name: "t", units: 10, conversions: 2), ArmOutcome(name: "t", units: 9, conversions: 2)]
        #expect(throws: ABError.decreasingTotals(arm: "t", look: 2)) {
            try test.analyze(control: one + one, treatment: shrinking)
        }
        #expect(throws: ABError.zeroUnits(arm: "t")) {
            try test.analyze(control: one, treatment: [ArmOutcome(name: "t", units: 0, conversions: 0)])
        }
        #expect(throws: ABError.self) { try SequentialTest(mixingVariance: 0) }
        #expect(throws: ABError.self) { try SequentialTest(alpha: 1) }
    }
}
