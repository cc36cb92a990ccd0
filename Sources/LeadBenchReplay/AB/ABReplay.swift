import LeadBenchAB
import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics

/// An A/B test of scoring models replayed on history (DESIGN §5): the test leads are split into arms by
/// the experiment's assignment (a hash of salt and unit, see ``LeadBenchAB/ArmAssignment``), each arm's
/// leads are qualified by its own model at its own threshold exactly as the replay qualified them, and
/// the arms are compared on conversion among qualified leads, volume and the sales cycle of hits.
///
/// Historical outcomes did not depend on the model that would have scored them, so this measures how
/// well each model targets, not a causal uplift: ``note`` says so in every report.
///
///     conversion among qualified = hits / qualified      (Wilson interval)
///     difference                 = treatment − control  (Newcombe interval, two-proportion z-test)
///     per week at full traffic   = qualified / weight / weeks
public struct ABReplay: Sendable, Encodable {
    public struct ArmResult: Sendable, Encodable {
        public let name: String
        public let model: String
        public let weight: Double
        /// Test leads assigned to the arm, and its units (leads, or accounts).
        public let leads: Int
        public let units: Int
        public let qualified: Int
        public let hits: Int
        /// Conversion among the arm's qualified leads, with its Wilson interval.
        public let precision: ConfidenceInterval?
        /// The arm's qualified leads per week, and scaled to all traffic (`nil` without times).
        public let perWeek: Double?
        public let perWeekAtFullTraffic: Double?
        /// Median days from qualification to conversion of the arm's hits, with a bootstrap interval.
        public let medianSalesCycle: BootstrapInterval?
    }

    /// A treatment arm against the control.
    public struct Lift: Sendable, Encodable {
        public let treatment: String
        public let control: String
        /// Difference in conversion among qualified (Newcombe), and the ratio (log-adjusted).
        public let difference: ConfidenceInterval
        public let ratio: ConfidenceInterval
        public let z: Double
        public let pValue: Double
    }

    /// The units per arm against the weights (χ² goodness of fit; a mismatch flagged at p < 0.001).
    public struct SampleRatio: Sendable, Encodable {
        public let units: [Int]
        public let expected: [Double]
        public let pValue: Double
        public let mismatch: Bool
    }

    public let salt: String
    public let unit: String
    public let arms: [ArmResult]
    public let lifts: [Lift]
    public let sampleRatio: SampleRatio?
    /// The sequential test over the replayed history (two arms, data with times).
    public let sequential: SequentialReplay?
    public let warnings: [String]
    public let note: String

    public static let targetingNote =
        "Historical outcomes did not depend on the model: this replay measures how well each arm's model targets, not a causal uplift. Only a live test measures uplift."

    /// - Parameters:
    ///   - evaluations: Every model's evaluation on the same test leads, in the same lead order.
    ///   - weeks: The test leads' creation span in weeks (`nil` without times).
    public init(_ spec: ABSpec, evaluations: [ModelEvaluation], data: Dataset, weeks: Double?, bootstrap: Bootstrap) throws(ABError) {
        let allocation = try ArmAllocation(spec.arms.map { Arm(name: $0.name, weight: $0.weight) })
        let assignment = ArmAssignment(salt: spec.salt, allocation: allocation)
        guard let first = evaluations.first else { throw ABError.fewerThanTwoArms(count: 0) }
        // Each test lead's unit and arm.
        let units = first.replayed.map { Self.unit(of: $0.lead, spec.unit, data: data) }
        let armOfLead = units.map(assignment.armIndex(for:))
        var arms: [ArmResult] = []
        var outcomes: [ArmOutcome] = []
        var warnings: [String] = []
        var replayedArms: [(name: String, replayed: [ReplayedLead])] = []
        for (index, arm) in spec.arms.enumerated() {
            guard let evaluation = evaluations.first(where: { $0.name == arm.model }) else { throw ABError.unknownArm(arm.model) }
            let rows = armOfLead.indices.filter { armOfLead[$0] == index }
            let replayed = rows.map { evaluation.replayed[$0] }
            replayedArms.append((arm.name, replayed))
            let qualified = replayed.filter(\.qualified).count
            let hits = replayed.filter { $0.verdict == .hit }.count
            let precision = qualified > 0 ? (try? Proportion(successes: hits, trials: qualified)).flatMap { try? wilsonInterval($0) } : nil
            let cycles = replayed.compactMap(SalesCycle.cycleDays)
            let median = cycles.isEmpty
                ? nil
                : (try? ResamplingDesign.simple(rowCount: cycles.count)).flatMap { design in
                    try? bootstrap.interval(design) { rows in
                        let sorted = rows.map { cycles[$0] }.sorted()
                        return quantile(sorted, 0.5)
                    }
                }
            let perWeek = weeks.map { Double(qualified) / $0 }
            arms.append(ArmResult(
                name: arm.name, model: arm.model, weight: arm.weight, leads: rows.count, units: Set(rows.map { units[$0] }).count,
                qualified: qualified, hits: hits, precision: precision, perWeek: perWeek, perWeekAtFullTraffic: perWeek.map { $0 / arm.weight },
                medianSalesCycle: median))
            outcomes.append(ArmOutcome(name: arm.name, units: qualified, conversions: hits))
            if evaluation.threshold == nil { warnings.append("arm \(arm.name): the model \(arm.model) has no threshold, so it qualifies no lead") }
            if rows.isEmpty { warnings.append("arm \(arm.name) has no test leads") } else if qualified == 0 { warnings.append("arm \(arm.name) qualified no lead") }
        }
        var lifts: [Lift] = []
        if let control = outcomes.first, control.units > 0 {
            for treatment in outcomes.dropFirst() where treatment.units > 0 {
                let comparison = try ArmComparison(treatment: treatment, control: control)
                lifts.append(Lift(
                    treatment: treatment.name, control: control.name, difference: comparison.absoluteLift, ratio: comparison.rateRatio,
                    z: comparison.zTest.z, pValue: comparison.zTest.pValue))
            }
        }
        let unitCounts = spec.arms.indices.map { index in Set(units.indices.filter { armOfLead[$0] == index }.map { units[$0] }).count }
        let check = try? SampleRatioCheck(units: unitCounts, allocation: allocation)
        sampleRatio = check.map { SampleRatio(units: $0.units, expected: $0.expectedUnits, pValue: $0.pValue, mismatch: $0.isMismatch) }
        if check?.isMismatch == true { warnings.append("the units per arm do not match the weights (sample-ratio mismatch, p < 0.001)") }
        sequential = SequentialReplay(arms: replayedArms)
        salt = spec.salt
        unit = spec.unit.rawValue
        self.arms = arms
        self.lifts = lifts
        self.warnings = warnings
        note = Self.targetingNote
    }

    /// The unit a lead is assigned by: its id, or its account's id (a lead without an account is a
    /// unit of its own, by its lead id).
    public static func unit(of lead: Int, _ unit: ABSpec.Unit, data: Dataset) -> String {
        let leads = data.leads
        switch unit {
        case .lead: return leads.id(lead)
        case .account:
            let account = leads.accountIndex[lead]
            guard account >= 0, let accounts = data.accounts else { return leads.id(lead) }
            return accounts.id(Int(account))
        }
    }
}
