import Dispatch
import LeadBenchData
import LeadBenchExperiment
import LeadBenchModels

/// The threshold the experiment's objective recommends for a model that has none (DESIGN §4), chosen on
/// the training window — never on the test leads it is then measured on.
///
/// Candidates are counted the way the replay counts them: a training lead qualifies at threshold t when
/// its peak score within the horizon reaches t, and is a hit when its peak before it converted does.
/// Under a temporal split only the training leads followed for a whole horizon before the cutoff count:
/// the window's later leads are there only because they converted early, which would overstate
/// precision and, spread over more weeks, understate volume.
/// Then
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
        for model: any ScoringModel, spec: ExperimentSpec, training: TrainingSet, data: ScoringData
    ) -> ThresholdRecommendation? {
        recommend(sweep(for: model, spec: spec, training: training, data: data), objective: spec.objective)
    }

    /// The training leads' qualification sweep: each followed training lead's peak score within the
    /// horizon, and each converted one's peak before converting.
    static func sweep(for model: any ScoringModel, spec: ExperimentSpec, training: TrainingSet, data: ScoringData) -> QualificationSweep {
        let horizon = Int64(spec.horizonDays) * EpochSeconds.day
        var followed = Array(zip(training.views, training.labels))
        if case .temporal(let cutoff) = spec.split {
            followed = followed.filter { view, _ in view.createdAt != EpochSeconds.missing && view.createdAt + horizon <= cutoff }
        }
        // Each lead's peak over the horizon and, if it converted, before converting: one pass per lead,
        // leads split across threads in fixed blocks written to fixed places (the same on any core count).
        var courses = [(peak: Double, hitPeak: Double?)](repeating: (-.infinity, nil), count: followed.count)
        let leads = followed
        courses.withUnsafeMutableBufferPointer { buffer in
            let out = SharedSlots(buffer)
            let blocks = max(1, min(64, leads.count / 256))
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                for i in (block * leads.count / blocks)..<((block + 1) * leads.count / blocks) {
                    let (view, converted) = leads[i]
                    out[i] = coursePeaks(of: view, converted: converted, model: model, horizon: horizon, data: data)
                }
            }
        }
        let peaks = courses.map(\.peak)
        let hitPeaks = courses.compactMap(\.hitPeak)
        let created = followed.map(\.0.createdAt).filter { $0 != EpochSeconds.missing }
        return QualificationSweep(peaks: peaks, hitPeaks: hitPeaks, converted: followed.filter(\.1).count, weeks: QualificationSweep.weeks(created: created))
    }

    /// A followed training lead's peak within the horizon, and its peak before converting (`nil` when it
    /// did not convert; the whole horizon when its conversion has no time).
    private static func coursePeaks(
        of view: LeadView, converted: Bool, model: any ScoringModel, horizon: Int64, data: ScoringData
    ) -> (peak: Double, hitPeak: Double?) {
        let created = view.createdAt
        guard created != EpochSeconds.missing else {
            let score = model.score(view)
            return (score, converted ? score : nil)
        }
        let convertedAt = data.dataset.leads.convertedAt[view.lead]
        let cut = converted ? (convertedAt == EpochSeconds.missing ? created + horizon : convertedAt - 1) : nil
        let course = model.course(lead: view.lead, from: created, through: created + horizon, cut: cut, threshold: nil, data: data)
        return (course.peak ?? -.infinity, converted ? (course.peakThroughCut ?? -.infinity) : nil)
    }

    /// The objective's choice among the sweep's thresholds.
    static func recommend(_ sweep: QualificationSweep, objective: ObjectiveSpec) -> ThresholdRecommendation? {
        let candidates = sweep.thresholds.map(sweep.point(at:))
        guard !candidates.isEmpty else { return nil }
        switch objective {
        case .capacity(let perWeek):
            guard sweep.weeks != nil else { return bestF1(candidates, note: " (capacity needs times; the data has none)") }
            guard let lowest = candidates.first(where: { ($0.perWeek ?? 0) <= perWeek }) else { return nil }
            return ThresholdRecommendation(
                threshold: lowest.threshold,
                reason: "at most \(formatted(perWeek)) qualified per week on the training window (\(formatted(lowest.perWeek ?? 0)))")
        case .precision(let target):
            if let lowest = candidates.first(where: { ($0.precision ?? 0) >= target }) {
                return ThresholdRecommendation(threshold: lowest.threshold, reason: "lowest threshold with training precision ≥ \(formatted(target))")
            }
            guard let best = candidates.max(by: { ($0.precision ?? 0) < ($1.precision ?? 0) }) else { return nil }
            return ThresholdRecommendation(threshold: best.threshold, reason: "no threshold reaches precision \(formatted(target)) on the training window; the most precise one")
        case .bestF1:
            return bestF1(candidates, note: "")
        }
    }

    private static func bestF1(_ candidates: [QualificationSweep.Point], note: String) -> ThresholdRecommendation? {
        guard let best = candidates.max(by: { $0.f1 != $1.f1 ? $0.f1 < $1.f1 : $0.threshold < $1.threshold }) else { return nil }
        return ThresholdRecommendation(threshold: best.threshold, reason: "best F1 on the training window" + note)
    }

    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 1000).rounded() / 1000)
    }
}
