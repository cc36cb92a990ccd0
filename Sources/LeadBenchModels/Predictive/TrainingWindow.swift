import LeadBenchData
import LeadBenchExperiment

/// The leads predictive models learn from, chosen by the experiment's split (DESIGN §2), each as of
/// its scoring moment (creation + scoring delay) with whether it converted within the horizon.
///
/// - Temporal split at a cutoff: leads created before the cutoff whose outcome was known by then —
///   converted before the cutoff, or followed for a full horizon before it. Nothing after the cutoff
///   is used, neither activities (the views end at each lead's scoring moment) nor outcomes.
/// - Random split: a seeded draw of `1 − test_fraction` of the converted and of the other leads
///   (stratified by outcome).
/// - k-fold: every lead (the saved model is the one trained on all folds).
///
/// Open leads (outcome unknown) never train. Leads that converted before their scoring moment are left
/// out: the model would be scoring a customer.
public enum TrainingWindow {
    public static func select(_ spec: ExperimentSpec, data: ScoringData) -> TrainingSet {
        let leads = data.dataset.leads
        let horizon = Int64(spec.horizonDays) * EpochSeconds.day
        let delay = Int64(spec.scoringDelayDays) * EpochSeconds.day
        var candidates: [Int] = []
        for lead in 0..<leads.count where leads.outcome[lead] != .open {
            let created = leads.createdAt[lead]
            let converted = leads.convertedAt[lead]
            if created != EpochSeconds.missing && converted != EpochSeconds.missing && converted <= created + delay { continue }
            candidates.append(lead)
        }
        let chosen: [Int]
        switch spec.split ?? .random(testFraction: 0.3) {
        case .temporal(let cutoff):
            chosen = candidates.filter { lead in
                let created = leads.createdAt[lead]
                guard created != EpochSeconds.missing, created < cutoff else { return false }
                let converted = leads.convertedAt[lead]
                let convertedInTime = leads.outcome[lead] == .converted && converted != EpochSeconds.missing && converted < cutoff
                return convertedInTime || created + horizon <= cutoff
            }
        case .random(let testFraction):
            chosen = stratifiedSample(candidates, keep: 1 - testFraction, outcome: leads.outcome, seed: spec.seed)
        case .kFold:
            chosen = candidates
        }
        var views: [LeadView] = []
        var labels: [Bool] = []
        views.reserveCapacity(chosen.count)
        for lead in chosen {
            let created = leads.createdAt[lead]
            let asOf = created == EpochSeconds.missing ? Int64.max : created + delay
            views.append(data.view(lead, asOf: asOf))
            labels.append(label(lead, leads: leads, horizon: horizon))
        }
        return TrainingSet(views: views, labels: labels)
    }

    /// Converted within the horizon (any conversion, for data without times).
    static func label(_ lead: Int, leads: LeadTable, horizon: Int64) -> Bool {
        guard leads.outcome[lead] == .converted else { return false }
        let created = leads.createdAt[lead]
        let converted = leads.convertedAt[lead]
        guard created != EpochSeconds.missing, converted != EpochSeconds.missing else { return true }
        return converted <= created + horizon
    }

    /// A seeded draw of `keep` of each outcome's leads, in lead order.
    static func stratifiedSample(_ leads: [Int], keep: Double, outcome: [Outcome], seed: UInt64) -> [Int] {
        var rng = SplitMix64(seed: seed)
        var chosen: [Int] = []
        for group in [leads.filter { outcome[$0] == .converted }, leads.filter { outcome[$0] != .converted }] {
            var shuffled = group
            // Fisher–Yates with the portable generator, so the same seed picks the same leads everywhere.
            for i in stride(from: shuffled.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                shuffled.swapAt(i, j)
            }
            chosen += shuffled.prefix(Int((Double(group.count) * keep).rounded()))
        }
        return chosen.sorted()
    }
}
