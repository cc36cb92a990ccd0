import LeadBenchAB
import Testing

@Suite struct ABErrorTests {
    let control = ArmOutcome(name: "control", units: 1_000, conversions: 50)
    let treatment = ArmOutcome(name: "treatment", units: 1_000, conversions: 60)

    @Test func weightsMustSumToOne() {
        #expect(throws: ABError.weightsDoNotSumToOne(sum: 1.1)) {
            try ArmAllocation([Arm(name: "a", weight: 0.5), Arm(name: "b", weight: 0.6)])
        }
        // Within 1e-9 is accepted; beyond is not.
        #expect(throws: Never.self) { try ArmAllocation([Arm(name: "a", weight: 0.2), Arm(name: "b", weight: 0.8 + 5e-10)]) }
        #expect(throws: ABError.self) { try ArmAllocation([Arm(name: "a", weight: 0.2), Arm(name: "b", weight: 0.8 + 2e-9)]) }
    }

    @Test func weightsMustBePositive() {
        #expect(throws: ABError.nonPositiveWeight(arm: "b", weight: -0.2)) {
            try ArmAssignment(salt: "s", arms: [Arm(name: "a", weight: 1.2), Arm(name: "b", weight: -0.2)])
        }
        #expect(throws: ABError.nonPositiveWeight(arm: "b", weight: 0)) {
            try ArmAllocation([Arm(name: "a", weight: 1), Arm(name: "b", weight: 0)])
        }
        #expect(throws: ABError.self) { try ArmAllocation([Arm(name: "a", weight: 1), Arm(name: "b", weight: .nan)]) }
    }

    @Test func armsNeedUnits() {
        let empty = ArmOutcome(name: "treatment", units: 0, conversions: 0)
        #expect(throws: ABError.zeroUnits(arm: "treatment")) { try LiveAnalysis(outcomes: [control, empty]) }
        #expect(throws: ABError.zeroUnits(arm: "treatment")) { try ArmComparison(treatment: empty, control: control) }
    }

    @Test func conversionsCannotExceedUnits() {
        let impossible = ArmOutcome(name: "treatment", units: 10, conversions: 11)
        #expect(throws: ABError.conversionsExceedUnits(arm: "treatment", conversions: 11, units: 10)) {
            try LiveAnalysis(outcomes: [control, impossible])
        }
        #expect(throws: ABError.conversionsExceedUnits(arm: "treatment", conversions: 11, units: 10)) {
            try BestArmProbability.compute([control, impossible])
        }
        #expect(throws: ABError.negativeCount(arm: "treatment", units: 10, conversions: -1)) {
            try ArmOutcome(name: "treatment", units: 10, conversions: -1).proportion()
        }
    }

    @Test func armsMustBeKnown() throws {
        let split = try ArmAllocation.equal(["control", "treatment"])
        let stranger = ArmOutcome(name: "variant-b", units: 100, conversions: 3)
        #expect(throws: ABError.unknownArm("variant-b")) {
            try LiveAnalysis(outcomes: [control, stranger], allocation: split)
        }
        #expect(throws: ABError.unknownArm("holdout")) {
            try LiveAnalysis(outcomes: [control, treatment], allocation: split, control: "holdout")
        }
        #expect(throws: ABError.missingArm("treatment")) { try LiveAnalysis(outcomes: [control], allocation: split) }
        #expect(throws: ABError.duplicateArm("control")) {
            try LiveAnalysis(outcomes: [control, control, treatment], allocation: split)
        }
        #expect(throws: ABError.duplicateArm("a")) { try ArmAllocation.equal(["a", "b", "a"]) }
    }

    @Test func twoArmsAtLeast() {
        #expect(throws: ABError.fewerThanTwoArms(count: 1)) { try ArmAllocation([Arm(name: "only", weight: 1)]) }
        #expect(throws: ABError.fewerThanTwoArms(count: 0)) { try ArmAllocation.equal([]) }
        #expect(throws: ABError.fewerThanTwoArms(count: 1)) { try LiveAnalysis(outcomes: [control]) }
        #expect(throws: ABError.fewerThanTwoArms(count: 1)) { try BestArmProbability.compute([control]) }
    }

    @Test func parametersAreChecked() throws {
        #expect(throws: ABError.self) { try LiveAnalysis(outcomes: [control, treatment], confidence: 1) }
        #expect(throws: ABError.self) { try LiveAnalysis(outcomes: [control, treatment], mismatchThreshold: 0) }
        let split = try ArmAllocation.equal(["control", "treatment"])
        #expect(throws: ABError.self) { try SampleRatioCheck(units: [1, 2, 3], allocation: split) }
        #expect(throws: ABError.self) { try SampleRatioCheck(units: [0, 0], allocation: split) }
    }

    @Test func messagesNameTheProblemAndTheFix() {
        let errors: [ABError] = [
            .weightsDoNotSumToOne(sum: 0.9), .nonPositiveWeight(arm: "b", weight: -1), .zeroUnits(arm: "b"),
            .conversionsExceedUnits(arm: "b", conversions: 5, units: 4), .negativeCount(arm: "b", units: -1, conversions: 0),
            .unknownArm("b"), .missingArm("b"), .duplicateArm("b"), .fewerThanTwoArms(count: 1),
            .invalidParameter(name: "alpha", value: "2", expected: "strictly between 0 and 1"),
            .mismatchedLooks(control: 3, treatment: 2), .decreasingTotals(arm: "b", look: 4),
        ]
        for error in errors {
            #expect(!error.message.isEmpty && !error.hint.isEmpty)
            #expect(error.description.contains(error.message))
        }
        #expect(ABError.unknownArm("variant-b").message.contains("variant-b"))
        #expect(ABError.weightsDoNotSumToOne(sum: 1.1).message == "The arm weights sum to 1.1; they must sum to 1.")
    }
}
