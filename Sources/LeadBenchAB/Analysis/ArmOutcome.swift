import LeadBenchMetrics

/// What one arm of a live experiment has observed so far: units assigned and units converted.
///
///     ArmOutcome(name: "treatment", units: 10_000, conversions: 560)
public struct ArmOutcome: Sendable, Hashable, Codable {
    /// The arm's name, as in the experiment's ``ArmAllocation``.
    public var name: String
    /// Units (leads or accounts) assigned to the arm.
    public var units: Int
    /// Units that converted, `0...units`.
    public var conversions: Int

    public init(name: String, units: Int, conversions: Int) {
        self.name = name
        self.units = units
        self.conversions = conversions
    }

    /// The counts as a ``Proportion``, checked.
    ///
    /// - Throws: ``ABError`` when a count is negative, the arm has no units or more conversions than units.
    public func proportion() throws(ABError) -> Proportion {
        try checkCounts()
        guard units > 0 else { throw .zeroUnits(arm: name) }
        do { return try Proportion(successes: conversions, trials: units) } catch { throw .statistics(error) }
    }

    /// Non-negative counts with `conversions ≤ units` (zero units allowed).
    func checkCounts() throws(ABError) {
        guard units >= 0, conversions >= 0 else { throw .negativeCount(arm: name, units: units, conversions: conversions) }
        guard conversions <= units else {
            throw .conversionsExceedUnits(arm: name, conversions: conversions, units: units)
        }
    }
}
