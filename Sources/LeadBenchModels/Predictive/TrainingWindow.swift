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
/// - k-fold: every lead (the saved model is the one trained on all folds); ``folds(_:data:count:)`` deals
///   the leads into folds and ``select(_:data:outsideFold:)`` gives each fold's training set.
///
/// Open leads (outcome unknown) never train. Leads that converted before their scoring moment are left
/// out: the model would be scoring a customer.
public enum TrainingWindow {
    public static func select(_ spec: ExperimentSpec, data: ScoringData) -> TrainingSet {
        let leads = data.dataset.leads
        let horizon = Int64(spec.horizonDays) * EpochSeconds.day
        let candidates = candidates(spec, data: data)
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
        return trainingSet(chosen, spec: spec, data: data)
    }

    /// The k-fold split (DESIGN §2): every lead with a known outcome dealt into `folds` folds, stratified by
    /// outcome — each outcome's leads shuffled with the seed and dealt round-robin — each fold in lead order.
    /// Fold *f*'s models learn from the training leads of the other folds and are measured on fold *f*.
    public static func folds(_ spec: ExperimentSpec, data: ScoringData, count: Int) -> [[Int]] {
        let outcome = data.dataset.leads.outcome
        let known = (0..<data.dataset.leads.count).filter { outcome[$0] != .open }
        var rng = SplitMix64(seed: spec.seed)
        var folds = [[Int]](repeating: [], count: count)
        var next = 0
        for group in [known.filter { outcome[$0] == .converted }, known.filter { outcome[$0] != .converted }] {
            for lead in shuffled(group, rng: &rng) {
                folds[next].append(lead)
                next = (next + 1) % count
            }
        }
        return folds.map { $0.sorted() }
    }

    /// The training set of fold `fold` of a k-fold split: the candidates outside it.
    public static func select(_ spec: ExperimentSpec, data: ScoringData, outsideFold fold: [Int]) -> TrainingSet {
        let excluded = Set(fold)
        return trainingSet(candidates(spec, data: data).filter { !excluded.contains($0) }, spec: spec, data: data)
    }

    /// Leads that may train: a known outcome, and not converted by their scoring moment (the model would
    /// be scoring a customer).
    static func candidates(_ spec: ExperimentSpec, data: ScoringData) -> [Int] {
        let leads = data.dataset.leads
        let delay = Int64(spec.scoringDelayDays) * EpochSeconds.day
        var candidates: [Int] = []
        for lead in 0..<leads.count where leads.outcome[lead] != .open {
            let created = leads.createdAt[lead]
            let converted = leads.convertedAt[lead]
            if created != EpochSeconds.missing && converted != EpochSeconds.missing && converted <= created + delay { continue }
            candidates.append(lead)
        }
        return candidates
    }

    /// The chosen leads, each as of its scoring moment, with its label.
    static func trainingSet(_ chosen: [Int], spec: ExperimentSpec, data: ScoringData) -> TrainingSet {
        let leads = data.dataset.leads
        let horizon = Int64(spec.horizonDays) * EpochSeconds.day
        let delay = Int64(spec.scoringDelayDays) * EpochSeconds.day
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
            chosen += shuffled(group, rng: &rng).prefix(Int((Double(group.count) * keep).rounded()))
        }
        return chosen.sorted()
    }

    /// Fisher–Yates with the portable generator, so the same seed picks the same leads everywhere.
    static func shuffled(_ leads: [Int], rng: inout SplitMix64) -> [Int] {
        var shuffled = leads
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            shuffled.swapAt(i, j)
        }
        return shuffled
    }
}
