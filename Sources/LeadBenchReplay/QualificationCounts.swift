import LeadBenchData

/// The counts behind a model's figures at its threshold (DESIGN §4): how many test leads it ranked,
/// qualified, and how those turned out.
///
///     precision = hits / qualified,  recall = hits / converted,  lift = precision / base rate,
///     F1 = 2·hits / (qualified + converted)
public struct QualificationCounts: Sendable, Equatable, Encodable {
    public let leads: Int
    /// Leads with a ranking score (those that had not converted by the scoring moment).
    public let ranked: Int
    public let converted: Int
    public let qualified: Int
    public let hits: Int
    /// Converted within the horizon, but before qualifying or without qualifying.
    public let misses: Int

    public init(_ replayed: [ReplayedLead]) {
        leads = replayed.count
        ranked = replayed.filter { $0.rankingScore != nil }.count
        converted = replayed.filter(\.converted).count
        qualified = replayed.filter(\.qualified).count
        hits = replayed.filter { $0.verdict == .hit }.count
        misses = replayed.filter { $0.verdict == .miss }.count
    }

    /// The counts of the leads at `rows` (with repeats, as a bootstrap resample has them), without
    /// copying the leads.
    public init(_ replayed: [ReplayedLead], rows: [Int]) {
        var ranked = 0, converted = 0, qualified = 0, hits = 0, misses = 0
        for row in rows {
            let lead = replayed[row]
            if lead.rankingScore != nil { ranked += 1 }
            if lead.converted { converted += 1 }
            if lead.qualified { qualified += 1 }
            if lead.verdict == .hit { hits += 1 } else if lead.verdict == .miss { misses += 1 }
        }
        (leads, self.ranked, self.converted, self.qualified, self.hits, self.misses) = (rows.count, ranked, converted, qualified, hits, misses)
    }

    public var baseRate: Double? { leads > 0 ? Double(converted) / Double(leads) : nil }
    public var precision: Double? { qualified > 0 ? Double(hits) / Double(qualified) : nil }
    public var recall: Double? { converted > 0 ? Double(hits) / Double(converted) : nil }
    /// `2·hits / (qualified + converted)`.
    public var f1: Double? { qualified + converted > 0 ? 2 * Double(hits) / Double(qualified + converted) : nil }
    public var lift: Double? {
        guard let precision, let baseRate, baseRate > 0 else { return nil }
        return precision / baseRate
    }
}

/// The audit trail of a run (`--scores-out`): one row per test lead and model, so every figure can be
/// recomputed elsewhere.
public enum AuditTrail {
    public static let header = ["lead_id", "model", "ranking_score", "qualified_at", "converted", "converted_at", "verdict"]

    /// The rows of one model's replay.
    public static func rows(model: String, replayed: [ReplayedLead], leads: LeadTable) -> [[String]] {
        replayed.map { lead in
            [
                leads.id(lead.lead), model, lead.rankingScore.map { "\($0)" } ?? "",
                lead.qualifiedAt.map { EpochSeconds.iso8601($0) } ?? "", lead.converted ? "1" : "0",
                lead.convertedAt.map { EpochSeconds.iso8601($0) } ?? "", lead.verdict?.rawValue ?? "",
            ]
        }
    }
}
