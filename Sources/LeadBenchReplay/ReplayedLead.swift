import LeadBenchData

/// What became of one test lead under one model (DESIGN §2).
public struct ReplayedLead: Sendable, Equatable {
    /// How the lead's qualification and outcome relate.
    public enum Verdict: String, Sendable, Equatable, CaseIterable {
        /// Qualified, then converted within the horizon.
        case hit
        /// Converted within the horizon, but before qualifying or without qualifying: the model was late.
        case miss
        /// Qualified and did not convert within the horizon.
        case falseAlarm = "false_alarm"
        /// Neither qualified nor converted within the horizon.
        case quiet
    }

    /// The lead's row in the dataset.
    public let lead: Int
    /// When the lead was created (`nil` for data without times).
    public var createdAt: Int64? = nil
    /// The score as of creation + scoring delay; `nil` when the lead converted before that moment
    /// (such leads are left out of ranking metrics).
    public let rankingScore: Double?
    /// When the score first reached the threshold within the horizon (`nil`: never, or no threshold).
    public let qualifiedAt: Int64?
    /// Whether the lead converted within the horizon, and when (when the data says).
    public let converted: Bool
    public let convertedAt: Int64?
    public let verdict: Verdict?
    /// The highest score within the horizon (the one score of data without times): the lead qualifies at
    /// any threshold up to it. `nil` when the replay did not look.
    public var peakScore: Double? = nil
    /// For a converted lead, the highest score before it converted: it is a hit at any threshold up to it.
    public var peakBeforeConversion: Double? = nil

    /// Whether the model qualified the lead within the horizon (converted first or not).
    public var qualified: Bool { qualifiedAt != nil || verdict == .hit || verdict == .falseAlarm }
}
