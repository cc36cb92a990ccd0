/// How a boosting run went: how many trees it built, which iteration it kept and why it stopped.
public struct BoostingReport: Sendable, Codable, Equatable {
    /// Why boosting stopped.
    public enum StopReason: String, Sendable, Codable, Equatable {
        /// Every one of ``BoostingParameters/trees`` rounds was built.
        case allRoundsBuilt
        /// The validation log loss had not improved for ``BoostingParameters/earlyStoppingRounds`` rounds.
        case earlyStopping
        /// No leaf of a new tree had a split with positive gain (a constant target, too few rows for
        /// `minDataInLeaf`, features that cannot split); as in LightGBM, that tree is not kept.
        case noSplitPossible
    }

    /// Trees built before stopping (≥ the trees kept).
    public let treesBuilt: Int
    /// The number of trees kept: with early stopping the round with the lowest validation log loss,
    /// otherwise every tree built.
    public let bestIteration: Int
    /// The validation log loss after each round built (`validationLosses[k]` after `k + 1` trees);
    /// empty without early stopping.
    public let validationLosses: [Double]
    /// Rows trained on, and rows held out for early stopping.
    public let trainingRows: Int
    public let validationRows: Int
    public let stopReason: StopReason

    public init(
        treesBuilt: Int, bestIteration: Int, validationLosses: [Double], trainingRows: Int, validationRows: Int,
        stopReason: StopReason
    ) {
        self.treesBuilt = treesBuilt
        self.bestIteration = bestIteration
        self.validationLosses = validationLosses
        self.trainingRows = trainingRows
        self.validationRows = validationRows
        self.stopReason = stopReason
    }
}
