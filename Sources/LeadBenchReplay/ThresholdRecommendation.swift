import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels

/// The threshold the experiment's objective recommends for a model that has none (DESIGN §4), chosen on
/// the training window's scores — never on the test leads it is then measured on.
///
/// - best F1: the threshold with the highest F1 (the higher threshold among equals);
/// - a target precision: the lowest threshold whose precision reaches the target (the most precise
///   one when none does);
/// - a capacity of N per week: the lowest threshold that qualifies at most N training leads per week
///   of the training window's span. Data without times has no weeks, so capacity falls back to best F1.
public struct ThresholdRecommendation: Sendable, Equatable {
    public let threshold: Double
    /// Why this threshold, in words for the report.
    public let reason: String

    public static func recommend(
        for model: any ScoringModel, objective: ObjectiveSpec, training: TrainingSet, data: ScoringData
    ) -> ThresholdRecommendation? {
        let scores = training.views.map(model.score)
        guard let sweep = try? ThresholdSweep(scores: scores, labels: training.labels), !sweep.points.isEmpty else { return nil }
        let created = training.views.map(\.createdAt).filter { $0 != EpochSeconds.missing }
        let weeks = created.isEmpty ? nil : max(1, Double((created.max() ?? 0) - (created.min() ?? 0)) / Double(7 * EpochSeconds.day))
        switch objective {
        case .capacity(let perWeek):
            guard let weeks else { return bestF1(sweep, note: " (capacity needs times; the data has none)") }
            let fitting = sweep.points.filter { Double($0.counts.qualified) / weeks <= perWeek }
            guard let lowest = fitting.min(by: { $0.threshold < $1.threshold }) else { return nil }
            return ThresholdRecommendation(
                threshold: lowest.threshold,
                reason: "at most \(formatted(perWeek)) qualified per week on the training window (\(formatted(Double(lowest.counts.qualified) / weeks)))")
        case .precision(let target):
            let reaching = sweep.points.filter { ($0.counts.precision ?? 0) >= target }
            if let lowest = reaching.min(by: { $0.threshold < $1.threshold }) {
                return ThresholdRecommendation(threshold: lowest.threshold, reason: "lowest threshold with training precision ≥ \(formatted(target))")
            }
            guard let best = sweep.points.max(by: { ($0.counts.precision ?? 0) < ($1.counts.precision ?? 0) }) else { return nil }
            return ThresholdRecommendation(threshold: best.threshold, reason: "no threshold reaches precision \(formatted(target)) on the training window; the most precise one")
        case .bestF1:
            return bestF1(sweep, note: "")
        }
    }

    private static func bestF1(_ sweep: ThresholdSweep, note: String) -> ThresholdRecommendation? {
        guard let best = sweep.points.max(by: { a, b in
            let (fa, fb) = (a.counts.f1 ?? 0, b.counts.f1 ?? 0)
            return fa != fb ? fa < fb : a.threshold < b.threshold
        }) else { return nil }
        return ThresholdRecommendation(threshold: best.threshold, reason: "best F1 on the training window" + note)
    }

    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 1000).rounded() / 1000)
    }
}
