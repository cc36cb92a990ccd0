extension ReplayedLead {
    /// A replayed lead from its parts, for measuring replays made elsewhere (benchmarks, other tools):
    /// `lead` is the lead's row, the rest as the properties say.
    public init(
        measuring lead: Int, createdAt: Int64? = nil, rankingScore: Double?, qualifiedAt: Int64?, converted: Bool, convertedAt: Int64?,
        verdict: Verdict?, peakScore: Double? = nil, peakBeforeConversion: Double? = nil
    ) {
        self.lead = lead
        self.createdAt = createdAt
        self.rankingScore = rankingScore
        self.qualifiedAt = qualifiedAt
        self.converted = converted
        self.convertedAt = convertedAt
        self.verdict = verdict
        self.peakScore = peakScore
        self.peakBeforeConversion = peakBeforeConversion
    }
}
