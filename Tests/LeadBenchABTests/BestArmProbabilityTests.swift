import LeadBenchAB
import Testing

@Suite struct BestArmProbabilityTests {
    @Test func probabilitiesSumToOne() throws {
        let cases: [[ArmOutcome]] = [
            [ArmOutcome(name: "a", units: 0, conversions: 0), ArmOutcome(name: "b", units: 0, conversions: 0)],
            [ArmOutcome(name: "a", units: 20, conversions: 3), ArmOutcome(name: "b", units: 1_000_000, conversions: 151_000)],
            [ArmOutcome(name: "a", units: 50, conversions: 0), ArmOutcome(name: "b", units: 50, conversions: 50),
             ArmOutcome(name: "c", units: 7, conversions: 3)],
            (0..<6).map { ArmOutcome(name: "arm \($0)", units: 5_000 + 100 * $0, conversions: 400 + 7 * $0) },
        ]
        for outcomes in cases {
            let p = try BestArmProbability.compute(outcomes)
            #expect(abs(p.reduce(0, +) - 1) < 1e-12, "\(p)")
            #expect(p.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-15 })
        }
    }

    @Test func symmetricArmsShareEqually() throws {
        let two = try BestArmProbability.compute([
            ArmOutcome(name: "a", units: 400, conversions: 30), ArmOutcome(name: "b", units: 400, conversions: 30)])
        #expect(abs(two[0] - 0.5) < 1e-13 && abs(two[1] - 0.5) < 1e-13)
        let three = try BestArmProbability.compute(
            ["a", "b", "c"].map { ArmOutcome(name: $0, units: 12_000, conversions: 1_500) })
        for p in three { #expect(abs(p - 1.0 / 3) < 1e-13) }
        // No data: the uniform prior on both, a coin toss.
        let none = try BestArmProbability.compute([
            ArmOutcome(name: "a", units: 0, conversions: 0), ArmOutcome(name: "b", units: 0, conversions: 0)])
        #expect(abs(none[0] - 0.5) < 1e-14)
    }

    /// 1 conversion of 2 against 2 of 3 under Beta(1, 1): Beta(2, 2) against Beta(3, 2), by hand.
    @Test func smallPosteriorsByExactIntegration() throws {
        // f_A = 6x(1 − x), F_B = 4x³ − 3x⁴: P(A best) = ∫₀¹ 6x(1 − x)(4x³ − 3x⁴) dx
        // = 6·(4/5 − 7/6 + 3/7) = 6 · 13/210 = 13/35.
        let p = try BestArmProbability.compute([
            ArmOutcome(name: "a", units: 2, conversions: 1), ArmOutcome(name: "b", units: 3, conversions: 2)])
        #expect(abs(p[0] - 13.0 / 35) < 1e-15)
        #expect(abs(p[1] - 22.0 / 35) < 1e-15)
    }

    /// scipy.integrate.quad of scipy.stats.beta with informative priors.
    @Test func matchesScipyWithOtherPriors() throws {
        var log = DeviationLog()
        for item in try ABGolden.shared.get().bestWithPrior {
            let prior = try BetaPrior(alpha: item.priorAlpha, beta: item.priorBeta)
            let outcomes = item.units.indices.map {
                ArmOutcome(name: "arm \($0)", units: item.units[$0], conversions: item.conversions[$0])
            }
            let p = try BestArmProbability.compute(outcomes, prior: prior)
            for (actual, expected) in zip(p, item.probabilityBest) {
                log.record("P(best)", actual, expected)
                #expect(abs(actual - expected) <= 1e-10, "Beta(\(item.priorAlpha), \(item.priorBeta)) prior")
            }
        }
        log.report("bestWithPrior")
    }

    @Test func aPriorShiftsTheAnswer() throws {
        let outcomes = [ArmOutcome(name: "a", units: 10, conversions: 2), ArmOutcome(name: "b", units: 10, conversions: 4)]
        let flat = try BestArmProbability.compute(outcomes)
        let strong = try BestArmProbability.compute(outcomes, prior: BetaPrior(alpha: 50, beta: 150))
        #expect(strong[1] < flat[1])  // a strong common prior pulls the arms together
        #expect(strong[1] > 0.5)
    }
}
