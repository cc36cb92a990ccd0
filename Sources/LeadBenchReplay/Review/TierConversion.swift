import LeadBenchExperiment
import LeadBenchModels

/// Conversion by tier over a review's two periods (DESIGN §3 tiers): for a model with `tiers:`, each
/// measured lead with a ranking score is placed in the tier of that score (the first band whose `min` it
/// reaches, ``Tiers``), and each tier counts its leads and their conversions within the horizon:
///
///     rate = conversions / leads
///
/// Leads below every band (when the last band has a `min`) form a last row, "below every tier", when a
/// period has any. Leads without a ranking score (converted before the scoring moment) are left out, as
/// they are from the ranking figures.
public struct TierConversion: Sendable, Encodable {
    /// One tier in one period.
    public struct Cell: Sendable, Equatable, Encodable {
        public let leads: Int
        public let conversions: Int
        /// `conversions / leads`, `nil` without leads.
        public let rate: Double?

        init(leads: Int, conversions: Int) {
            self.leads = leads
            self.conversions = conversions
            rate = leads > 0 ? Double(conversions) / Double(leads) : nil
        }
    }

    /// The tier's name.
    public let tier: String
    /// The tier's lowest score (`nil` for an open-ended last band and the row below every tier).
    public let minimum: Double?
    /// `nil` when the model was not measured in that period.
    public let previous: Cell?
    public let current: Cell?
    /// `current.rate − previous.rate`.
    public let rateChange: Double?

    /// The name of the row of leads below every tier.
    public static let belowEveryTier = "below every tier"

    /// The table of a model's tiers; empty for a model without tiers.
    static func table(_ tiers: [TierSpec], previous: [ReplayedLead]?, current: [ReplayedLead]?) -> [TierConversion] {
        guard !tiers.isEmpty else { return [] }
        let bands = Tiers(tiers)
        func cells(_ replayed: [ReplayedLead]?) -> [String: Cell]? {
            guard let replayed else { return nil }
            var leads: [String: Int] = [:]
            var conversions: [String: Int] = [:]
            for lead in replayed {
                guard let score = lead.rankingScore else { continue }
                let tier = bands.tier(of: score) ?? belowEveryTier
                leads[tier, default: 0] += 1
                if lead.converted { conversions[tier, default: 0] += 1 }
            }
            var cells: [String: Cell] = [:]
            for name in tiers.map(\.name) + [belowEveryTier] {
                cells[name] = Cell(leads: leads[name] ?? 0, conversions: conversions[name] ?? 0)
            }
            return cells
        }
        let before = cells(previous)
        let after = cells(current)
        var rows: [(String, Double?)] = tiers.map { ($0.name, $0.min) }
        if (before?[belowEveryTier]?.leads ?? 0) + (after?[belowEveryTier]?.leads ?? 0) > 0 { rows.append((belowEveryTier, nil)) }
        return rows.map { name, minimum in
            let previous = before?[name]
            let current = after?[name]
            var change: Double?
            if let now = current?.rate, let then = previous?.rate { change = now - then }
            return TierConversion(tier: name, minimum: minimum, previous: previous, current: current, rateChange: change)
        }
    }
}
