import LeadBenchAB
import LeadBenchMetrics
import Testing

@Suite struct LiveAnalysisTests {
    /// Every figure of the analysis against statsmodels and scipy: Wilson per arm; Newcombe's difference,
    /// the log-adjusted ratio and the z-test per treatment; quad for P(best); chisquare for the split.
    @Test func matchesStatsmodelsAndScipy() throws {
        var log = DeviationLog()
        for item in try ABGolden.shared.get().analysis {
            let outcomes = item.arms.map { ArmOutcome(name: $0.name, units: $0.units, conversions: $0.conversions) }
            let allocation = try ArmAllocation(zip(item.arms, item.weights).map { Arm(name: $0.name, weight: $1) })
            let analysis = try LiveAnalysis(outcomes: outcomes, allocation: allocation, confidence: 1 - item.alpha)
            #expect(analysis.control == item.arms[0].name)
            #expect(analysis.arms.map(\.name) == item.arms.map(\.name))
            for (arm, expected) in zip(analysis.arms, item.arms) {
                log.record("wilson", arm.rate.lower, expected.wilsonLower)
                log.record("wilson", arm.rate.upper, expected.wilsonUpper)
                #expect(arm.rate.estimate == expected.rate, "\(item.name)")
                #expect(abs(arm.rate.lower - expected.wilsonLower) <= 1e-12, "\(item.name) \(arm.name)")
                #expect(abs(arm.rate.upper - expected.wilsonUpper) <= 1e-12, "\(item.name) \(arm.name)")
            }
            #expect(analysis.comparisons.count == item.comparisons.count)
            for (comparison, expected) in zip(analysis.comparisons, item.comparisons) {
                let what = "\(item.name): \(expected.treatment)"
                #expect(comparison.treatment == expected.treatment)
                log.record("difference", comparison.absoluteLift.lower, expected.differenceLower)
                log.record("difference", comparison.absoluteLift.upper, expected.differenceUpper)
                log.record("ratio (relative)", comparison.rateRatio.lower, expected.ratioLower, relative: true)
                log.record("ratio (relative)", comparison.rateRatio.upper, expected.ratioUpper, relative: true)
                #expect(abs(comparison.absoluteLift.estimate - expected.difference) <= 1e-15, "\(what)")
                #expect(abs(comparison.absoluteLift.lower - expected.differenceLower) <= 1e-12, "\(what)")
                #expect(abs(comparison.absoluteLift.upper - expected.differenceUpper) <= 1e-12, "\(what)")
                #expect(agreesRelatively(comparison.rateRatio.lower, expected.ratioLower, within: 1e-12), "\(what)")
                #expect(agreesRelatively(comparison.rateRatio.upper, expected.ratioUpper, within: 1e-12), "\(what)")
                #expect(comparison.relativeLift.lower == comparison.rateRatio.lower - 1)
                if let z = expected.z, let p = expected.pvalue {
                    log.record("z (relative)", comparison.zTest.z, z, relative: true)
                    log.record("z p-value", comparison.zTest.pValue, p)
                    #expect(agrees(comparison.zTest.z, z, within: 1e-12), "\(what)")
                    #expect(abs(comparison.zTest.pValue - p) <= 1e-12, "\(what)")
                }
            }
            for (arm, expected) in zip(analysis.arms, item.probabilityBest) {
                log.record("P(best)", arm.probabilityBest, expected)
                #expect(abs(arm.probabilityBest - expected) <= 1e-10, "\(item.name) \(arm.name)")
            }
            log.record("srm statistic (relative)", analysis.sampleRatio.statistic, item.srmStatistic, relative: true)
            log.record("srm p-value", analysis.sampleRatio.pValue, item.srmPvalue)
            #expect(agrees(analysis.sampleRatio.statistic, item.srmStatistic, within: 1e-12), "\(item.name)")
            #expect(
                abs(analysis.sampleRatio.pValue - item.srmPvalue) <= 1e-14
                    || agreesRelatively(analysis.sampleRatio.pValue, item.srmPvalue, within: 1e-12), "\(item.name)")
            #expect(analysis.sampleRatio.isMismatch == (item.srmPvalue < 0.001), "\(item.name)")
        }
        log.report("analysis")
    }

    @Test func relativeLiftOfTheDocumentedExample() throws {
        let comparison = try ArmComparison(
            treatment: ArmOutcome(name: "treatment", units: 10_000, conversions: 560),
            control: ArmOutcome(name: "control", units: 10_000, conversions: 500))
        #expect(abs(comparison.rateRatio.estimate - 1.12) < 1e-15)
        #expect(abs(comparison.relativeLift.estimate - 0.12) < 1e-15)
        #expect(abs(comparison.absoluteLift.estimate - 0.006) < 1e-15)
        #expect(comparison.zTest.z > 0)
        #expect(comparison.relativeLift.contains(comparison.relativeLift.estimate))
    }

    /// With no conversions in the control, the ratio's estimate is the adjusted ratio, the interval's
    /// centre on the log scale.
    @Test func zeroControlConversionsUseTheAdjustedRatio() throws {
        let ratio = try rateRatioInterval(
            try Proportion(successes: 4, trials: 160), try Proportion(successes: 0, trials: 150))
        #expect(abs(ratio.estimate - (ratio.lower * ratio.upper).squareRoot()) <= 1e-12 * ratio.estimate)
        #expect(ratio.estimate.isFinite)
    }

    @Test func controlCanBeNamedAndOrderFollowsTheAllocation() throws {
        let allocation = try ArmAllocation.equal(["a", "b", "c"])
        let analysis = try LiveAnalysis(
            outcomes: [ArmOutcome(name: "c", units: 900, conversions: 80), ArmOutcome(name: "a", units: 1_000, conversions: 90),
                       ArmOutcome(name: "b", units: 1_100, conversions: 99)],
            allocation: allocation, control: "b")
        #expect(analysis.arms.map(\.name) == ["a", "b", "c"])
        #expect(analysis.control == "b")
        #expect(analysis.comparisons.map(\.treatment) == ["a", "c"])
        #expect(analysis.comparisons.allSatisfy { $0.control == "b" })
        #expect(abs(analysis.arms.map(\.share).reduce(0, +) - 1) < 1e-15)
        #expect(analysis.arm("c")?.units == 900)
        #expect(analysis.arm("d") == nil)
        // Without an allocation: the outcomes' order, equal weights.
        let plain = try LiveAnalysis(outcomes: [ArmOutcome(name: "x", units: 10, conversions: 1), ArmOutcome(name: "y", units: 12, conversions: 2)])
        #expect(plain.control == "x")
        #expect(plain.arms.map(\.weight) == [0.5, 0.5])
    }

    @Test func sampleRatioMismatchIsFlagged() throws {
        let split = try ArmAllocation.equal(["control", "treatment"])
        let fine = try SampleRatioCheck(units: [10_000, 10_400], allocation: split)
        #expect(!fine.isMismatch)
        #expect(abs(fine.pValue - 0.005101399646004981) < 1e-14)
        let broken = try SampleRatioCheck(units: [10_000, 10_500], allocation: split)
        #expect(broken.isMismatch)
        #expect(broken.degreesOfFreedom == 1)
        #expect(broken.expectedUnits == [10_250, 10_250])
        // An arm that received nothing is the clearest mismatch of all.
        #expect(try SampleRatioCheck(units: [0, 500], allocation: split).isMismatch)
    }
}
