import LeadBenchAB
import Testing

@Suite struct PowerAnalysisTests {
    /// statsmodels' proportion_effectsize, NormalIndPower().power and .solve_power. The sample size and
    /// the detectable effect are compared with the exact root of statsmodels' power equation (brentq to
    /// machine precision) and with solve_power itself, whose own root finder stops earlier.
    @Test func matchesStatsmodels() throws {
        var log = DeviationLog()
        for item in try ABGolden.shared.get().power {
            let what = "base \(item.baseRate), effect \(item.relativeEffect), ratio \(item.ratio)"
            let plan = try PowerAnalysis(alpha: item.alpha, allocationRatio: item.ratio)
            let size = try plan.sampleSize(baseRate: item.baseRate, relativeEffect: item.relativeEffect, power: item.power)
            log.record("effect size", size.effectSize, item.effectSize)
            log.record("sample size vs exact (relative)", size.controlUnits, item.sampleSize, relative: true)
            log.record("sample size vs solve_power (relative)", size.controlUnits, item.sampleSizeStatsmodels, relative: true)
            #expect(abs(size.effectSize - item.effectSize) <= 1e-15, "\(what)")
            #expect(agreesRelatively(size.controlUnits, item.sampleSize, within: 1e-12), "\(what)")
            #expect(agreesRelatively(size.controlUnits, item.sampleSizeStatsmodels, within: 1e-8), "\(what)")
            #expect(size.requiredControlUnits == Int(item.sampleSize.rounded(.up)), "\(what)")
            #expect(size.treatmentUnits == size.controlUnits * item.ratio)
            for point in item.atUnits {
                let power = try plan.power(
                    baseRate: item.baseRate, relativeEffect: item.relativeEffect, controlUnits: point.units)
                log.record("power", power, point.power)
                #expect(abs(power - point.power) <= 1e-14, "\(what), n = \(point.units)")

                let h = try plan.detectableEffectSize(controlUnits: point.units, power: item.power)
                log.record("detectable h vs exact (relative)", h, point.mdeEffectSize, relative: true)
                log.record("detectable h vs solve_power (relative)", h, point.mdeEffectSizeStatsmodels, relative: true)
                #expect(agreesRelatively(h, point.mdeEffectSize, within: 1e-12), "\(what), n = \(point.units)")
                #expect(agreesRelatively(h, point.mdeEffectSizeStatsmodels, within: 1e-3), "\(what), n = \(point.units)")
                if let rate = point.mdeRate, let relative = point.mdeRelative {
                    let mde = try plan.minimumDetectableEffect(
                        baseRate: item.baseRate, controlUnits: point.units, power: item.power)
                    log.record("detectable relative effect (relative)", mde.relative, relative, relative: true)
                    #expect(agreesRelatively(mde.rate, rate, within: 1e-12), "\(what), n = \(point.units)")
                    #expect(agreesRelatively(mde.relative, relative, within: 1e-10), "\(what), n = \(point.units)")
                } else {
                    #expect(throws: ABError.self) {
                        try plan.minimumDetectableEffect(baseRate: item.baseRate, controlUnits: point.units, power: item.power)
                    }
                }
            }
        }
        log.report("power")
    }

    @Test func theDocumentedPlan() throws {
        let plan = try PowerAnalysis()
        let size = try plan.sampleSize(baseRate: 0.05, relativeEffect: 0.2)
        #expect(abs(size.controlUnits - 8142.59539420376) < 1e-8)
        #expect(size.requiredControlUnits == 8_143)
        #expect(size.requiredTreatmentUnits == 8_143)
        #expect(size.requiredTotalUnits == 16_286)
        #expect(abs(size.targetRate - 0.06) < 1e-15)
        // The rounded-up sample reaches the power; one unit fewer per arm does not.
        let h = size.effectSize
        #expect(plan.power(effectSize: h, controlUnits: 8_143) >= 0.8)
        #expect(plan.power(effectSize: h, controlUnits: 8_142) < 0.8)
        // A decrease needs the same units as the increase of the same Cohen's h.
        let down = try plan.sampleSize(baseRate: 0.06, relativeEffect: -1.0 / 6)
        #expect(abs(down.controlUnits - size.controlUnits) < 1e-6)
    }

    /// The detectable effect at the planned sample is the planned effect: the two solvers invert each other.
    @Test func detectableEffectInvertsTheSampleSize() throws {
        let plan = try PowerAnalysis(alpha: 0.1, allocationRatio: 3)
        let h = try plan.detectableEffectSize(controlUnits: 2_500, power: 0.9)
        #expect(abs(plan.power(effectSize: h, controlUnits: 2_500) - 0.9) < 1e-14)
        #expect(abs(plan.power(effectSize: -h, controlUnits: 2_500) - 0.9) < 1e-14)
        let mde = try plan.minimumDetectableEffect(baseRate: 0.12, controlUnits: 2_500, power: 0.9)
        let size = try plan.sampleSize(baseRate: 0.12, relativeEffect: mde.relative, power: 0.9)
        #expect(abs(size.controlUnits - 2_500) < 1e-6)
        #expect(abs(mde.absolute - (mde.rate - 0.12)) == 0)
        // No effect: the power is α, both tails.
        #expect(abs(plan.power(effectSize: 0, controlUnits: 1_000) - 0.1) < 1e-15)
    }

    @Test func badPlansThrow() throws {
        #expect(throws: ABError.self) { try PowerAnalysis(alpha: 0) }
        #expect(throws: ABError.self) { try PowerAnalysis(allocationRatio: 0) }
        let plan = try PowerAnalysis()
        #expect(throws: ABError.self) { try plan.sampleSize(baseRate: 0, relativeEffect: 0.1) }
        #expect(throws: ABError.self) { try plan.sampleSize(baseRate: 0.05, relativeEffect: 0) }
        #expect(throws: ABError.self) { try plan.sampleSize(baseRate: 0.6, relativeEffect: 1) }  // 120 %
        #expect(throws: ABError.self) { try plan.sampleSize(baseRate: 0.05, relativeEffect: 0.2, power: 0.04) }
        #expect(throws: ABError.self) { try plan.sampleSize(baseRate: 0.05, relativeEffect: 0.2, power: 1) }
        #expect(throws: ABError.self) { try plan.sampleSize(baseRate: 0.05, relativeEffect: 1e-12) }
        #expect(throws: ABError.self) { try plan.power(baseRate: 0.05, relativeEffect: 0.2, controlUnits: 1) }
        #expect(throws: ABError.self) { try plan.minimumDetectableEffect(baseRate: 0.9, controlUnits: 10) }
    }
}
