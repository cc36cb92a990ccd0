import LeadBenchMetrics

/// The analysis of a running A/B test from the outcomes observed per arm: conversion per arm with
/// Wilson intervals, each treatment against the control (absolute and relative lift with intervals, the
/// two-proportion z-test), the Bayesian probability that each arm is best, and the sample-ratio-mismatch
/// check of the split itself.
///
///     let analysis = try LiveAnalysis(
///         outcomes: [ArmOutcome(name: "control", units: 2_000, conversions: 90),
///                    ArmOutcome(name: "treatment", units: 8_100, conversions: 420)],
///         allocation: try ArmAllocation([Arm(name: "control", weight: 0.2), Arm(name: "treatment", weight: 0.8)]))
///     analysis.comparisons[0].relativeLift   // treatment vs control, with its interval
///     analysis.sampleRatio.isMismatch        // false: 2,000 / 8,100 fits 20 / 80
///
/// The arms come in the allocation's order (or the outcomes' order without an allocation, which then
/// means equal weights); the control is the first arm unless named. Every interval uses `confidence`
/// (0.95 by default: two-sided α = 0.05). Read a fixed-horizon p-value only once, at the planned sample
/// size (``PowerAnalysis``); to look every day, use ``SequentialTest``.
public struct LiveAnalysis: Sendable, Equatable {
    /// The confidence level of every interval.
    public let confidence: Double
    /// The control arm's name.
    public let control: String
    /// Every arm, the control included.
    public let arms: [ArmSummary]
    /// Each treatment against the control, in arm order.
    public let comparisons: [ArmComparison]
    /// The check of the units per arm against the weights.
    public let sampleRatio: SampleRatioCheck

    /// - Parameters:
    ///   - outcomes: one outcome per arm of `allocation` (any order), each arm at least one unit.
    ///   - allocation: the design's arms and weights; `nil` means the outcomes' arms with equal weights.
    ///   - control: the control arm's name; `nil` means the first arm.
    ///   - confidence: the level of the intervals.
    ///   - mismatchThreshold: the p-value below which the split is flagged.
    ///   - prior: the prior of each arm's rate for the probability of being best.
    /// - Throws: ``ABError`` when there are fewer than two arms, an outcome names no arm of the allocation
    ///   (or repeats one, or one is missing), an arm has no units or inconsistent counts, the control is
    ///   unknown, or a level is not strictly between 0 and 1.
    public init(
        outcomes: [ArmOutcome], allocation: ArmAllocation? = nil, control: String? = nil, confidence: Double = 0.95,
        mismatchThreshold: Double = SampleRatioCheck.defaultThreshold, prior: BetaPrior = .uniform
    ) throws(ABError) {
        try ABError.checkOpenUnit(confidence, "confidence")
        let design: ArmAllocation
        if let allocation { design = allocation } else { design = try ArmAllocation.equal(outcomes.map(\.name)) }
        let ordered = try Self.match(outcomes, to: design)
        var proportions: [Proportion] = []
        for outcome in ordered { proportions.append(try outcome.proportion()) }
        let controlName = control ?? design.arms[0].name
        guard let controlIndex = design.index(of: controlName) else { throw .unknownArm(controlName) }
        let sampleRatio = try SampleRatioCheck(
            units: ordered.map(\.units), allocation: design, threshold: mismatchThreshold)

        let best = try BestArmProbability.compute(ordered, prior: prior)
        let total = Double(ordered.reduce(0) { $0 + $1.units })
        var arms: [ArmSummary] = []
        for (index, outcome) in ordered.enumerated() {
            let rate: ConfidenceInterval
            do { rate = try wilsonInterval(proportions[index], confidence: confidence) } catch {
                throw .statistics(error)
            }
            arms.append(
                ArmSummary(
                    name: outcome.name, units: outcome.units, conversions: outcome.conversions, rate: rate,
                    weight: design.arms[index].weight, share: Double(outcome.units) / total,
                    probabilityBest: best[index]))
        }
        var comparisons: [ArmComparison] = []
        for (index, outcome) in ordered.enumerated() where index != controlIndex {
            comparisons.append(try ArmComparison(treatment: outcome, control: ordered[controlIndex], confidence: confidence))
        }
        self.confidence = confidence
        self.control = controlName
        self.arms = arms
        self.comparisons = comparisons
        self.sampleRatio = sampleRatio
    }

    /// The outcomes in the allocation's arm order, each arm exactly once.
    private static func match(_ outcomes: [ArmOutcome], to allocation: ArmAllocation) throws(ABError) -> [ArmOutcome] {
        var byName: [String: ArmOutcome] = [:]
        for outcome in outcomes {
            guard allocation.index(of: outcome.name) != nil else { throw .unknownArm(outcome.name) }
            guard byName.updateValue(outcome, forKey: outcome.name) == nil else { throw .duplicateArm(outcome.name) }
        }
        var ordered: [ArmOutcome] = []
        for arm in allocation.arms {
            guard let outcome = byName[arm.name] else { throw .missingArm(arm.name) }
            ordered.append(outcome)
        }
        return ordered
    }

    /// The summary of the arm named `name`, or `nil`.
    public func arm(_ name: String) -> ArmSummary? { arms.first { $0.name == name } }
}
