/// A count of successes out of a number of trials: converted leads out of qualified ones, say.
///
///     let qualified = try Proportion(successes: 45, trials: 120)
///     qualified.value   // 0.375
public struct Proportion: Sendable, Equatable, Hashable, Codable {
    /// The number of successes, `0...trials`.
    public let successes: Int
    /// The number of trials, at least 1.
    public let trials: Int

    /// - Throws: ``StatisticsError`` when `trials < 1` or `successes` is outside `0...trials`.
    public init(successes: Int, trials: Int) throws(StatisticsError) {
        try StatisticsValidation.proportion(count: successes, trials: trials, "the proportion")
        self.successes = successes
        self.trials = trials
    }

    /// `successes / trials`.
    public var value: Double { Double(successes) / Double(trials) }
}
