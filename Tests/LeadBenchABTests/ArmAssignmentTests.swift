import LeadBenchAB
import Testing

@Suite struct ArmAssignmentTests {
    /// The Python expression documented on ArmAssignment, evaluated by hashlib: u to the last bit, and
    /// the same arm.
    @Test func matchesThePythonExpression() throws {
        for item in try ABGolden.shared.get().assignment {
            let arms = zip(item.names, item.weights).map { Arm(name: $0, weight: $1) }
            let experiment = try ArmAssignment(salt: item.salt, arms: arms)
            #expect(experiment.position(of: item.unitId) == item.u, "\(item.salt):\(item.unitId)")
            #expect(experiment.arm(for: item.unitId) == item.arm, "\(item.salt):\(item.unitId)")
        }
    }

    /// 100,000 ids spread evenly over 20 bins of u: Pearson's χ² with 19 degrees of freedom, p > 0.001.
    @Test func positionsAreUniform() throws {
        let bins = 20
        var counts = [Int](repeating: 0, count: bins)
        for i in 0..<100_000 {
            let u = ArmAssignment.position(salt: "uniformity-check", unitID: "lead-\(i)")
            #expect(u >= 0 && u < 1)
            counts[min(bins - 1, Int(u * Double(bins)))] += 1
        }
        let split = try ArmAllocation.equal((0..<bins).map { "bin \($0)" })
        let check = try SampleRatioCheck(units: counts, allocation: split)
        #expect(check.pValue > 0.001, "χ² = \(check.statistic), p = \(check.pValue)")
    }

    @Test func weightsAreRespected() throws {
        let experiment = try ArmAssignment(
            salt: "model-v2-rollout", arms: [Arm(name: "control", weight: 0.2), Arm(name: "treatment", weight: 0.8)])
        var counts = [0, 0]
        for i in 0..<100_000 { counts[experiment.armIndex(for: "lead-\(i)")] += 1 }
        // sd of the control's share: √(0.2 · 0.8 / 100,000) ≈ 0.00126.
        #expect(abs(Double(counts[0]) / 100_000 - 0.2) < 0.005, "\(counts)")
        #expect(try SampleRatioCheck(units: counts, allocation: experiment.allocation).isMismatch == false)
    }

    @Test func assignmentIsStable() throws {
        let experiment = try ArmAssignment(
            salt: "spring-2025", arms: [Arm(name: "a", weight: 0.5), Arm(name: "b", weight: 0.3), Arm(name: "c", weight: 0.2)])
        let first = (0..<1_000).map { experiment.arm(for: "lead-\($0)") }
        let again = (0..<1_000).map { experiment.arm(for: "lead-\($0)") }
        #expect(first == again)
        // More units later: the first thousand keep their arms.
        let grown = (0..<3_000).map { experiment.arm(for: "lead-\($0)") }
        #expect(Array(grown.prefix(1_000)) == first)
        // A copy of the design built separately agrees; a new salt reshuffles.
        let copy = ArmAssignment(salt: "spring-2025", allocation: experiment.allocation)
        #expect((0..<1_000).map { copy.arm(for: "lead-\($0)") } == first)
        let resalted = ArmAssignment(salt: "summer-2025", allocation: experiment.allocation)
        let moved = (0..<1_000).filter { resalted.arm(for: "lead-\($0)") != first[$0] }.count
        #expect(moved > 400 && moved < 800, "\(moved)")  // 1 − (0.25 + 0.09 + 0.04) = 62 % expected
    }

    @Test func positionsFallToArmsByRunningWeight() throws {
        let split = try ArmAllocation([Arm(name: "a", weight: 0.1), Arm(name: "b", weight: 0.2), Arm(name: "c", weight: 0.7)])
        #expect(split.cumulativeWeights == [0.1, 0.1 + 0.2, 0.1 + 0.2 + 0.7])
        #expect(split.arm(at: 0) == 0)
        #expect(split.arm(at: 0.0999) == 0)
        #expect(split.arm(at: 0.1) == 1)
        #expect(split.arm(at: 0.3) == 1)  // 0.1 + 0.2 = 0.30000000000000004 > 0.3
        #expect(split.arm(at: 0.30000000000000004) == 2)
        #expect(split.arm(at: 0.999999) == 2)
        #expect(split.arm(at: 1) == 2)  // u = 1 after rounding: the last arm
        #expect(try ArmAllocation.equal(["x", "y", "z"]).weights == [1.0 / 3, 1.0 / 3, 1.0 / 3])
    }
}
